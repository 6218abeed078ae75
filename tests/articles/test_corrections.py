"""Corrections and update notes: an editor republishes with a note; readers see it, and "Last
update" moves only for substantive changes."""

import datetime as dt
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset

from articles.models import ArticlePage
from tests.articles.test_admin_flow import article_form
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db

FIRST_PUBLISHED = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def story(home):
    section = SectionPageFactory(parent=home, slug="region")
    return ArticlePageFactory(
        parent=section, slug="soyudlu-first-harvest", publish__at=FIRST_PUBLISHED
    )


@pytest.fixture
def editor(client):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def republish(client, story, notes=(), **fields):
    data = article_form(
        bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]),
        corrections=inline_formset(list(notes)),
        **fields,
    )
    data["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/{story.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return ArticlePage.objects.get(pk=story.pk)


def reader_view(client, story):
    client.logout()
    response = client.get(story.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def news_article(soup):
    for script in soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data.get("@type") == "NewsArticle":
            return data
    raise AssertionError("no NewsArticle JSON-LD")


def test_a_correction_is_shown_in_a_box_and_in_structured_data(client, story, editor):
    story = republish(
        client,
        story,
        notes=[
            {
                "kind": "correction",
                "text": "An earlier version misspelt the name of the village head.",
                "noted_at": "",
            }
        ],
    )

    soup = reader_view(client, story)
    box = soup.find("aside", id="corrections")
    assert box.h2.get_text() == "Corrections and updates"
    note = box.find("li")
    assert "Correction" in note.strong.get_text()
    assert "misspelt the name of the village head" in note.get_text()
    assert note.time["datetime"].endswith("+04:00")  # timed when written, shown in desk time
    assert soup.find("a", href="#corrections")

    times = soup.find(class_="article__times")
    assert "Last update" in times.get_text()
    data = news_article(soup)
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "An earlier version misspelt the name of the village head.",
            "datePublished": note.time["datetime"],
        }
    ]
    assert data["dateModified"] == times.find_all("time")[-1]["datetime"]
    assert data["dateModified"] > data["datePublished"]


def test_an_update_note_is_shown_but_is_not_a_correction(client, story, editor):
    story = republish(
        client,
        story,
        notes=[
            {
                "kind": "update",
                "text": "Adds the district governor's comments.",
                "noted_at": "2026-11-21 10:30",
            }
        ],
    )
    soup = reader_view(client, story)
    note = soup.find("aside", id="corrections").find("li")
    assert note.strong.get_text() == "Update"
    assert note.time["datetime"] == "2026-11-21T10:30:00+04:00"  # entered in desk time
    assert "correction" not in news_article(soup)


def test_a_minor_change_does_not_move_last_update(client, story, editor):
    story = republish(client, story, standfirst="Twelve families sowed wheat in spring.")
    substantive = story.last_updated_at
    assert substantive and substantive > FIRST_PUBLISHED

    story = republish(
        client, story, standfirst="Twelve families sowed wheat in the spring.", minor_change="on"
    )
    assert story.last_published_at > substantive
    assert story.last_updated_at == substantive  # the typo fix is published, the time stays
    soup = reader_view(client, story)
    assert soup.find(class_="article__standfirst").get_text() == (
        "Twelve families sowed wheat in the spring."
    )
    shown = soup.find(class_="article__times").find_all("time")[-1]["datetime"]
    assert shown == news_article(soup)["dateModified"]
    assert dt.datetime.fromisoformat(shown) == substantive.replace(microsecond=0)


def test_the_minor_change_box_starts_unticked_on_every_edit(client, story, editor):
    republish(client, story, minor_change="on")
    form = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    soup = BeautifulSoup(form, "html.parser")
    assert not soup.find("input", attrs={"name": "minor_change"}).has_attr("checked")


def test_a_first_publication_is_not_an_update(client, home):
    story = ArticlePageFactory(parent=SectionPageFactory(parent=home))
    soup = reader_view(client, story)
    assert "Last update" not in soup.find(class_="article__times").get_text()
    assert not soup.find("aside", id="corrections")


def test_a_correction_saved_as_draft_is_not_public(client, story, editor):
    data = article_form(
        bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]),
        corrections=inline_formset([{"kind": "correction", "text": "Not yet.", "noted_at": ""}]),
    )
    assert client.post(f"/admin/pages/{story.pk}/edit/", data).status_code == 302
    soup = reader_view(client, story)
    assert not soup.find("aside", id="corrections")
    assert "Not yet." not in str(soup)
