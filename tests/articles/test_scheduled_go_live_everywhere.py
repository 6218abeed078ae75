"""A scheduled story goes live everywhere at once, with the scheduler as its own process.

The web server keeps pages, pieces and lists of stories; the scheduler (``run_scheduler``) is a
separate process, so what it publishes must retire them through the cache both share. Run as
``make run`` runs it (runserver, DEBUG, the laptop's cache) and, on PostgreSQL, as production
does (gunicorn, Redis). A reader's browser waits for the story on the front page; every other
list, feed, sitemap and search, and the story's own URL, is polled over HTTP.
"""

import contextlib
import datetime as dt
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from django.db import connection
from django.utils import timezone

from public_site.sitemaps import sitemap_page_of
from tests.browser import live_database, needs_browser
from tests.conftest import REDIS_TEST_URL
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory
from tests.production_server import ROOT, _free_port, database_url, production_server

INTERVAL = 2  # the scheduler's, in seconds
AHEAD = 6  # how far ahead the story is scheduled: time to read every channel before
WORD = "Gyulistan"

pytestmark = [needs_browser, live_database]


def _url_of_test_database():
    db = connection.settings_dict
    if connection.vendor == "sqlite":  # a file in tests (newsroom/settings/test.py)
        return f"sqlite:///{db['NAME']}"
    return database_url(db)


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode()
    except (urllib.error.URLError, OSError):
        return ""


def _wait_until_serving(base):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/robots.txt", timeout=5)
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise AssertionError(f"{base} did not start")


@contextlib.contextmanager
def process(args, env, ready=None):
    """Run ``manage.py``-style ``args``; with ``ready``, wait until the output says it."""
    worker = subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    output = []
    reader = threading.Thread(target=lambda: output.extend(iter(worker.stdout.readline, b"")))
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while ready and not any(ready in line.decode() for line in output):
            assert worker.poll() is None and time.monotonic() < deadline, b"".join(output)
            time.sleep(0.1)
        yield worker
    finally:
        worker.terminate()
        worker.wait(timeout=15)
        reader.join()
        print(b"".join(output).decode()[-3000:])  # shown if the test fails


def scheduler(env):
    args = ["manage.py", "run_scheduler", "--interval", str(INTERVAL)]
    return process(args, env, ready="Scheduler: publishing")


@contextlib.contextmanager
def laptop_setup(tmp_path):
    """``make run``: runserver with DEBUG on, the scheduler beside it, no Redis."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "DEBUG": "1",
        "DATABASE_URL": _url_of_test_database(),
        "CACHE_DIR": str(tmp_path / "cache"),
    }
    env.pop("REDIS_URL", None)
    port = _free_port()
    with (
        process(["manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"], env),
        scheduler(env),
    ):
        base = f"http://127.0.0.1:{port}"
        _wait_until_serving(base)
        yield base


@contextlib.contextmanager
def production_setup(tmp_path):
    """gunicorn (two workers), PostgreSQL, Redis, and the scheduler as its own process."""
    if connection.vendor != "postgresql":
        pytest.skip("the production configuration runs on PostgreSQL")
    extra = {"REDIS_URL": REDIS_TEST_URL}
    subprocess.run(["redis-cli", "-u", extra["REDIS_URL"], "flushdb"], check=True)
    with production_server(_url_of_test_database(), tmp_path / "static", **extra) as base:
        env = {
            **os.environ,
            **extra,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
            "DATABASE_URL": _url_of_test_database(),
            "SECRET_KEY": "production-server-test-key-0123456789-abcdefghijklmnopqrstuvwxyz",
            "DEBUG": "0",
        }
        with scheduler(env):
            _wait_until_serving(base)
            yield base


def _channels(story, section, place_url):
    path = story.get_url_parts()[2]
    # {name: (URL, what shows the story there)}
    return {
        "section": (section.url, story.title),
        "place page": (place_url, story.title),
        "site RSS": ("/feed/", story.title),
        "section RSS": (section.url + "feed/", story.title),
        # The page of the sitemap that lists it, as a crawler finds it from the index.
        "page sitemap": (f"/sitemap-pages.xml?p={sitemap_page_of(story.pk)}", path),
        "news sitemap": ("/news-sitemap.xml", path),
        "search": (f"/search/?q={WORD}", path),
        "article URL": (path, story.standfirst),
    }


@pytest.mark.parametrize("setup", [laptop_setup, production_setup], ids=["laptop", "production"])
def test_a_scheduled_story_shows_everywhere_within_the_scheduler_interval(
    setup, browser, home, tmp_path
):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    ArticlePageFactory(parent=section, title="Earlier news", places=["Kalbajar"])
    story = ArticlePageFactory(
        parent=section,
        title=f"Apricot harvest begins in {WORD}",
        slug="apricot-harvest",
        standfirst="Orchards along the river are picked a week early.",
        bylines=[AuthorFactory()],
        places=["Kalbajar"],
        publish=False,
    )
    channels = _channels(story, section, story.places.get().get_absolute_url())

    with setup(tmp_path) as base:
        story.go_live_at = timezone.now() + dt.timedelta(seconds=AHEAD)
        story.save_revision().publish()  # as the editor's "Publish" with a go-live time does
        go_live = story.go_live_at.timestamp()
        reader = browser.new_page()
        # Every list read (and kept) before the story is live: nowhere yet.
        reader.goto(base + "/")
        assert story.title not in reader.content()
        for name, (url, needle) in channels.items():
            assert needle not in _get(base + url), name
        assert time.time() < go_live, "the setup took longer than AHEAD: raise it"

        shown_at = {}  # {channel: when the first request that showed the story was sent}
        give_up = go_live + INTERVAL + 15

        def poll(name, url, needle):
            while time.time() < give_up:
                asked = time.time()
                if needle in _get(base + url):
                    shown_at[name] = asked
                    return
                time.sleep(0.2)

        pollers = [threading.Thread(target=poll, args=(n, *c)) for n, c in channels.items()]
        for poller in pollers:
            poller.start()
        while time.time() < give_up:  # the reader reloads the front page
            asked = time.time()
            reader.goto(base + "/")
            if reader.get_by_role("link", name=story.title).count():
                shown_at["home (browser)"] = asked
                break
            time.sleep(0.2)
        for poller in pollers:
            poller.join()

    late = {
        name: f"{shown_at[name] - go_live:+.1f} s" if name in shown_at else "never"
        for name in ["home (browser)", *channels]
        if name not in shown_at or shown_at[name] - go_live > INTERVAL + 1
    }
    assert not late, f"not shown within {INTERVAL + 1} s of going live: {late}"
