"""The page sitemap in pages by id: every public page listed once, deep pages as cheap as the
first, a page number past the end or not a number is a 404."""

from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree

from public_site.sitemaps import PublicPageSitemap
from tests.factories import ArticlePageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(response):
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    return [urlsplit(loc.text).path for loc in root.iterfind("s:url/s:loc", NS)]


def page_links(client):
    index = etree.fromstring(client.get("/sitemap.xml").content)
    return [
        urlsplit(loc.text)
        for loc in index.iterfind("s:sitemap/s:loc", NS)
        if urlsplit(loc.text).path == "/sitemap-pages.xml"
    ]


def test_every_public_page_is_listed_once_across_the_pages(client, home, monkeypatch):
    monkeypatch.setattr(PublicPageSitemap, "limit", 3)
    section = SectionPageFactory(parent=home, slug="region")
    stories = [ArticlePageFactory(parent=section, slug=f"story-{n}") for n in range(7)]
    stories[2].unpublish()
    ArticlePageFactory(parent=section, slug="draft", publish=False)

    listed = []
    for link in page_links(client):
        listed += locations(client.get(f"{link.path}?{link.query}"))

    expected = ["/", "/region/", *(f"/region/story-{n}/" for n in (0, 1, 3, 4, 5, 6))]
    assert sorted(listed) == sorted(expected)


def test_a_deep_page_costs_what_the_first_does(client, home, monkeypatch):
    monkeypatch.setattr(PublicPageSitemap, "limit", 2)
    section = SectionPageFactory(parent=home, slug="region")
    stories = [ArticlePageFactory(parent=section, slug=f"story-{n}") for n in range(9)]
    # Pages holding stories alone (a page holding other page types fetches each type too).
    first, last = ((story.pk - 1) // 2 + 1 for story in (stories[2], stories[-1]))
    assert f"p={last}" in page_links(client)[-1].query

    counts = []
    for number in (first, last):
        url = f"/sitemap-pages.xml?p={number}"
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert locations(client.get(url))
        counts.append(len(queries))
        assert not any("OFFSET" in query["sql"] for query in queries.captured_queries), url
    assert counts[0] == counts[1]


@pytest.mark.parametrize("number", ["0", "999", "two", "1.5", ""])
def test_a_page_number_past_the_end_or_not_a_number_is_not_found(client, home, number):
    assert client.get(f"/sitemap-pages.xml?p={number}").status_code == 404
