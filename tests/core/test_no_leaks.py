"""No leaks: a draft, an embargoed, an unpublished and a private story appear in no public
channel — not their URL, any list, entity or author page, search, feed, sitemap, the ninjs API,
or a preview — while a published story, made the same way, appears in every one."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.channels import appearances, channels
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

WORD = "Zangilan"  # in every story's standfirst; the search looks for it


@pytest.fixture
def home(home):
    """The desk, with a published neighbour whose "Related stories" box would show the story."""
    section = SectionPageFactory(parent=home, slug="region")
    ArticlePageFactory(parent=section, title="Earlier reservoir survey", places=["Zangilan"])
    return home


def make_story(home, **kwargs):
    return ArticlePageFactory(
        parent=home.get_children().get(slug="region").specific,
        title="Reservoir plans for the Zangilan valley",
        standfirst=f"Engineers surveyed the {WORD} valley for a new reservoir.",
        bylines=[AuthorFactory()],
        places=["Zangilan"],
        people=["Aydin Karimov"],
        organisations=["Water Agency"],
        topics=["Water"],
        **kwargs,
    )


def draft(home):
    return make_story(home, publish=False)


def embargoed(home):
    story = make_story(home, publish=False)
    story.go_live_at = timezone.now() + dt.timedelta(hours=6)
    story.save_revision().publish()  # approved for publication at go_live_at; not live yet
    story.refresh_from_db()
    assert not story.live and story.get_latest_revision().approved_go_live_at
    return story


def unpublished(home):
    story = make_story(home)
    story.unpublish()
    return story


def password_protected(home):
    story = make_story(home)
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="desk-only"
    )
    return story


def login_restricted(home):
    story = make_story(home)
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    return story


@pytest.mark.parametrize(
    "hidden", [draft, embargoed, unpublished, password_protected, login_restricted]
)
def test_a_hidden_story_appears_in_no_public_channel(home, hidden):
    story = hidden(home)
    assert appearances(Client(), story, search_word=WORD) == set()


def test_a_published_story_made_the_same_way_appears_in_every_channel(home):
    """The control: proves each channel check can see a story when it is there."""
    story = make_story(home)
    everywhere = channels(story)
    assert {"article URL", "search", "sitemap", "ninjs story", "related stories"} <= everywhere
    assert {"places page", "people page", "organisations page", "topics page"} <= everywhere
    assert appearances(Client(), story, search_word=WORD) == everywhere


def test_a_protected_story_asks_for_its_password_without_showing_anything_of_it(client, home):
    story = password_protected(home)
    response = client.get(story.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Password required" in html
    for secret in ("Reservoir plans", WORD, "NewsArticle", "Aydin Karimov"):
        assert secret not in html, secret
    restriction = story.get_view_restrictions().get()
    response = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{story.pk}/",
        {"password": "desk-only", "return_url": story.url},
    )
    assert response.status_code == 302
    assert "Reservoir plans" in client.get(story.url).content.decode()
