"""One public change, every output renewed: a credit fixed, an author renamed or an entity given
another name reaches the feeds' bodies and validators, the cached pages and the search at once
(the CDN: tests/articles/test_frontend_cache_purge.py), with the page cache and the kept pieces
on, as in production; a draft saved changes none of them."""

import pytest
from bs4 import BeautifulSoup
from lxml import etree

from articles.models import ArticlePage
from entities.models import Place, PlaceAlias
from tests.factories import ArticlePageFactory, AuthorFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def story(home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    image = ImageFactory(title="Khudavang monastery", creator="Niyaz", credit_line="")
    return ArticlePageFactory(
        parent=section,
        title="Road to Khudavang reopens",
        bylines=[AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")],
        places=["Kalbajar"],
        lead_image=image,
        body=[
            ("paragraph", "<p>Crews cleared the rocks.</p>"),
            ("image", {"image": image, "caption": "The monastery at dawn"}),
        ],
    )


def feed_body(response):
    assert response.status_code == 200
    item = etree.fromstring(response.content).find("channel/item")
    return item.findtext(CONTENT)


def test_a_credit_fixed_reaches_the_feed_body_and_its_etag_at_once(client, story):
    first = client.get("/feed/")
    assert "Niyaz" in feed_body(first)
    assert client.get("/feed/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304

    image = story.lead_image
    image.creator = "Niyaz Karimov"
    image.save()

    fixed = client.get("/feed/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert fixed.status_code == 200  # not a 304 that keeps the old credit in the reader
    assert "Niyaz Karimov" in feed_body(fixed)
    assert fixed["ETag"] != first["ETag"]
    assert client.get(story.url).content.decode().count("Niyaz Karimov") >= 1


def test_an_author_renamed_changes_every_feed_and_page_that_names_them(client, story):
    urls = ["/feed/", "/feed/atom/", "/region/feed/", "/authors/leyla-mammadova/feed/"]
    before = {url: client.get(url) for url in urls}
    assert client.get(story.url).status_code == 200  # kept in the page cache

    author = story.bylines.get().author
    author.name = "Leyla Mammadova-Huseynova"
    author.save()

    for url, old in before.items():
        renewed = client.get(url, HTTP_IF_NONE_MATCH=old["ETag"])
        assert renewed.status_code == 200, url
        assert "Leyla Mammadova-Huseynova" in renewed.content.decode(), url
        assert renewed["Last-Modified"] >= old["Last-Modified"] or renewed["ETag"] != old["ETag"]
    assert "Leyla Mammadova-Huseynova" in client.get(story.url).content.decode()


def test_another_name_added_finds_stories_tagged_before(
    client, story, django_capture_on_commit_callbacks
):
    def found(query):
        page = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
        return [h.get_text(strip=True) for h in page.select(".story-list .card__headline")]

    assert found("Kəlbəcər") == []
    with django_capture_on_commit_callbacks(execute=True):
        PlaceAlias(entity=Place.objects.get(name="Kalbajar"), name="Kəlbəcər").save()
    assert found("Kəlbəcər") == ["Road to Khudavang reopens"]
    # The stories' own index entries carry the new name too (they rank by it).
    assert [hit.title for hit in ArticlePage.objects.live().search("Kəlbəcər")] == [
        "Road to Khudavang reopens"
    ]


def test_a_draft_saved_leaves_the_feeds_validators_alone(client, story):
    first = client.get("/region/feed/")
    story.title = "Road to Khudavang reopens (draft of a new headline)"
    story.save_revision()
    assert client.get("/region/feed/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_the_production_server_an_author_renamed_and_a_credit_fixed_reach_the_feed(
    story, redis_cache, tmp_path, settings
):
    """gunicorn (two workers), DEBUG off, PostgreSQL and Redis: the change made in another
    process (here the test's, sharing the server's Redis as the admin's would) renews the feed
    both workers keep, its body and its ETag."""
    from django.db import connection

    from tests.conftest import REDIS_TEST_URL
    from tests.production_server import database_url, fetch, production_server

    if connection.vendor != "postgresql":
        pytest.skip("the production configuration runs on PostgreSQL")
    with production_server(
        database_url(connection.settings_dict),
        tmp_path / "static",
        REDIS_URL=REDIS_TEST_URL,
        MEDIA_ROOT=str(settings.MEDIA_ROOT),  # where the test's pictures are
    ) as base:
        status, headers, body = fetch(base + "/feed/")
        assert status == 200 and "Leyla Mammadova<" in body and "Niyaz" in body
        assert fetch(base + "/feed/")[1]["X-Cache"] == "HIT"

        author = story.bylines.get().author
        author.name = "Leyla Huseynova"
        author.save()
        image = story.lead_image
        image.creator = "Niyaz Karimov"
        image.save()

        for _worker in range(4):  # whichever worker answers
            status, renewed, body = fetch(base + "/feed/")
            assert status == 200 and "Leyla Huseynova" in body and "Niyaz Karimov" in body
            assert renewed["ETag"] != headers["ETag"]
