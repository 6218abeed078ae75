"""Public pages run a fixed number of SQL queries, however many stories and tags there are."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.pagination import cursor_of
from tests.factories import ArticlePageFactory, AuthorFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

# Pinned so that a change in query count is noticed and explained, not drifted into.
# The site, the sections and the view restrictions are known in each process (core.fragments).
# A story is routed by its whole path in one query (RoutesToSpecificChildren).
# Lists check view restrictions inside their own query (core.visibility), not in one more each,
# and page by keyset (core.pagination): no count(*), and an older page costs what page one does.
# EXPECTED, a warm site: a story's pieces and cards are kept per published version, and the
# newest stories of the site, each section and each tag per version of the list
# (public_site.story_lists). So the home page asks nothing; a story asks for itself; a section or
# author page for its page of stories.
# place: the place, its aliases, the ids of it and the places inside it (passed as literals so
# the planner can tell a busy place from a quiet one), its page of stories; related entities are
# kept with the place's list (nothing kept: +5, its latest stories' ids, then one query per kind).
# search: +8 to match the words against each entity kind's names and aliases; where the newest
# stories begin is kept until the next publish (nothing kept: +1; it ranks only their matches:
# the window is set small here so that it applies); hits, then their rows in bulk.
# feeds: the stories with their cards' data, +3 for their tags.
# sitemap index: two aggregates (pages, lastmod) for each of its six sitemaps. Which pages are
# behind a restriction is known (core.visibility), never asked again by a list.
# Feeds and sitemaps ask nothing for their ETag and Last-Modified: the last public change is the
# page cache's generation (core.freshness).
EXPECTED = {
    "home": 0,
    "section": 2,
    "older stories": 2,
    "article": 1,
    "place": 4,
    "author": 2,
    "search": 11,
    "site feed": 7,
    "place feed": 9,
    "sitemap index": 12,
    "sitemap": 9,
    "news sitemap": 1,
}
# Nothing kept: every list read and every card and piece rendered on each view; cards come in
# bulk, three queries (stories, bylines, renditions) for each list of them: the home page has
# the lead and three sections (+1 for the lists), an article its own pieces (bylines, notes,
# four tag kinds), its related stories' lists and cards.
EXPECTED_COLD = {
    "home": 13,
    "section": 5,
    "older stories": 5,
    "article": 16,
    "place": 13,
    "author": 5,
    "search": 15,
    "site feed": 7,
    "place feed": 9,
    "sitemap index": 12,
    "sitemap": 9,
    "news sitemap": 1,
}


def build_archive(home, articles, tags_per_article):
    sections = [SectionPageFactory(parent=home, title=t) for t in ("News", "Region", "Culture")]
    authors = [AuthorFactory() for _ in range(3)]
    image = ImageFactory()
    now = timezone.now()
    stories = [
        ArticlePageFactory(
            parent=sections[n % 3],
            bylines=[authors[n % 3], (authors[(n + 1) % 3], "photographer", "AFP")],
            places=["Kalbajar", *(f"Village {t}" for t in range(tags_per_article - 1))],
            people=[f"Person {t}" for t in range(tags_per_article)],
            organisations=[f"Agency {t}" for t in range(tags_per_article)],
            topics=[f"Topic {t}" for t in range(tags_per_article)],
            lead_image=image,
            body=[
                ("paragraph", "<p>Text.</p>"),
                ("image", {"image": image, "caption": ""}),
            ],
            publish__at=now - dt.timedelta(hours=n + 1),
        )
        for n in range(articles)
    ]
    return {
        "home": "/",
        "section": sections[0].url,
        # The page after its newest story: a keyset page, as deep in the archive as any.
        "older stories": f"{sections[0].url}?before={cursor_of(stories[0])}",
        "article": stories[0].url,
        "place": "/places/kalbajar/",
        "author": authors[0].get_absolute_url(),
        "search": "/search/?q=Kalbajar",
        "site feed": "/feed/",
        "place feed": "/places/kalbajar/feed/",
        "sitemap index": "/sitemap.xml",
        "sitemap": "/sitemap-pages.xml",
        "news sitemap": "/news-sitemap.xml",
    }


def count_queries(client, url):
    client.get(url)  # the first view makes image renditions; count a warm page
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(("articles", "tags"), [(5, 1), (50, 10)])
def test_query_count_is_flat(client, home, settings, articles, tags):
    settings.NEWSROOM_SEARCH_RECENT_STORIES = 3
    urls = build_archive(home, articles, tags)
    assert {kind: count_queries(client, url) for kind, url in urls.items()} == EXPECTED


@pytest.mark.parametrize(("articles", "tags"), [(5, 1), (50, 10)])
def test_query_count_is_flat_with_nothing_kept(client, home, settings, articles, tags):
    """Every piece rendered on every view (``FRAGMENT_CACHE_SECONDS=0``): still flat."""
    settings.NEWSROOM_SEARCH_RECENT_STORIES = 3
    settings.FRAGMENT_CACHE_SECONDS = 0
    urls = build_archive(home, articles, tags)
    assert {kind: count_queries(client, url) for kind, url in urls.items()} == EXPECTED_COLD
