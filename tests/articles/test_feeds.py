import datetime as dt
import email.utils
from urllib.parse import urlsplit

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree

from media_credits.models import Licence
from tests.channels import sitemap_text
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    ImageFactory,
    SectionPageFactory,
)

pytestmark = pytest.mark.django_db

NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "media": "http://search.yahoo.com/mrss/",
    "atom": "http://www.w3.org/2005/Atom",
}


def hours_ago(hours):
    return timezone.now() - dt.timedelta(hours=hours)


@pytest.fixture
def story(home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    linked = ArticlePageFactory(parent=section, title="Earlier story", publish__at=hours_ago(9))
    image = ImageFactory(
        title="Khudavang monastery",
        description="The monastery at dawn",
        alt_text="A stone church on a green hillside",
        creator="Niyaz",
        credit_line="AFP",
        copyright_notice="© 2026 AFP",
        licence=Licence.objects.get(label="CC BY-SA 4.0"),
    )
    return ArticlePageFactory(
        parent=section,
        title="Road to Khudavang <reopens> & more",
        standfirst="The mountain road is open again.",
        bylines=[
            AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova"),
            (AuthorFactory(name="Rauf Aliyev", slug="rauf-aliyev"), "photographer"),
        ],
        places=["Kalbajar"],
        people=["Elnur Guliyev"],
        organisations=["Highways Agency"],
        topics=["Transport"],
        lead_image=image,
        body=[
            (
                "paragraph",
                f'<p>Crews cleared the rocks. <a linktype="page" id="{linked.pk}">'
                'Earlier</a> <a href="/about/">About</a></p>',
            ),
            ("image", {"image": image, "caption": "Body picture"}),
        ],
        publish__at=hours_ago(2),
    )


def xml(response):
    assert response.status_code == 200
    return etree.fromstring(response.content)


def test_rss_item_carries_the_whole_story(client, story):
    response = client.get("/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = xml(response).find("channel")
    item = channel.find("item")

    assert channel.findtext("language") == "en"
    assert channel.find("atom:link[@rel='self']", NS).get("href") == "http://localhost/feed/"
    assert email.utils.parsedate_to_datetime(channel.findtext("lastBuildDate"))
    assert channel.findtext("image/url") == "http://localhost/static/img/logo.png"

    assert item.findtext("title") == "Road to Khudavang <reopens> & more"
    assert item.findtext("link") == story.get_full_url() == f"http://localhost/region/{story.slug}/"
    guid = item.find("guid")
    assert guid.get("isPermaLink") == "false"
    assert guid.text == f"urn:uuid:{story.translation_key}"
    published = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
    assert abs(published - story.first_published_at) < dt.timedelta(seconds=1)
    assert item.findtext("description") == "The mountain road is open again."
    assert [c.text for c in item.findall("dc:creator", NS)] == ["Leyla Mammadova", "Rauf Aliyev"]
    assert {c.text for c in item.findall("category")} == {
        "Kalbajar",
        "Elnur Guliyev",
        "Highways Agency",
        "Transport",
    }
    content = item.findtext("content:encoded", namespaces=NS)
    assert "KALBAJAR" in content and "Crews cleared the rocks." in content
    linked = story.get_prev_siblings().first()
    assert f'href="http://localhost/region/{linked.slug}/"' in content
    assert 'href="http://localhost/about/"' in content
    assert 'src="/' not in content and 'href="/' not in content

    media = item.find("media:content", NS)
    assert media.get("medium") == "image" and media.get("url").startswith("http://localhost/")
    assert int(media.get("width")) == 1200 and int(media.get("height")) == 750
    assert media.findtext("media:description", namespaces=NS) == "The monastery at dawn"
    credits = {(c.get("role"), c.text) for c in media.findall("media:credit", NS)}
    assert ("photographer", "Niyaz") in credits
    assert media.findtext("media:copyright", namespaces=NS) == "© 2026 AFP"
    licence = media.find("media:license", NS)
    assert licence.text == "CC BY-SA 4.0" and licence.get("type") == "text/html"
    assert licence.get("href") == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert ("distributor", "AFP") in credits
    enclosure = item.find("enclosure")
    assert enclosure.get("url") == media.get("url") and int(enclosure.get("length")) > 0


def test_feedparser_reads_rss_and_atom_alike(client, story):
    for url in ("/feed/", "/feed/atom/"):
        parsed = feedparser.parse(client.get(url).content)
        assert not parsed.bozo, (url, parsed.get("bozo_exception"))
        entry = parsed.entries[0]
        assert entry.title == "Road to Khudavang <reopens> & more"
        assert entry.id == f"urn:uuid:{story.translation_key}"
        assert entry.summary == "The mountain road is open again."
        assert "Crews cleared the rocks." in entry.content[0].value
        assert {t.term for t in entry.tags} >= {"Kalbajar", "Transport"}
        assert entry.media_content[0]["medium"] == "image"


def test_atom_entry_has_authors_dates_and_content(client, story):
    feed = xml(client.get("/feed/atom/"))
    entry = feed.find("atom:entry", NS)

    assert feed.find("atom:link[@rel='self']", NS).get("href") == "http://localhost/feed/atom/"
    assert feed.findtext("atom:updated", namespaces=NS)
    assert feed.findtext("atom:logo", namespaces=NS) == "http://localhost/static/img/logo.png"
    assert entry.findtext("atom:id", namespaces=NS) == f"urn:uuid:{story.translation_key}"
    assert entry.findtext("atom:published", namespaces=NS)
    assert entry.findtext("atom:updated", namespaces=NS)
    authors = [
        (a.findtext("atom:name", namespaces=NS), a.findtext("atom:uri", namespaces=NS))
        for a in entry.findall("atom:author", NS)
    ]
    assert authors == [
        ("Leyla Mammadova", "http://localhost/authors/leyla-mammadova/"),
        ("Rauf Aliyev", "http://localhost/authors/rauf-aliyev/"),
    ]
    assert entry.find("atom:content", NS).get("type") == "html"
    assert entry.find("atom:link[@rel='license']", NS).get("href") == (
        "https://creativecommons.org/licenses/by-sa/4.0/"
    )
    assert {c.get("term") for c in entry.findall("atom:category", NS)} >= {"Kalbajar"}


@pytest.mark.parametrize(
    "url",
    [
        "/region/feed/",
        "/region/feed/atom/",
        "/authors/leyla-mammadova/feed/",
        "/authors/leyla-mammadova/feed/atom/",
        "/places/kalbajar/feed/",
        "/people/elnur-guliyev/feed/",
        "/organisations/highways-agency/feed/atom/",
        "/topics/transport/feed/",
    ],
)
def test_section_author_and_tag_feeds_list_their_stories(client, story, url):
    ArticlePageFactory(title="Unrelated culture story")
    parsed = feedparser.parse(client.get(url).content)
    titles = [entry.title for entry in parsed.entries]
    assert "Road to Khudavang <reopens> & more" in titles
    assert "Unrelated culture story" not in titles


@pytest.mark.parametrize(
    "url", ["/authors/nobody/feed/", "/places/atlantis/feed/", "/nowhere/feed/"]
)
def test_unknown_feed_subjects_are_not_found(client, story, url):
    assert client.get(url).status_code == 404


def test_drafts_and_unpublished_stories_never_reach_feeds_or_sitemaps(client, story):
    ArticlePageFactory(title="Draft headline", places=["Kalbajar"], publish=False)
    withdrawn = ArticlePageFactory(title="Withdrawn headline", places=["Kalbajar"])
    withdrawn.unpublish()

    for url in [
        "/feed/",
        "/feed/atom/",
        "/region/feed/",
        "/places/kalbajar/feed/",
        "/sitemap.xml",
        "/news-sitemap.xml",
    ]:
        body = sitemap_text(client) if url == "/sitemap.xml" else client.get(url).content.decode()
        assert "Draft headline" not in body and "Withdrawn headline" not in body, url
        assert "draft-headline" not in body and withdrawn.slug not in body, url


def test_conditional_get_answers_304_until_something_changes(client, story):
    for url in ["/feed/", "/region/feed/", "/sitemap.xml", "/news-sitemap.xml"]:
        first = client.get(url)
        etag, modified = first["ETag"], first["Last-Modified"]
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304, url
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304, url

    etag = client.get("/feed/")["ETag"]
    ArticlePageFactory(title="Breaking story")
    changed = client.get("/feed/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and "Breaking story" in changed.content.decode()

    etag = changed["ETag"]
    story.unpublish()
    gone = client.get("/feed/", HTTP_IF_NONE_MATCH=etag)
    assert gone.status_code == 200 and "Khudavang" not in gone.content.decode()


def test_sitemap_lists_articles_sections_authors_and_tags_with_lastmod(client, story):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = xml(client.get("/sitemap.xml"))
    sitemaps = [
        (s.findtext("s:loc", namespaces=ns), s.findtext("s:lastmod", namespaces=ns))
        for s in index.findall("s:sitemap", ns)
    ]
    assert [urlsplit(loc).path for loc, _ in sitemaps] == [
        "/sitemap-pages.xml",
        "/sitemap-authors.xml",
        "/sitemap-places.xml",
        "/sitemap-people.xml",
        "/sitemap-organisations.xml",
        "/sitemap-topics.xml",
    ]
    assert all(lastmod for _, lastmod in sitemaps), sitemaps
    entries = {}
    for loc, _ in sitemaps:
        root = xml(client.get(urlsplit(loc).path))
        entries |= {
            u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns)
            for u in root.findall("s:url", ns)
        }
    expected = [
        story.get_full_url(),
        "http://localhost/region/",
        "http://localhost/authors/leyla-mammadova/",
        "http://localhost/places/kalbajar/",
        "http://localhost/people/elnur-guliyev/",
        "http://localhost/organisations/highways-agency/",
        "http://localhost/topics/transport/",
    ]
    for loc in expected:
        assert loc in entries, (loc, list(entries))
        assert entries[loc], loc


def test_news_sitemap_lists_only_the_last_two_days(client, story):
    ArticlePageFactory(title="Three days old", publish__at=hours_ago(72))
    root = xml(client.get("/news-sitemap.xml"))
    ns = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "news": "http://www.google.com/schemas/sitemap-news/0.9",
    }

    urls = root.findall("s:url", ns)
    titles = [u.findtext("news:news/news:title", namespaces=ns) for u in urls]
    assert "Road to Khudavang <reopens> & more" in titles and "Three days old" not in titles
    news = urls[titles.index("Road to Khudavang <reopens> & more")].find("news:news", ns)
    assert news.findtext("news:publication/news:name", namespaces=ns) == "Highland Courier"
    assert news.findtext("news:publication/news:language", namespaces=ns) == "en"
    published = dt.datetime.fromisoformat(news.findtext("news:publication_date", namespaces=ns))
    assert abs(published - story.first_published_at) < dt.timedelta(seconds=1)


def test_robots_txt_names_both_sitemaps(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://localhost/sitemap.xml" in body
    assert "Sitemap: http://localhost/news-sitemap.xml" in body


def test_pages_link_their_feeds(client, story):
    site = (
        '<link rel="alternate" type="application/rss+xml" title="Highland Courier (RSS)" '
        'href="/feed/">'
    )
    for url, own in [
        ("/", None),
        ("/region/", "/region/feed/"),
        (story.url, "/region/feed/"),
        ("/authors/leyla-mammadova/", "/authors/leyla-mammadova/feed/"),
        ("/places/kalbajar/", "/places/kalbajar/feed/"),
    ]:
        html = client.get(url).content.decode()
        assert site in html, url
        if own:
            assert 'type="application/rss+xml" title="' in html and f'href="{own}"' in html, url
            assert f'href="{own}atom/"' in html, url
    for url in ["/region/", "/authors/leyla-mammadova/", "/places/kalbajar/"]:
        assert 'class="subscribe"' in client.get(url).content.decode(), url


@pytest.mark.parametrize("count", [5, 50])
def test_feed_query_count_does_not_grow_with_items(client, home, count):
    section = SectionPageFactory(parent=home)
    image = ImageFactory()
    for n in range(count):
        ArticlePageFactory(
            parent=section,
            lead_image=image,
            places=["Kalbajar", f"Village {n}"],
            topics=["Transport"],
            publish__at=hours_ago(n + 1),
            body=[("paragraph", "<p>Text.</p>"), ("image", {"image": image, "caption": ""})],
        )
    client.get("/feed/")  # renditions and cached bodies are made on the first read
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/feed/")
    assert response.content.count(b"<item>") == count
    assert len(queries) == FEED_QUERIES


FEED_QUERIES = 7  # as in tests/articles/test_query_counts.py


def meta(html, prop):
    root = etree.HTML(html)
    found = root.xpath(f"//meta[@property='{prop}' or @name='{prop}']/@content")
    return found


def test_article_carries_social_cards_and_a_canonical_link(client, story):
    html = client.get(story.url).content.decode()
    root = etree.HTML(html)

    assert root.xpath("//link[@rel='canonical']/@href") == [story.get_full_url()]
    assert meta(html, "og:type") == ["article"]
    assert meta(html, "og:title") == ["Road to Khudavang <reopens> & more"]
    assert meta(html, "og:description") == ["The mountain road is open again."]
    assert meta(html, "og:image")[0].startswith("http://localhost/")
    assert meta(html, "og:image:width") == ["1200"] and meta(html, "og:image:height") == ["630"]
    assert meta(html, "og:image:alt") == ["A stone church on a green hillside"]
    assert meta(html, "twitter:card") == ["summary_large_image"]
    published = dt.datetime.fromisoformat(meta(html, "article:published_time")[0])
    assert abs(published - story.first_published_at) < dt.timedelta(seconds=1)
    assert meta(html, "article:modified_time")
    assert meta(html, "article:author") == [
        "http://localhost/authors/leyla-mammadova/",
        "http://localhost/authors/rauf-aliyev/",
    ]
    assert meta(html, "article:section") == ["Region"]
    assert set(meta(html, "article:tag")) == {
        "Kalbajar",
        "Elnur Guliyev",
        "Highways Agency",
        "Transport",
    }


@pytest.mark.parametrize(
    ("path", "canonical"),
    [
        ("/", "http://localhost/"),
        ("/region/?page=1", "http://localhost/region/"),
        ("/authors/leyla-mammadova/", "http://localhost/authors/leyla-mammadova/"),
        ("/places/kalbajar/?utm_source=x", "http://localhost/places/kalbajar/"),
    ],
)
def test_every_page_has_a_canonical_link(client, story, path, canonical):
    root = etree.HTML(client.get(path).content.decode())
    assert root.xpath("//link[@rel='canonical']/@href") == [canonical]
    assert root.xpath("//meta[@property='og:url']/@content") == [canonical]
