"""Sitemaps: every public page (Wagtail's), authors, entities, and a Google News sitemap (last
two days).

/sitemap.xml is an index of sitemaps of at most SITEMAP_PAGE_SIZE URLs each, so no request lists
the whole archive, and each index entry's lastmod is one aggregate, not a walk over every item.
"""

import datetime as dt
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import index as wagtail_sitemap_index

from articles.models import Author
from core import publication
from core.visibility import visible_to_readers
from entities.models import ENTITY_MODELS
from public_site import queries

NEWS_SITEMAP_WINDOW = dt.timedelta(days=2)
NEWS_SITEMAP_LIMIT = 1000  # Google's limit per news sitemap
SITEMAP_PAGE_SIZE = 1000


class CanonicalSitemap(Sitemap):
    """A Django sitemap whose URLs use the Wagtail Site's origin, like the page sitemap."""

    limit = SITEMAP_PAGE_SIZE

    def _origin(self):
        return urlsplit(publication.site_root())

    def get_domain(self, site=None):
        return self._origin().netloc

    def get_protocol(self, protocol=None):
        return self._origin().scheme


class LatestStorySitemap(CanonicalSitemap):
    """Authors or tag pages with at least one visible story, dated by their newest story or
    their own last change, whichever is later: read from their own rows (``latest_story_at``,
    see public_site.latest_story; ``page_changed_at``, public_site.signals), so neither the list
    nor its lastmod aggregates over the archive."""

    model = None

    def items(self):
        return self.model.objects.filter(latest_story_at__isnull=False).order_by("slug")

    def lastmod(self, item):
        return max(filter(None, (item.latest_story_at, item.page_changed_at)))

    def get_latest_lastmod(self):
        dates = self.items().aggregate(Max("latest_story_at"), Max("page_changed_at"))
        return max(filter(None, dates.values()), default=None)


class AuthorSitemap(LatestStorySitemap):
    model = Author


def sitemap_page_of(page_id):
    """The number of the page sitemap's page that lists the page with this id."""
    return (page_id - 1) // SITEMAP_PAGE_SIZE + 1


class IdRangePages:
    """Sitemap pages by id: page n lists the items with ids from (n - 1) * size + 1 to n * size.

    A numbered paginator counts every item and reads past all earlier ones (OFFSET) to reach a
    deep page; here a page is one index range read however deep it is, the number of pages is one
    MAX(id), and a story published or removed changes only its own page, not every later one. A
    page lists fewer than ``size`` URLs where pages were deleted or are not public."""

    def __init__(self, items, size):
        self.items, self.size = items, size

    @cached_property
    def num_pages(self):
        top = self.items.order_by().aggregate(top=Max("pk"))["top"] or 0
        return max(1, -(-top // self.size))

    def page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger("That page number is not a whole number.") from None
        if not 1 <= number <= self.num_pages:
            raise EmptyPage("There is no such page.")
        start = (number - 1) * self.size
        return IdRange(self.items.filter(pk__gt=start, pk__lte=start + self.size))


class IdRange:
    def __init__(self, object_list):
        self.object_list = object_list


class PublicPageSitemap(PageSitemap):
    """Wagtail's sitemap of every public page, in pages of at most SITEMAP_PAGE_SIZE by id."""

    limit = SITEMAP_PAGE_SIZE

    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True)
        return visible_to_readers(pages).order_by("path").defer_streamfields().specific()

    @property
    def paginator(self):
        return IdRangePages(self._items(), self.limit)

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]


class EntitySitemap(LatestStorySitemap):
    """Tag pages of one kind that list at least one visible story, dated by the newest."""

    def __init__(self, model):
        self.model = model


def sitemap_index(request, sitemaps, **kwargs):
    """Wagtail's (Django's) sitemap index, its entries on the site's origin: Django names each
    sitemap at the request's Host."""
    response = wagtail_sitemap_index(request, sitemaps, **kwargs)
    for item in response.context_data["sitemaps"]:
        parts = urlsplit(item.location)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        item.location = publication.absolute_url(path, request)
    return response


SITEMAPS = {
    "pages": PublicPageSitemap,
    "authors": AuthorSitemap,
    **{kind: EntitySitemap(model) for kind, model in ENTITY_MODELS.items()},
}


def news_sitemap(request):
    since = timezone.now() - NEWS_SITEMAP_WINDOW
    stories = (
        queries.visible_articles()
        .filter(first_published_at__gte=since)
        .order_by("-first_published_at")
        .only("title", "url_path", "first_published_at", "path", "depth")[:NEWS_SITEMAP_LIMIT]
    )
    return render(
        request,
        "articles/news_sitemap.xml",
        {
            "stories": [
                (publication.absolute_url(story.get_url(request), request), story)
                for story in stories
            ],
            "publication_name": settings.NEWSROOM_PUBLICATION_NAME,
            "language": settings.LANGUAGE_CODE.split("-")[0],
        },
        content_type="application/xml; charset=utf-8",
    )
