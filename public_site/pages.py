"""What readers are shown of each page type: the page models ask through ``articles.read_side``."""

from django.db.models import Max

from core import publication
from core.freshness import conditional_on_public_content
from core.pagination import newest_first_page
from public_site import queries, sections, story_lists, structured_data
from public_site.article_pieces import article_pieces
from public_site.feeds import SectionAtomFeed, SectionFeed

SECTION_PAGE_SIZE = 20
HOME_STORIES_PER_SECTION = 4


def home_context(page, request, context):
    """The front page: a lead story, then the latest stories of each section."""
    children = sections.children_of(page)
    lead, latest = story_lists.front_page(children, HOME_STORIES_PER_SECTION, page.lead_story_id)
    context.update(
        lead=lead,
        lead_stories=[lead] if lead else [],
        sections=[(section, latest[section.pk]) for section in children],
        structured_data=[
            structured_data.organisation(request),
            structured_data.website(request),
        ],
    )
    return context


def section_context(page, request, context):
    stories = queries.card_rows(queries.visible_articles().descendant_of(page))
    context["stories"] = newest_first_page(request, stories, SECTION_PAGE_SIZE)
    return context


def story_context(page, request, context):
    section = sections.section_of(page)
    pieces = article_pieces(page, request, section)
    context.update(
        section=section,
        pieces=pieces,
        related=story_lists.related_box(page, section, pieces["tag_ids"], request),
    )
    return context


def home_sitemap_urls(page, request):
    return listing_sitemap_urls(page, request, queries.visible_articles())


def section_sitemap_urls(page, request):
    return listing_sitemap_urls(page, request, queries.visible_articles().descendant_of(page))


def listing_sitemap_urls(page, request, stories):
    """A list page changes when its newest story does (or when the page itself is republished)."""
    newest = stories.aggregate(newest=Max("last_published_at"))["newest"]
    dates = [date for date in (newest, page.last_published_at) if date]
    location = publication.absolute_url(page.get_url(request), request)
    return [{"location": location, "lastmod": max(dates) if dates else None}]


def section_feed(page, request, atom):
    feed = SectionAtomFeed() if atom else SectionFeed()
    return conditional_on_public_content(feed)(request, section=page)
