"""Which pages anonymous readers may see: one rule (``visible_to_readers``) that every public
list, feed, sitemap, search and API query applies, and for one page being served."""

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import StrIndex
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from core.fragments import memo

# Beyond this many restricted pages, lists ask the database which pages they cover.
MAX_LISTED_RESTRICTIONS = 20


def not_restricted():
    """A filter for pages with no view restriction (password, login, groups) on them or on any
    page above them: Wagtail's ``.public()``, which reads every restriction in a query of its
    own each time a list is built. The site's restrictions are known (``known_restrictions``),
    so the filter names their pages' paths; with none, it is no condition at all."""
    paths = known_restrictions()["paths"]
    if len(paths) > MAX_LISTED_RESTRICTIONS:
        restriction_above = PageViewRestriction.objects.annotate(
            # The restricted page's path is a prefix of this page's: the page or an ancestor.
            at=StrIndex(OuterRef("path"), F("page__path"))
        ).filter(at=1)
        return ~Exists(restriction_above)
    condition = Q()
    for path in paths:
        condition &= ~Q(path__startswith=path)
    return condition


def visible_to_readers(pages):
    """What any anonymous reader may see of ``pages`` (a query of pages of any type): published
    and live now (not a draft, not embargoed, not expired), and behind no password, login or
    group restriction on the page or above it. Wagtail's ``.public()`` is never used instead: it
    reads the restrictions again in a query of its own each time."""
    return pages.live().filter(not_restricted())


class ReaderPageQuerySet(PageQuerySet):
    def visible_to_readers(self):
        return visible_to_readers(self)


# The page models' manager: ``ArticlePage.objects.visible_to_readers()``.
ReaderPageManager = PageManager.from_queryset(ReaderPageQuerySet)


def _restrictions():
    from wagtail.models import Page

    return {
        "paths": tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
        # An alias takes its restrictions from its original, wherever that is: Wagtail works out
        # which apply.
        "aliases": Page.objects.filter(alias_of__isnull=False).exists(),
    }


# The site's view restrictions (their pages' paths), known in each process until one changes.
known_restrictions = memo(_restrictions).get


class KnownViewRestrictions:
    """For page models: Wagtail reads the view restrictions of a page and its ancestors from the
    database for every view, though most pages have none above them. Those are answered from
    the known restrictions without a query; the others as Wagtail does."""

    def get_view_restrictions(self):
        known = known_restrictions()
        if known["aliases"] or any(self.path.startswith(path) for path in known["paths"]):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()
