"""Story cards, the teaser every list of stories shows (home, sections, related stories, tags,
authors, search): each rendered once per published version of its story and kept (see
``core.fragments``), so a list costs one query for which stories it shows, not a render of each.
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.models import Site

from articles.models import ArticlePage
from core import fragments
from public_site import queries

TEMPLATE = "includes/story_card.html"


def card_html(request, stories, lead=False):
    """The card of each of ``stories``, in order. ``stories`` need only their version fields
    (``queries.card_rows``); the cards not in the cache are rendered from one bulk fetch."""
    site = Site.find_for_request(request)
    keys = {
        story.pk: fragments.key(
            "card", site.pk if site else "", int(lead), fragments.story_version(story)
        )
        for story in stories
    }

    def render(pks):
        full = {story.pk: story for story in queries.cards(ArticlePage.objects.filter(pk__in=pks))}
        return {
            pk: render_to_string(TEMPLATE, {"story": full[pk], "lead": lead}, request=request)
            for pk in pks
            if pk in full  # deleted since the list naming it was kept
        }

    html = fragments.get_many_or_render(keys, render)
    return [html[story.pk] for story in stories if story.pk in html]


def cards_markup(request, stories, lead=False):
    """The cards of ``stories``, in order, as one piece of markup (each card is escaped HTML)."""
    return mark_safe("".join(card_html(request, stories, lead=lead)))  # noqa: S308
