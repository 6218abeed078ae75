"""The embedded SQLite database under concurrent writers (`make run`: runserver's threads and the
scheduler): a request waits for another writer's transaction instead of failing with "database
is locked" (WAL, IMMEDIATE transactions, a busy timeout; newsroom/settings/base.py)."""

import contextlib
import sqlite3
import threading
import time

import pytest
from django.contrib.auth.models import Group
from django.db import connection

from tests.browser import live_database, log_in, needs_browser, open_page
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

# Longer than the 5 s sqlite3 waits by default, well under the 20 s the settings allow.
HOLD_SECONDS = 7

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")


@contextlib.contextmanager
def another_writer(seconds=HOLD_SECONDS):
    """Another process's write transaction (the scheduler's, say), held for ``seconds``."""
    started = threading.Event()

    def hold():
        other = sqlite3.connect(connection.settings_dict["NAME"], timeout=30, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE django_session SET expire_date = expire_date")
        started.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait()
    try:
        yield
    finally:
        thread.join()


@live_database
def test_the_settings_take_effect():
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 20_000
    assert connection.transaction_mode == "IMMEDIATE"


@live_database
def test_a_write_waits_for_another_writer_instead_of_failing(client, home):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    story = ArticlePageFactory(parent=SectionPageFactory(parent=home))
    connection.close()  # the request below opens its own connection, as a server thread does

    with another_writer():
        response = client.post(f"/admin/pages/{story.pk}/lock/")

    assert response.status_code == 302
    story.refresh_from_db()
    assert story.locked


@needs_browser
@live_database
def test_autosave_waits_for_the_scheduler_instead_of_failing(browser, live_server, home):
    reporter = UserFactory(username="reporter")
    reporter.groups.add(Group.objects.get(name="Reporters"))
    story = ArticlePageFactory(
        parent=SectionPageFactory(parent=home), owner=reporter, publish=False
    )
    page = log_in(browser, live_server, "reporter")
    open_page(page, f"{live_server.url}/admin/pages/{story.pk}/edit/")
    page.wait_for_timeout(2000)  # Wagtail watches the form for changes once it has settled

    with (
        another_writer(),
        page.expect_response(
            lambda r: r.request.method == "POST" and f"/pages/{story.pk}/edit/" in r.url,
            timeout=HOLD_SECONDS * 1000 + 20_000,
        ) as autosave,
    ):
        page.locator("#id_title").press_sequentially(" (typed while the scheduler ran)")
    assert autosave.value.status == 200, autosave.value.text()[:500]
    assert autosave.value.json()["success"] is True
    page.wait_for_timeout(1000)  # the rest of the typing, saved once the lock is gone
    latest = type(story).objects.get(pk=story.pk).get_latest_revision_as_object()
    assert "(typed while the scheduler ran)" in latest.title
    page.screenshot(path="/tmp/workflow-sqlite-autosave.png")
    assert not page.locator("#w-autosave-indicator [data-w-autosave-state-value=error]").count()
