"""Publishing purges a CDN or reverse proxy of every page and feed that lists the story, once
the change is committed (the CDN's next fetch must see it); the whole matrix of changes is in
tests/core/test_change_matrix.py."""

import pytest

from entities.models import Place
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def test_publishing_and_unpublishing_purge_every_listing(
    home, proxy, django_capture_on_commit_callbacks
):
    section = SectionPageFactory(parent=home, slug="region")
    author = AuthorFactory(slug="leyla-mammadova")
    with django_capture_on_commit_callbacks(execute=True):
        story = ArticlePageFactory(
            parent=section, bylines=[author], places=["Lachin"], people=["Aydin Karimov"],
            organisations=["Water Agency"], topics=["Water"],
        )  # fmt: skip
    expected = {
        story.url, "/", "/feed/", "/feed/atom/", "/sitemap.xml", "/news-sitemap.xml",
        "/region/", "/region/feed/", "/region/feed/atom/",
        "/places/lachin/", "/places/lachin/feed/", "/people/aydin-karimov/",
        "/organisations/water-agency/", "/topics/water/", "/topics/water/feed/atom/",
        "/authors/leyla-mammadova/", "/authors/leyla-mammadova/feed/",
        "/sitemap-pages.xml", "/sitemap-authors.xml", "/sitemap-places.xml", "/sitemap-topics.xml",
    }  # fmt: skip
    assert expected <= set(proxy)

    proxy.clear()
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert expected <= set(proxy)


def test_nothing_is_sent_without_a_proxy_configured(home, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    ArticlePageFactory(parent=SectionPageFactory(parent=home))  # publishes without error


def test_only_the_sitemap_page_listing_the_story_is_purged(
    home, proxy, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("public_site.sitemaps.SITEMAP_PAGE_SIZE", 2)
    section = SectionPageFactory(parent=home, slug="region")
    stories = [ArticlePageFactory(parent=section) for _ in range(4)]
    number = (stories[0].pk - 1) // 2 + 1
    proxy.clear()
    with django_capture_on_commit_callbacks(execute=True):
        stories[0].unpublish()  # the other pages list the same pages as before
    sitemap_pages = {path for path in proxy if path.startswith("/sitemap-pages.xml")}
    assert sitemap_pages == {"/sitemap-pages.xml" + (f"?p={number}" if number > 1 else "")}


def test_renaming_an_author_or_a_place_purges_their_pages_and_their_stories(
    home, proxy, django_capture_on_commit_callbacks
):
    author = AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    section = SectionPageFactory(parent=home, slug="region")
    story = ArticlePageFactory(parent=section, bylines=[author], places=["Lachin"])
    proxy.clear()

    author.name = "Leyla Huseynova"
    with django_capture_on_commit_callbacks(execute=True):
        author.save()
    assert {
        "/authors/leyla-mammadova/",
        "/authors/leyla-mammadova/feed/",
        "/authors/leyla-mammadova/feed/atom/",
        story.url,  # the byline is on the story, the lists and the feeds that show it
        "/",
        "/region/",
        "/places/lachin/",
        "/feed/",
    } <= set(proxy)

    place = Place.objects.get(name="Lachin")
    place.description = "A district in the west."
    with django_capture_on_commit_callbacks(execute=True):
        place.save()
    assert {"/places/lachin/", "/places/lachin/feed/", "/places/lachin/feed/atom/"} <= set(proxy)
    assert story.url in proxy  # the story shows its tags
