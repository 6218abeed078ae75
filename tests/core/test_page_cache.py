"""The anonymous page cache: hits for readers, and every public change visible at once."""

import socket

import pytest
from django.test import Client

from tests.channels import sitemap_text
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    ImageFactory,
    SectionPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def desk(home):
    section = SectionPageFactory(parent=home, slug="region")
    author = AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    ArticlePageFactory(parent=section, title="Older story", bylines=[author], places=["Lachin"])
    return {"section": section, "author": author}


def pages(desk):
    return {
        "home": "/",
        "section": desk["section"].url,
        "section feed": desk["section"].url + "feed/",
        "place": "/places/lachin/",
        "place feed": "/places/lachin/feed/",
        "author": "/authors/leyla-mammadova/",
        "site feed": "/feed/",
    }


def read_all(reader, desk):
    """{page name: its text}, as a reader sees it (and a crawler, following the sitemap index
    to whichever sitemap page lists a story)."""
    texts = {}
    for name, url in pages(desk).items():
        response = reader.get(url)
        assert response.status_code == 200, name
        texts[name] = response.content.decode()
    texts["sitemaps"] = sitemap_text(reader)
    return texts


def test_readers_get_cached_pages_with_cdn_friendly_headers(desk):
    reader = Client()
    first = reader.get("/")
    assert first["X-Cache"] == "MISS"
    second = reader.get("/")
    assert second["X-Cache"] == "HIT" and second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage=60" in second["Cache-Control"]
    # A browser asks again each time: a story published meanwhile is on its next page view.
    assert "max-age=0" in second["Cache-Control"].split(", ")


def test_a_published_story_is_at_once_on_every_page_that_lists_it(desk):
    reader = Client()
    read_all(reader, desk)
    assert reader.get("/")["X-Cache"] == "HIT"  # warm

    story = ArticlePageFactory(
        parent=desk["section"], title="Breaking: dam opens", bylines=[desk["author"]],
        places=["Lachin"],
    )  # fmt: skip
    for name, body in read_all(reader, desk).items():
        assert "Breaking: dam opens" in body or story.url in body, name

    story.unpublish()
    for name, body in read_all(reader, desk).items():
        assert "Breaking: dam opens" not in body and story.url not in body, name


def test_a_correction_and_an_author_edit_show_at_once(desk):
    reader = Client()
    story = ArticlePageFactory(parent=desk["section"], title="Dam report", bylines=[desk["author"]])
    assert "Dam report" in reader.get(story.url).content.decode()
    assert reader.get(story.url)["X-Cache"] == "HIT"

    story.title = "Dam report (corrected)"
    story.save_revision().publish()
    assert "Dam report (corrected)" in reader.get(story.url).content.decode()

    author = desk["author"]
    author.job_title = "Chief correspondent"
    author.save()
    assert "Chief correspondent" in reader.get("/authors/leyla-mammadova/").content.decode()


def test_logged_in_users_are_never_served_or_stored(desk):
    reader, editor = Client(), Client()
    editor.force_login(UserFactory(is_superuser=True))
    response = editor.get("/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert reader.get("/")["X-Cache"] == "MISS"  # the editor's page was not stored
    assert reader.get("/")["X-Cache"] == "HIT"
    assert "X-Cache" not in editor.get("/")  # nor is the readers' page served to the editor


def test_previews_the_admin_and_endless_queries_are_not_cached(desk):
    reader = Client()
    for url in ("/admin/login/", "/search/?q=" + "water+" * 30):
        reader.get(url)
        assert "X-Cache" not in reader.get(url), url
    assert reader.get("/search/?q=water")["X-Cache"] == "MISS"


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_reachable(), reason="needs Redis at 127.0.0.1:6379")
def test_a_story_page_stays_cached_while_readers_browse_many_others(desk):
    """The development cache holds Wagtail's rendition lookups as well as pages: dozens of stories
    with their own pictures must not push the first one out (Django's default of 300 did)."""
    stories = [
        ArticlePageFactory(parent=desk["section"], title=f"Story {n}", lead_image=ImageFactory())
        for n in range(50)
    ]
    reader = Client()
    for story in stories:
        assert reader.get(story.url)["X-Cache"] == "MISS"
    assert all(reader.get(story.url)["X-Cache"] == "HIT" for story in stories)


def test_with_redis_as_in_production(desk, redis_cache):
    reader = Client()
    assert reader.get("/")["X-Cache"] == "MISS"
    assert reader.get("/")["X-Cache"] == "HIT"
    ArticlePageFactory(parent=desk["section"], title="Via Redis")
    response = reader.get("/")
    assert response["X-Cache"] == "MISS" and "Via Redis" in response.content.decode()
