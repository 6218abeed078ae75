"""The public search page: what readers find, and that no query breaks it."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone

from entities.models import Place, PlaceAlias
from tests.factories import ArticlePageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def story(section, title, standfirst="A quiet week.", body="Nothing else happened.", **kw):
    return ArticlePageFactory(
        parent=section,
        title=title,
        standfirst=standfirst,
        body=[("paragraph", f"<p>{body}</p>")],
        publish__at=kw.pop("at", timezone.now() - dt.timedelta(hours=1)),
        **kw,
    )


def titles(response):
    """The headlines of the results the reader sees, in order (None: no search was made)."""
    assert response.status_code == 200
    if response.context["results"] is None:
        return None
    cards = BeautifulSoup(response.content, "html.parser").select(".story-list .card__headline")
    return [card.get_text(strip=True) for card in cards]


@pytest.fixture
def desk(home):
    news = SectionPageFactory(parent=home, title="News", slug="news")
    culture = SectionPageFactory(parent=home, title="Culture", slug="culture")
    kalbajar = Place.objects.create(name="Kalbajar")
    PlaceAlias(entity=kalbajar, name="Kelbajar").save()
    story(news, "Bridge rebuilt over the Tartar", places=["Kalbajar"])
    story(culture, "Carpet weavers return", body="The bridge brought buyers from town.")
    story(news, "Draft about the bridge", publish=False)
    return {"news": news, "culture": culture}


def test_finds_published_stories_not_drafts(client, desk):
    assert sorted(titles(client.get("/search/", {"q": "bridge"}))) == [
        "Bridge rebuilt over the Tartar",
        "Carpet weavers return",
    ]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite's bm25 ignores boosts")
def test_headline_outranks_body_on_postgresql(client, desk):
    assert titles(client.get("/search/", {"q": "bridge"})) == [
        "Bridge rebuilt over the Tartar",
        "Carpet weavers return",
    ]


def test_alias_finds_stories_tagged_with_the_entity(client, desk):
    assert titles(client.get("/search/", {"q": "Kelbajar"})) == ["Bridge rebuilt over the Tartar"]


def test_filters_by_section_entity_and_dates(client, desk):
    culture = desk["culture"]
    assert titles(client.get("/search/", {"q": "bridge", "section": culture.pk})) == [
        "Carpet weavers return"
    ]
    assert titles(client.get("/search/", {"q": "bridge", "entity": "places/kalbajar"})) == [
        "Bridge rebuilt over the Tartar"
    ]
    old = timezone.now() - dt.timedelta(days=30)
    story(desk["news"], "Old bridge closed", at=old)
    day = timezone.localdate(old).isoformat()
    assert titles(client.get("/search/", {"q": "bridge", "date_to": day})) == ["Old bridge closed"]
    bad = client.get("/search/", {"q": "bridge", "entity": "places/nowhere"})
    assert bad.status_code == 200 and "No such place" in bad.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 10_000,
        '"unbalanced',
        "bridge AND OR NOT -( )*",
        "'; DROP TABLE wagtailcore_page; --",
        "🌉 bridge 🎉",
        "جسر الجسر",
        "גשר",
        "%_\\",
        "title:bridge",
    ],
)
def test_odd_queries_give_a_normal_page(client, desk, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_a_nul_in_the_query_is_a_clear_bad_request(client, desk):
    # Nothing a reader types contains a NUL, and PostgreSQL cannot search for one.
    response = client.get("/search/", {"q": "bridge \u0000 nul"})
    assert response.status_code == 400
    assert "Null characters are not allowed" in response.content.decode()


def test_query_is_echoed_escaped(client, desk):
    response = client.get("/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()
    assert "<script>alert(1)" not in response.content.decode()


def test_paginates(client, desk):
    for n in range(25):
        story(desk["news"], f"Bridge report {n}")
    first = client.get("/search/", {"q": "bridge"})
    assert len(first.context["results"].object_list) == 20
    assert len(titles(client.get("/search/", {"q": "bridge", "page": 2}))) == 7
    assert client.get("/search/", {"q": "bridge", "page": 99}).status_code == 404


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_stemming_on_postgresql(client, desk):
    assert sorted(titles(client.get("/search/", {"q": "bridges"}))) == [
        "Bridge rebuilt over the Tartar",
        "Carpet weavers return",
    ]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the index is PostgreSQL's")
def test_postgresql_has_an_index_on_what_search_matches(client, desk):
    """The backend matches (title || body): without an index on that expression every search
    reads the whole search index, so its cost grows with the archive."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_indexentry_title_body_gin'"
        )
        (definition,) = cursor.fetchone()
    assert "USING gin (((title || body)))" in definition
    story(desk["news"], "Bridge reopens")
    assert "Bridge reopens" in client.get("/search/", {"q": "bridge"}).content.decode()


@pytest.fixture
def bridge_stories(home, settings):
    """Five stories about the bridge, a day apart, newest first; searches rank the newest three
    unless asked for the whole archive."""
    settings.NEWSROOM_SEARCH_RECENT_STORIES = 3
    news = SectionPageFactory(parent=home, title="News", slug="news")
    now = timezone.now()
    stories = [
        story(news, f"Bridge report {n}", at=now - dt.timedelta(days=n)) for n in range(1, 6)
    ]
    story(news, "Old ferry timetable", at=now - dt.timedelta(days=30))
    return stories


def test_a_plain_search_ranks_the_newest_stories_and_offers_the_whole_archive(
    client, bridge_stories
):
    response = client.get("/search/", {"q": "bridge"})

    assert sorted(titles(response)) == ["Bridge report 1", "Bridge report 2", "Bridge report 3"]
    html = response.content.decode()
    since = timezone.localtime(bridge_stories[2].first_published_at)
    assert f'Searched stories published since <time datetime="{since.isoformat()}">' in html
    assert 'href="?q=bridge&amp;archive=1">Search the whole archive</a>' in html

    everything = client.get("/search/", {"q": "bridge", "archive": "1"})
    assert len(titles(everything)) == 5
    assert "Search the whole archive" not in everything.content.decode()


def test_a_word_found_only_in_older_stories_searches_the_whole_archive(client, bridge_stories):
    response = client.get("/search/", {"q": "ferry"})

    assert titles(response) == ["Old ferry timetable"]
    assert "Search the whole archive" not in response.content.decode()


def test_dates_chosen_by_the_reader_replace_the_recent_window(client, bridge_stories):
    oldest = timezone.localdate(bridge_stories[-1].first_published_at)
    response = client.get("/search/", {"q": "bridge", "date_to": oldest.isoformat()})

    assert titles(response) == ["Bridge report 5"]
