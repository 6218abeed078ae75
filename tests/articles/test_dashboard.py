"""The editorial dashboard on the admin home page, as reporters and editors see it."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Workflow

from articles.models import Correction
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def member(role):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=role))
    return user


def panel(client, user, panel_id):
    """{story title: (time cell's datetime, note)} in the dashboard panel, as ``user`` sees it."""
    client.force_login(user)
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    section = soup.find(id=f"{panel_id}-content")
    assert section is not None, f"no panel {panel_id}"
    rows = {}
    for row in section.find_all("tr")[1:]:
        cells = row.find_all("td")
        time = cells[1].find("time") if len(cells) > 1 else None
        rows[cells[0].get_text(strip=True)] = (
            time["datetime"] if time else None,
            cells[-1].get_text(strip=True),  # the note
        )
    return rows


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home)


def test_reporters_see_their_own_drafts(client, section):
    reporter, colleague = member("Reporters"), member("Reporters")
    ArticlePageFactory(parent=section, title="Mine", owner=reporter, publish=False)
    ArticlePageFactory(parent=section, title="Theirs", owner=colleague, publish=False)
    ArticlePageFactory(parent=section, title="Mine and live", owner=reporter)
    taken_down = ArticlePageFactory(parent=section, title="Mine, unpublished", owner=reporter)
    taken_down.unpublish()

    assert set(panel(client, reporter, "desk-my-drafts")) == {"Mine"}
    html = client.get("/admin/").content.decode()
    assert "My drafts" in html and "Delete “Mine”" in html


def test_editors_see_what_awaits_their_review(client, section):
    reporter, editor = member("Reporters"), member("Editors")
    story = ArticlePageFactory(parent=section, title="For review", owner=reporter, publish=False)
    Workflow.objects.get(name="Desk review").start(story, reporter)

    client.force_login(editor)
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    awaiting = soup.find(id="awaiting-review-content")
    assert awaiting is not None and "For review" in awaiting.get_text()


def test_scheduled_and_embargoed_stories_show_their_go_live_times(client, section):
    editor = member("Editors")
    go_live = timezone.now().replace(microsecond=0) + dt.timedelta(hours=5)
    story = ArticlePageFactory(parent=section, title="Under embargo", publish=False)
    story.go_live_at = go_live
    story.save_revision().publish()
    ArticlePageFactory(parent=section, title="Already out")

    rows = panel(client, editor, "desk-scheduled")
    assert set(rows) == {"Under embargo"}
    assert rows["Under embargo"][0] == timezone.localtime(go_live).isoformat()
    assert rows["Under embargo"][0].endswith("+04:00")


def test_recently_published_newest_first(client, section):
    editor = member("Editors")
    for minutes, title in [(30, "Older"), (5, "Newer")]:
        ArticlePageFactory(
            parent=section, title=title, publish__at=timezone.now() - dt.timedelta(minutes=minutes)
        )
    ArticlePageFactory(parent=section, title="Draft", publish=False)

    assert list(panel(client, editor, "desk-recently-published")) == ["Newer", "Older"]


def test_corrections_of_the_last_seven_days(client, section):
    editor = member("Editors")
    story = ArticlePageFactory(parent=section, title="Corrected")
    now = timezone.now()
    Correction.objects.create(
        article=story,
        kind="correction",
        text="Fixed the date.",
        noted_at=now - dt.timedelta(days=2),
    )
    Correction.objects.create(
        article=story, kind="update", text="Too old.", noted_at=now - dt.timedelta(days=8)
    )

    rows = panel(client, editor, "desk-recent-corrections")
    assert rows == {
        "Corrected": (
            timezone.localtime(now - dt.timedelta(days=2)).isoformat(timespec="seconds"),
            "Correction: Fixed the date.",
        )
    }
