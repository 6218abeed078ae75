"""Pieces of pages kept between views (core.fragments, public_site.story_lists): with the page cache
off, every change a reader could see shows on the next view, and nothing kept leaks."""

import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage, Author
from entities.models import Place
from media_credits.attribution import credit_line
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    ImageFactory,
    SectionPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(home):
    region = SectionPageFactory(parent=home, title="Region", slug="region")
    author = AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    picture = ImageFactory(title="Ridge", creator="Jane Doe")
    older = ArticlePageFactory(
        parent=region, title="Road to Lachin reopens", bylines=[author], places=["Lachin"],
        lead_image=picture,
    )  # fmt: skip
    story = ArticlePageFactory(
        parent=region, title="Bridge over the Hakari", bylines=[author], places=["Lachin"],
        topics=["Transport"], lead_image=picture,
    )  # fmt: skip
    return {"region": region, "author": author, "picture": picture, "older": older, "story": story}


def text(url, reader=None):
    response = (reader or Client()).get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def related_box(html):
    return html.split('id="related-heading"', 1)[1] if 'id="related-heading"' in html else ""


def test_pages_are_made_from_kept_pieces(desk):
    """The second view of a story, and of the front page, asks the database almost nothing."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    story = desk["story"]
    first = text(story.url)
    with CaptureQueriesContext(connection) as queries:
        second = text(story.url)
    assert second == first
    assert len(queries) == 1  # the story itself: which version is live
    text("/")
    with CaptureQueriesContext(connection) as queries:
        text("/")
    assert len(queries) == 0


def test_a_picture_credit_changed_by_the_photo_desk_shows_at_once(desk):
    picture, story = desk["picture"], desk["story"]
    assert "Jane Doe" in text(story.url)  # under the picture and in the structured data
    picture.creator = "Niyaz Bakhshaliyev"
    picture.save()
    html = text(story.url)
    assert credit_line(picture) == "Photo: Niyaz Bakhshaliyev / AFP"
    assert "Photo: Niyaz Bakhshaliyev" in html and "Jane Doe" not in html


def test_a_renamed_author_shows_at_once_in_bylines_and_cards(desk):
    story = desk["story"]
    assert "Leyla Mammadova" in text(story.url) and "Leyla Mammadova" in text("/")
    author = Author.objects.get(pk=desk["author"].pk)
    author.name = "Leyla Mammadli"
    author.save()
    for url in (story.url, "/", desk["region"].url):
        assert "Leyla Mammadli" in text(url) and "Leyla Mammadova" not in text(url), url


def test_a_renamed_entity_shows_at_once_in_the_story_tags(desk):
    story = desk["story"]
    assert ">Lachin</a>" in text(story.url)
    place = Place.objects.get(name="Lachin")
    place.name = "Laçın"
    place.save()
    assert ">Laçın</a>" in text(story.url)


def test_a_renamed_section_shows_at_once_in_navigation_and_breadcrumbs(desk):
    story, region = desk["story"], desk["region"]
    assert ">Region</a>" in text(story.url)
    region.title = "Regions"
    region.save_revision().publish()
    html = text(story.url)
    assert ">Regions</a>" in html and ">Region</a>" not in html
    assert '"name": "Regions"' in html  # the BreadcrumbList


def test_a_correction_shows_at_once(desk):
    story = desk["story"]
    assert "Hakari" in text(story.url)
    page = ArticlePage.objects.get(pk=story.pk)
    page.title = "Bridge over the Hakari river"
    page.save_revision().publish()
    assert "Bridge over the Hakari river" in text(story.url)
    assert "Bridge over the Hakari river" in text("/")


def test_a_new_story_sharing_a_tag_joins_the_related_box_and_leaves_when_unpublished(home):
    region = SectionPageFactory(parent=home, slug="region")
    culture = SectionPageFactory(parent=home, slug="culture")
    story = ArticlePageFactory(parent=region, title="Dam on the Tartar", places=["Kalbajar"])
    assert "Weavers of Kalbajar" not in related_box(text(story.url))

    other = ArticlePageFactory(parent=culture, title="Weavers of Kalbajar", places=["Kalbajar"])
    assert "Weavers of Kalbajar" in related_box(text(story.url))
    assert "Weavers of Kalbajar" in text("/")

    other.unpublish()
    assert "Weavers of Kalbajar" not in related_box(text(story.url))
    assert "Weavers of Kalbajar" not in text("/")


def test_a_tag_taken_off_a_story_takes_it_out_of_that_tags_related_box(home):
    region = SectionPageFactory(parent=home, slug="region")
    culture = SectionPageFactory(parent=home, slug="culture")
    story = ArticlePageFactory(parent=region, title="Dam on the Tartar", places=["Kalbajar"])
    other = ArticlePageFactory(parent=culture, title="Weavers of Kalbajar", places=["Kalbajar"])
    assert "Weavers of Kalbajar" in related_box(text(story.url))

    other = ArticlePage.objects.get(pk=other.pk)
    other.places.set([])
    other.save_revision().publish()
    assert "Weavers of Kalbajar" not in related_box(text(story.url))


def test_a_place_page_shows_at_once_who_is_in_the_news_with_it(home):
    """Its "often in the news with" box is kept with the place's list of stories, which a story
    about a village inside the place renews too."""
    region = SectionPageFactory(parent=home, slug="region")
    district = Place.objects.create(name="Kalbajar")
    village = Place.objects.create(name="Istisu", parent=district)
    ArticlePageFactory(parent=region, places=["Kalbajar"], people=["Aydin Karimov"])
    assert "Aydin Karimov" in text("/places/kalbajar/")
    assert "Leyla Huseynova" not in text("/places/kalbajar/")

    story = ArticlePageFactory(parent=region, places=[village.name], people=["Leyla Huseynova"])
    assert "Leyla Huseynova" in text("/places/kalbajar/")

    story.unpublish()
    assert "Leyla Huseynova" not in text("/places/kalbajar/")


def test_a_story_restricted_after_it_was_shown_disappears_at_once(desk):
    story, older = desk["story"], desk["older"]
    assert story.title in text("/") and story.title in related_box(text(older.url))
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.LOGIN
    )
    for url in ("/", older.url, desk["region"].url, "/places/lachin/"):
        assert story.title not in text(url), url
    assert Client().get(story.url).status_code == 302  # to the login page

    restriction.delete()
    assert story.title in text("/")


def test_a_moved_story_is_linked_at_its_new_address(desk, home):
    story = desk["story"]
    assert f'href="{story.url}"' in text(desk["region"].url)
    culture = SectionPageFactory(parent=home, slug="culture")
    ArticlePage.objects.get(pk=story.pk).move(culture, pos="last-child")
    moved = ArticlePage.objects.get(pk=story.pk)
    assert moved.url.startswith("/culture/")
    assert f'href="{moved.url}"' in text("/")
    assert text(moved.url).count(moved.title) >= 1


def test_a_draft_preview_is_never_kept_for_readers(desk):
    """An editor's preview has the live version's numbers but a draft's words."""
    story = desk["story"]
    editor = Client()
    editor.force_login(UserFactory(is_superuser=True))
    page = ArticlePage.objects.get(pk=story.pk)
    page.title = "DRAFT: bridge collapses"
    page.save_revision()
    assert "DRAFT: bridge collapses" in text(f"/admin/pages/{story.pk}/view_draft/", editor)
    reader_html = text(story.url)
    assert "DRAFT" not in reader_html and story.title in reader_html
    # and the other way round: a preview after readers' views still shows the draft
    assert "DRAFT: bridge collapses" in text(f"/admin/pages/{story.pk}/view_draft/", editor)


