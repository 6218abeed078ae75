import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images import get_image_model

from articles.demo import stories as content
from articles.models import ArticlePage, Author, SectionPage

pytestmark = pytest.mark.django_db


def load():
    out = io.StringIO()
    call_command("load_demo_desk", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "sections": list(SectionPage.objects.values_list("slug", "live")),
        "authors": list(Author.objects.values_list("slug", "name")),
        "images": get_image_model().objects.count(),
        "stories": list(
            ArticlePage.objects.order_by("pk").values_list("slug", "live", "first_published_at")
        ),
        "revisions": sorted(p.revisions.count() for p in ArticlePage.objects.all()),
    }


def test_demo_desk_builds_a_newsroom_and_a_second_run_changes_nothing(client, home):
    output = load()
    assert "user 'admin'" in output and "password" in output
    first = snapshot()

    assert len(first["stories"]) == len(content.STORIES) >= 20
    assert all(live for _slug, live, _date in first["stories"])
    assert len(first["authors"]) == len(content.AUTHORS)
    assert {slug for slug, _ in first["sections"]} == {s[1] for s in content.SECTIONS}

    load()
    assert snapshot() == first

    html = client.get("/").content.decode()
    newest = max(content.STORIES, key=lambda story: story["published"])
    assert newest["headline"].replace("'", "&#x27;") in html
    story = ArticlePage.objects.get(slug=newest["slug"])
    page = client.get(story.url).content.decode()
    assert newest["dateline_place"].upper() in page
    assert 'rel="author"' in page
    assert '<span class="credit">' in page


def test_the_printed_logins_are_one_user_per_desk_role_and_they_work(client, home):
    output = load()
    logins = re.findall(r"^\s+(.+?)\s+user '([^']+)'\s+password '([^']+)'$", output, re.M)
    assert {group for group, _, _ in logins} == {
        "Reporters",
        "Editors",
        "Photo desk",
        "Administrators",
    }
    for group, username, password in logins:
        client.logout()
        response = client.post("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302, username
        assert client.get("/admin/").status_code == 200
        user = get_user_model().objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]


def test_demo_pictures_show_all_three_credit_forms(client, home):
    load()
    html = "".join(
        client.get(ArticlePage.objects.get(slug=story["slug"]).url).content.decode()
        for story in content.STORIES
    )
    assert "is licensed under" in html  # Creative Commons (TASL)
    assert "Photo: Rauf Aliyev / Highland Courier" in html  # staff
    assert "Photo: Kamran Jafarov / AFP" in html  # agency
    assert "Handout / Ministry of Defence" in html  # handout
    image = get_image_model().objects.get(title="Khudavang albanian monastery")
    assert image.creator == "Niyaz" and image.licence.label == "CC BY 2.0"


def test_demo_places_have_aliases_parents_and_coordinates(client, home):
    from articles.demo.loader import DemoDesk
    from entities.models import Place

    DemoDesk(log=lambda *a: None).load()
    DemoDesk(log=lambda *a: None).load()  # idempotent
    kalbajar = Place.objects.get(name="Kalbajar")
    assert sorted(a.name for a in kalbajar.aliases.all()) == ["Karvachar", "Kelbajar", "Kəlbəcər"]
    assert Place.objects.get(name="Soyudlu").parent == kalbajar
    assert Place.objects.filter(name__iexact="Soyudlu").count() == 1
    assert client.get("/places/karvachar/")["Location"] == "/places/kalbajar/"
    page = client.get("/places/kalbajar/").content.decode()
    assert '"GeoCoordinates"' in page


def test_a_demo_story_carries_a_correction_and_its_last_update(client, home):
    load()
    story = ArticlePage.objects.get(slug="istisu-road-reopens")
    html = client.get(story.url).content.decode()
    assert 'id="corrections"' in html and "It is 27 kilometres." in html
    assert "Last update" in html
    # The note is part of the story's revision, so the next edit keeps it.
    assert story.get_latest_revision_as_object().corrections.count() == 1
