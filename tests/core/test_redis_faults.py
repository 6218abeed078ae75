"""Redis is an optimisation: refused, hung or back after an outage, readers and editors are
served, and nothing Redis kept from before an outage outlives a change made during it.

A real Redis server of the test's own (so it can be stopped, frozen and restarted), as the
production cache backend uses it."""

import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.core.cache import caches
from django.test import Client

from core import redis_cache
from tests.factories import ArticlePageFactory, SectionPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    def __init__(self, tmp_path):
        self.port = free_port()
        self.dir = tmp_path
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--dir", str(self.dir)],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def freeze(self):  # accepts connections (the kernel does), answers nothing
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self):
        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.thaw()
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path, settings):
    server = RedisServer(tmp_path)
    server.start()
    settings.CACHES = {
        "default": {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": server.url}
    }
    settings.PAGE_CACHE_SECONDS = 60
    yield server
    server.stop()
    redis_cache._health.pop(server.url, None)
    caches["default"].close()


@pytest.fixture
def no_retry_pause(monkeypatch):
    # Each request tries Redis again at once (normally after 2 s), so every request below
    # meets the fault rather than the memory of it.
    monkeypatch.setattr(redis_cache, "RETRY_SECONDS", 0)


def served(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode()


def reader_pages(story):
    return ["/", story.get_parent().url, story.url, "/feed/", "/sitemap.xml", "/admin/login/"]


@pytest.fixture
def story(home):
    return ArticlePageFactory(parent=SectionPageFactory(parent=home), title="Ferry to Nargin")


def test_with_redis_refusing_connections_every_page_is_served(redis_server, story, no_retry_pause):
    redis_server.stop()
    reader = Client()
    for url in reader_pages(story):
        status, html = served(reader, url)
        assert status == 200, url
    assert "Ferry to Nargin" in served(reader, "/")[1]


def test_with_redis_hung_every_page_is_served(redis_server, story):
    redis_server.freeze()
    try:
        reader = Client()
        for url in reader_pages(story):
            assert served(reader, url)[0] == 200, url
    finally:
        redis_server.thaw()


def test_an_editor_logs_in_and_publishes_while_redis_is_down(redis_server, story, home, admin_user):
    redis_server.stop()
    editor = Client()
    response = editor.post(
        "/admin/login/", {"username": admin_user.username, "password": "password"}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert editor.get("/admin/").status_code == 200
    story.title = "Ferry to Nargin cancelled"
    story.save_revision(user=admin_user).publish()
    assert "Ferry to Nargin cancelled" in served(Client(), "/")[1]


def test_a_change_made_while_redis_was_unreachable_is_not_hidden_when_it_returns(
    redis_server, story, admin_user
):
    reader = Client()
    assert "Ferry to Nargin" in served(reader, "/")[1]
    assert served(reader, "/")[1]  # now kept in Redis

    redis_server.freeze()  # the generation bump of the change below never reaches Redis
    try:
        story.title = "Ferry to Nargin cancelled"
        story.save_revision(user=admin_user).publish()
    finally:
        redis_server.thaw()  # back, with the home page as it was before the change

    time.sleep(redis_cache.RETRY_SECONDS + 0.1)
    for url in ("/", story.get_parent().url, "/feed/"):
        assert "Ferry to Nargin cancelled" in served(reader, url)[1], url


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_production_server_serves_everything_with_redis_refusing(story, tmp_path):
    """gunicorn, DEBUG off, on PostgreSQL, with REDIS_URL naming a Redis that is not there:
    pages, static files and the admin login answer as usual."""
    from django.db import connection

    from tests.production_server import database_url, fetch, production_server

    if connection.vendor != "postgresql":
        pytest.skip("the production configuration runs on PostgreSQL")
    nowhere = f"redis://127.0.0.1:{free_port()}/0"
    with production_server(
        database_url(connection.settings_dict), tmp_path, REDIS_URL=nowhere
    ) as base:
        for url in [*reader_pages(story), "/static/articles/headline_length.js"]:
            status, _headers, _body = fetch(base + url)
            assert status == 200, url
        assert "Ferry to Nargin" in fetch(base + "/")[2]
