import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from entities.models import Place
from ninjs.validation import validator
from public_site.queries import visible_articles
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    ImageFactory,
    SectionPageFactory,
    minutes_ago,
)

pytestmark = pytest.mark.django_db


def assert_valid_31(document):
    errors = [f"{e.json_path}: {e.message}" for e in validator("3").iter_errors(document)]
    assert errors == []


@pytest.fixture
def story(home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    section.save_revision().publish()
    author = AuthorFactory(name="Leyla Mammadova")
    return ArticlePageFactory(
        parent=section,
        title="Road to Kalbajar reopens",
        standfirst="The pass is clear after the first snow.",
        lead_image=ImageFactory(copyright_notice="© AFP 2026"),
        lead_image_caption="The pass above Kalbajar.",
        body=[
            ("paragraph", '<p>Workers <b>cleared</b> the <a href="https://x.org/a">road</a>.</p>'),
            ("subheading", "What next"),
            ("quote", {"quote": "We are home.", "attribution": "A resident"}),
        ],
        bylines=[
            (author, "reporter", "AFP"),
            (AuthorFactory(name="Elvin Aliyev"), "photographer", ""),
        ],
        places=["Kalbajar"],
        people=["Elnur Guliyev"],
        organisations=["Red Crescent"],
        topics=["Transport"],
        publish__at=minutes_ago(30),
    )


def test_published_story_exports_as_valid_ninjs_31(client, story):
    response = client.get(f"/api/ninjs/{story.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    doc = response.json()
    assert_valid_31(doc)
    assert doc["uri"] == f"urn:uuid:{story.translation_key}"
    assert doc["headlines"][0]["value"] == "Road to Kalbajar reopens"
    assert doc["descriptions"][0]["value"] == "The pass is clear after the first snow."
    body = doc["bodies"][0]
    assert body["contentType"] == "text/html"
    assert "<b>cleared</b>" in body["value"]
    assert "<h2>What next</h2>" in body["value"]
    assert "<cite>A resident</cite>" in body["value"]
    assert doc["by"] == "Leyla Mammadova (AFP) and Elvin Aliyev"
    assert doc["located"] == "Kalbajar"
    assert doc["pubStatus"] == "usable"
    assert [p["name"] for p in doc["places"]] == ["Kalbajar"]
    assert "uri" not in doc["places"][0]  # no external identifier known for this place yet
    Place.objects.filter(name="Kalbajar").update(
        external_id="http://www.wikidata.org/entity/Q1017497"
    )
    again = client.get(f"/api/ninjs/{story.pk}/").json()
    assert again["places"][0]["uri"] == "http://www.wikidata.org/entity/Q1017497"
    assert {(p["name"], p["rel"]) for p in doc["people"]} == {
        ("Leyla Mammadova", "reporter"),
        ("Elvin Aliyev", "photographer"),
        ("Elnur Guliyev", "about"),
    }
    assert [s["name"] for s in doc["subjects"]] == ["Transport"]
    picture = doc["associations"][0]
    assert picture["type"] == "picture"
    assert picture["by"] == "Jane Doe"
    assert picture["copyrightHolder"] == "AFP"
    assert picture["copyrightNotice"] == "© AFP 2026"
    assert picture["descriptions"][0] == {
        "role": "caption",
        "contentType": "text/plain",
        "value": "The pass above Kalbajar.",
    }
    original = picture["renditions"][0]
    assert original["href"].startswith("http://localhost/media/")
    assert (original["width"], original["height"], original["contentType"]) == (
        1600,
        1000,
        "image/jpeg",
    )
    assert picture["renditions"][1]["width"] == 1200
    published = dt.datetime.fromisoformat(doc["firstCreated"])
    assert abs(published - minutes_ago(30)) < dt.timedelta(minutes=1)


def test_drafts_and_embargoed_stories_are_not_exported(client, home):
    draft = ArticlePageFactory(publish=False)
    embargoed = ArticlePageFactory(publish=False)
    embargoed.go_live_at = timezone.now() + dt.timedelta(hours=3)
    embargoed.save_revision().publish()
    embargoed.refresh_from_db()
    assert not embargoed.live
    for page in (draft, embargoed):
        assert client.get(f"/api/ninjs/{page.pk}/").status_code == 404
    assert client.get("/api/ninjs/").json()["count"] == 0


def test_list_is_paginated_and_filters_by_section_and_since(client, home, settings):
    settings.NINJS_EXPORT_PAGE_SIZE = 2
    news = SectionPageFactory(parent=home, slug="news")
    sport = SectionPageFactory(parent=home, slug="sport")
    old = ArticlePageFactory(parent=news, publish__at=minutes_ago(600))
    new = [ArticlePageFactory(parent=news, publish__at=minutes_ago(m)) for m in (30, 20)]
    other = ArticlePageFactory(parent=sport, publish__at=minutes_ago(10))

    first = client.get("/api/ninjs/").json()
    assert first["count"] == 4
    assert len(first["results"]) == 2
    assert first["results"][0]["uri"] == f"urn:uuid:{other.translation_key}"
    second = client.get(first["next"]).json()
    assert [d["uri"] for d in second["results"]][-1] == f"urn:uuid:{old.translation_key}"
    for doc in first["results"] + second["results"]:
        assert_valid_31(doc)

    in_news = client.get("/api/ninjs/?section=news").json()
    assert in_news["count"] == 3
    since = (minutes_ago(60)).isoformat()
    recent = client.get("/api/ninjs/", {"section": "news", "since": since}).json()
    assert {d["uri"] for d in recent["results"]} == {f"urn:uuid:{p.translation_key}" for p in new}


@pytest.mark.parametrize(
    "query",
    ["since=yesterday", "since=2026-01-01T10:00:00", "page=abc", "page=99", "section=nowhere"],
)
def test_bad_list_parameters_are_a_400(client, home, query):
    ArticlePageFactory()
    response = client.get(f"/api/ninjs/?{query}")
    assert response.status_code == 400
    assert response.json()["error"]


def test_unknown_story_is_a_404(client, db):
    assert client.get("/api/ninjs/999999/").status_code == 404


def test_every_demo_story_exports_as_valid_ninjs_31(client, db):
    call_command("load_demo_desk", stdout=io.StringIO())
    docs = client.get("/api/ninjs/").json()
    assert docs["count"] == visible_articles().count() > 0
    assert len(docs["results"]) == min(docs["count"], 50)
    for doc in docs["results"]:
        assert_valid_31(doc)
        assert doc["headlines"][0]["value"]
        assert doc["bodies"][0]["value"].strip()


def _list_queries(client):
    client.get("/api/ninjs/")  # warm: renditions are made on the first export
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/ninjs/").status_code == 200
    return len(queries)


def test_list_query_count_stays_flat_as_stories_grow(client, home):
    section = SectionPageFactory(parent=home)

    def add(n):
        for _ in range(n):
            ArticlePageFactory(
                parent=section,
                lead_image=ImageFactory(),
                bylines=[AuthorFactory(), AuthorFactory()],
                places=["Kalbajar", "Lachin"],
                topics=["Weather"],
            )

    add(2)
    few = _list_queries(client)
    add(8)
    assert _list_queries(client) == few


def test_editors_token_reads_drafts_and_embargoed_revisions(client, home):
    from django.contrib.auth.models import Group
    from wagtail.models import APIToken

    from tests.factories import UserFactory

    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    _token, secret = APIToken.create_token(user=editor, name="archive")
    reader = UserFactory()
    _token, reader_secret = APIToken.create_token(user=reader, name="app")
    draft = ArticlePageFactory(title="Council budget leaked", publish=False)
    embargo = timezone.now() + dt.timedelta(hours=3)
    draft.go_live_at = embargo
    draft.save_revision()

    response = client.get(f"/api/ninjs/{draft.pk}/", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 200
    doc = response.json()
    assert_valid_31(doc)
    assert doc["headlines"][0]["value"] == "Council budget leaked"
    assert doc["pubStatus"] == "withheld"
    exported_embargo = dt.datetime.fromisoformat(doc["embargoedUntil"])
    assert abs(exported_embargo - embargo) < dt.timedelta(seconds=1)
    assert client.get(f"/api/ninjs/{draft.pk}/").status_code == 404
    headers = {"Authorization": f"Bearer {reader_secret}"}
    assert client.get(f"/api/ninjs/{draft.pk}/", headers=headers).status_code == 404
    headers = {"Authorization": "Bearer wrong"}
    assert client.get(f"/api/ninjs/{draft.pk}/", headers=headers).status_code == 401
