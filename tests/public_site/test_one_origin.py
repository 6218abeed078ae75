"""Every absolute address the site gives out is on its own origin — the Wagtail Site's root URL —
whatever Host the request came with (a proxy, a second name, a bare IP): canonical links, og:,
JSON-LD, feeds and their enclosures, sitemaps, robots.txt and the ninjs API."""

import re

import pytest
from wagtail.models import Site

from tests.factories import ArticlePageFactory, AuthorFactory, ImageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

ORIGIN = "https://news.example.org"
URL = re.compile(r"https?://[^\s\"'<>)]+")
# Addresses that are others' by design: vocabularies, licences, the standards named in XML.
FOREIGN = (
    *("schema.org", "w3.org", "purl.org", "creativecommons.org", "iptc.org", "google.com"),
    *("sitemaps.org", "search.yahoo.com", "ogp.me", "wikidata.org", "xmlns.com", "georss.org"),
)


@pytest.fixture
def desk(home):
    Site.objects.filter(is_default_site=True).update(hostname="news.example.org", port=443)
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    return ArticlePageFactory(
        parent=section,
        title="Road to Khudavang reopens",
        bylines=[AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")],
        places=["Kalbajar"],
        lead_image=ImageFactory(title="Khudavang monastery", creator="Niyaz"),
        body=[("paragraph", '<p>Crews <a href="/region/">cleared</a> the rocks.</p>')],
    )


def own_urls(body):
    return [url for url in URL.findall(body) if not any(name in url for name in FOREIGN)]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/region/",
        "story",
        "/places/kalbajar/",
        "/authors/leyla-mammadova/",
        "/search/?q=Khudavang",
        "/feed/",
        "/feed/atom/",
        "/region/feed/",
        "/places/kalbajar/feed/atom/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-authors.xml",
        "/sitemap-places.xml",
        "/news-sitemap.xml",
        "/robots.txt",
        "/api/ninjs/",
    ],
)
def test_every_absolute_address_is_on_the_sites_origin(client, desk, path):
    path = {"story": desk.url, "/api/ninjs/": f"/api/ninjs/{desk.pk}/"}.get(path, path)
    # The request arrives under another name than the site's (allowed, but not canonical).
    response = client.get(path, HTTP_HOST="testserver")
    assert response.status_code == 200
    urls = own_urls(response.content.decode())
    assert urls, "no absolute address to check"
    assert [url for url in urls if not url.startswith(ORIGIN + "/")] == []
