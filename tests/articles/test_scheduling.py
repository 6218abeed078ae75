"""Scheduled publishing and embargoes: a story set to go live later is nowhere public until its
time, then the scheduler (``run_scheduler``, started by ``make run``) publishes it by itself."""

import datetime as dt
import os
import subprocess
import sys
import time

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from articles.models import ArticlePage
from tests.articles.test_admin_flow import article_form
from tests.channels import appearances, channels
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.fixture
def draft(home):
    return ArticlePageFactory(parent=SectionPageFactory(parent=home), publish=False)


def schedule(client, story, **times):
    """The editor publishes the story with a go-live (embargo) and/or expiry time."""
    data = article_form(
        bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]),
        **{
            name: timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
            for name, value in times.items()
        },
    )
    data["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/{story.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ArticlePage.objects.get(pk=story.pk)


def test_an_embargoed_story_is_nowhere_until_its_time_then_everywhere(client, editor, draft):
    embargo = (timezone.now() + dt.timedelta(hours=3)).replace(second=0, microsecond=0)
    story = schedule(client, draft, go_live_at=embargo)
    assert not story.live and story.go_live_at == embargo
    assert story.get_latest_revision().approved_go_live_at == embargo

    reader = Client()
    call_command("run_scheduler", "--once")  # not due yet: nothing happens
    assert appearances(reader, story, search_word="combine") == set()

    with time_machine.travel(embargo - dt.timedelta(minutes=1)):
        call_command("run_scheduler", "--once")
        assert appearances(reader, story, search_word="combine") == set()

    with time_machine.travel(embargo + dt.timedelta(seconds=20)):
        call_command("run_scheduler", "--once")
        story.refresh_from_db()
        assert story.live and story.first_published_at >= embargo
        assert appearances(reader, story, search_word="combine") == channels(story)


def test_a_story_can_be_taken_down_at_a_set_time(client, editor, draft):
    expiry = (timezone.now() + dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    story = schedule(client, draft, expire_at=expiry)
    assert story.live

    reader = Client()
    assert "article URL" in appearances(reader, story, search_word="combine")
    with time_machine.travel(expiry + dt.timedelta(seconds=20)):
        call_command("run_scheduler", "--once")
        assert appearances(reader, story, search_word="combine") == set()


def test_anonymous_readers_cannot_preview_a_scheduled_story(client, editor, draft):
    story = schedule(client, draft, go_live_at=timezone.now() + dt.timedelta(days=1))
    reader = Client()
    for url in (f"/admin/pages/{story.pk}/view_draft/", f"/admin/pages/{story.pk}/edit/preview/"):
        response = reader.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert reader.get(story.get_url_parts()[2]).status_code == 404
    # The editor can.
    assert story.title in client.get(f"/admin/pages/{story.pk}/view_draft/").content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_scheduler_process_publishes_a_story_when_it_falls_due(home):
    """The real worker, as `make run` starts it: a separate process on the same database."""
    story = ArticlePageFactory(parent=SectionPageFactory(parent=home), publish=False)
    story.go_live_at = timezone.now() + dt.timedelta(seconds=3)
    story.save_revision().publish()
    assert not ArticlePage.objects.get(pk=story.pk).live

    db = connection.settings_dict
    if connection.vendor == "sqlite":  # a file in tests (newsroom/settings/test.py)
        database_url = f"sqlite:///{db['NAME']}"
    else:
        database_url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
    }
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_scheduler", "--interval", "0.5"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not ArticlePage.objects.get(pk=story.pk).live:
            time.sleep(0.5)
    finally:
        worker.terminate()
        output = worker.communicate(timeout=10)[0].decode()
    assert ArticlePage.objects.get(pk=story.pk).live, output
    assert worker.returncode == 0, output  # SIGTERM stops it cleanly