def test_nothing_old_comes_back_after_the_cache_is_emptied(desk):
    story = desk["story"]
    assert "Leyla Mammadova" in text(story.url)
    cache.clear()  # Redis restarted, or its memory given up
    # Changed behind the signals' back: only a fresh render can show it.
    Author.objects.filter(pk=desk["author"].pk).update(name="Leyla Mammadli")
    assert "Leyla Mammadli" in text(story.url)


def test_with_redis_as_in_production(desk, redis_cache):
    story, older = desk["story"], desk["older"]
    assert story.title in related_box(text(older.url))
    page = ArticlePage.objects.get(pk=story.pk)
    page.title = "Bridge over the Hakari, via Redis"
    page.save_revision().publish()
    assert "Bridge over the Hakari, via Redis" in related_box(text(older.url))
    assert "Bridge over the Hakari, via Redis" in text(story.url)


def test_a_list_naming_a_story_deleted_since_it_was_kept_still_renders(desk, rf):
    """A request can read a kept list just before one of its stories is deleted: the list shows
    the stories that still exist rather than failing."""
    from public_site.cards import card_html
    from public_site.queries import CardRow

    older, story = desk["older"], desk["story"]
    rows = [
        CardRow(s.pk, s.first_published_at, s.last_published_at, s.last_updated_at,
                s.live_revision_id)
        for s in (story, older)
    ]  # fmt: skip
    older.delete()
    request = rf.get("/", HTTP_HOST="localhost")
    cards = card_html(request, rows)
    assert len(cards) == 1 and "Bridge over the Hakari" in cards[0]
