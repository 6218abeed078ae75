"""Author and tag sitemaps list exactly the authors and tag pages with a visible story, dated by
the newest, as publishing, unpublishing, retagging, deleting and view restrictions change that —
or by the page's own last change (a new name, another name), if later."""

import datetime as dt
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from lxml import etree
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage
from entities.merging import merge_entities
from entities.models import Place, PlaceAlias, Topic
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def listed(client, sitemap):
    """{path: lastmod} of the sitemap's URLs (a date, as Django's sitemaps give it)."""
    response = client.get(f"/sitemap-{sitemap}.xml")
    assert response.status_code == 200
    root = etree.fromstring(response.content)
    return {
        urlsplit(url.findtext("s:loc", namespaces=NS)).path: dt.date.fromisoformat(
            url.findtext("s:lastmod", namespaces=NS)[:10]
        )
        for url in root.findall("s:url", NS)
    }


def published_on(story):
    return timezone.localdate(story.last_published_at)


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, title="Region", slug="region")


def story_in(section, title, days_ago, **tags):
    return ArticlePageFactory(
        parent=section,
        title=title,
        publish__at=timezone.now() - dt.timedelta(days=days_ago),
        bylines=[AuthorFactory(name=f"Author of {title}", slug=f"author-{title.lower()}")],
        **tags,
    )


def test_tag_and_author_pages_are_dated_by_their_newest_story(client, section):
    older = story_in(section, "Older", 9, places=["Kalbajar"], topics=["Transport"])
    newer = story_in(section, "Newer", 2, places=["Kalbajar"])

    places, topics = listed(client, "places"), listed(client, "topics")
    assert places["/places/kalbajar/"] == published_on(newer)
    assert topics["/topics/transport/"] == published_on(older)
    authors = listed(client, "authors")
    assert authors["/authors/author-older/"] == published_on(older)
    assert authors["/authors/author-newer/"] == published_on(newer)


def test_unpublishing_the_newest_story_dates_the_tag_by_the_one_before(client, section):
    older = story_in(section, "Older", 9, places=["Kalbajar"])
    newer = story_in(section, "Newer", 2, places=["Kalbajar"], people=["Elnur Guliyev"])

    newer.unpublish()

    assert listed(client, "places")["/places/kalbajar/"] == published_on(older)
    assert "/people/elnur-guliyev/" not in listed(client, "people")
    assert "/authors/author-newer/" not in listed(client, "authors")


def test_a_tag_removed_on_republish_leaves_the_sitemap(client, section):
    story = story_in(section, "Story", 2, places=["Kalbajar"], topics=["Transport"])
    assert "/topics/transport/" in listed(client, "topics")

    story.topics.set([])
    story.save_revision().publish()

    assert "/topics/transport/" not in listed(client, "topics")
    assert "/places/kalbajar/" in listed(client, "places")


def test_deleting_a_story_takes_its_only_tags_and_author_out(client, section):
    kept = story_in(section, "Kept", 9, places=["Kalbajar"])
    gone = story_in(section, "Gone", 2, places=["Kalbajar"], organisations=["Highways Agency"])

    gone.delete()

    assert "/organisations/highways-agency/" not in listed(client, "organisations")
    assert "/authors/author-gone/" not in listed(client, "authors")
    assert listed(client, "places")["/places/kalbajar/"] == published_on(kept)


def test_a_view_restriction_hides_its_stories_tags_until_lifted(client, home, section):
    story_in(section, "Open", 2, places=["Kalbajar"])
    closed_section = SectionPageFactory(parent=home, title="Desk", slug="desk")
    closed = story_in(closed_section, "Closed", 1, places=["Kalbajar"], topics=["Secrets"])
    assert listed(client, "places")["/places/kalbajar/"] == published_on(closed)

    restriction = PageViewRestriction.objects.create(
        page=closed_section, restriction_type=PageViewRestriction.PASSWORD, password="desk-only"
    )
    assert "/topics/secrets/" not in listed(client, "topics")
    assert listed(client, "places")["/places/kalbajar/"] < published_on(closed)

    restriction.delete()
    assert listed(client, "topics")["/topics/secrets/"] == published_on(closed)


def test_merging_a_duplicate_tag_dates_the_kept_one_by_the_merge(client, section):
    story_in(section, "Older", 9, topics=["Transport"])
    story_in(section, "Newer", 2, topics=["Transportation"])

    merge_entities(Topic.objects.get(name="Transportation"), Topic.objects.get(name="Transport"))

    topics = listed(client, "topics")
    # Its page changed today: it lists the other's stories and takes its name as another.
    assert topics["/topics/transport/"] == timezone.localdate()
    assert "/topics/transportation/" not in topics
    assert Topic.objects.get(name="Transport").latest_story_at == max(
        story.last_published_at for story in ArticlePage.objects.all()
    )


def test_a_renamed_author_or_a_place_given_another_name_is_dated_by_that_change(client, section):
    story = story_in(section, "Older", 9, places=["Kalbajar"])
    assert listed(client, "authors")["/authors/author-older/"] == published_on(story)
    index_before = client.get("/sitemap.xml").content

    author = story.bylines.get().author
    author.name = "Leyla Huseynova"
    author.save()
    PlaceAlias(entity=Place.objects.get(name="Kalbajar"), name="Kəlbəcər").save()

    today = timezone.localdate()
    assert listed(client, "authors")["/authors/author-older/"] == today
    assert listed(client, "places")["/places/kalbajar/"] == today
    assert client.get("/sitemap.xml").content != index_before  # the index's dates moved too
