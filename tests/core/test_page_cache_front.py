"""The WSGI front of the page cache (``newsroom/wsgi.py``): hits answered before Django is
entered, exactly as the page cache would answer them, and nothing else."""

import contextlib
import io

import pytest
import redis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from core.page_cache import CachedPagesFirst
from tests.conftest import REDIS_TEST_URL
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


class CountingDjango:
    """Django's WSGI application, counting the requests that reach it."""

    def __init__(self):
        self.django, self.calls = WSGIHandler(), 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.django(environ, start_response)


@contextlib.contextmanager
def same_connection():
    # As Django's test client does: a request must not close the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def call(app, path, method="GET", query="", **headers):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": io.StringIO(), **headers,
    }  # fmt: skip
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=int(status.split()[0]), headers=dict(headers))

    with same_connection():
        body = app(environ, start_response)
        try:
            content = b"".join(body)
        finally:
            if hasattr(body, "close"):
                body.close()
    return answer["status"], answer["headers"], content


@pytest.fixture
def site(home, settings):
    settings.PAGE_CACHE_SECONDS = 60
    section = SectionPageFactory(parent=home, slug="region")
    story = ArticlePageFactory(parent=section, title="Dam opens on the Tartar")
    django = CountingDjango()
    return {"section": section, "story": story, "django": django, "app": CachedPagesFirst(django)}


def test_a_hit_is_answered_without_entering_django(site):
    app, django = site["app"], site["django"]
    status, headers, first = call(app, "/")
    assert (status, headers["X-Cache"], django.calls) == (200, "MISS", 1)
    status, headers, second = call(app, "/")
    assert (status, headers["X-Cache"], django.calls) == (200, "HIT", 1)
    assert second == first and b"Dam opens on the Tartar" in second
    # The security headers stored with the page come with it.
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in headers


def test_a_publish_is_seen_at_once(site):
    app = site["app"]
    call(app, "/")
    ArticlePageFactory(parent=site["section"], title="Ferry resumes on the Araz")
    status, headers, body = call(app, "/")
    assert headers["X-Cache"] == "MISS" and b"Ferry resumes on the Araz" in body


def test_head_gets_the_headers_alone(site):
    app = site["app"]
    call(app, "/")
    status, headers, body = call(app, "/", method="HEAD")
    assert (status, headers["X-Cache"], body) == (200, "HIT", b"")


def test_signed_in_editors_go_through_django_and_are_never_served_a_cached_page(site, client):
    app, django = site["app"], site["django"]
    call(app, "/")
    client.force_login(UserFactory(is_superuser=True))
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    status, headers, body = call(app, "/", HTTP_COOKIE=cookie)
    assert django.calls == 2 and "X-Cache" not in headers
    assert "private" in headers["Cache-Control"]


def test_plain_http_is_redirected_where_https_is_required(site, settings):
    settings.SECURE_SSL_REDIRECT = True
    app = CachedPagesFirst(CountingDjango())  # Django reads the setting as it starts
    https = {"wsgi.url_scheme": "https"}
    call(app, "/", **https)
    assert call(app, "/", **https)[1]["X-Cache"] == "HIT"
    status, headers, _ = call(app, "/")
    assert status == 301 and headers["Location"] == "https://testserver/"
    assert "X-Cache" not in headers


def test_a_feed_reader_asking_whether_it_changed_gets_a_304_from_the_cache(site):
    app, django = site["app"], site["django"]
    _, headers, _ = call(app, "/feed/")
    _, headers, _ = call(app, "/feed/")
    assert headers["X-Cache"] == "HIT"
    status, headers, body = call(app, "/feed/", HTTP_IF_NONE_MATCH=headers["ETag"])
    assert status == 304 and body == b"" and django.calls == 2  # through Django, from the cache


def test_odd_paths_and_queries_go_through_django(site):
    app, django = site["app"], site["django"]
    for path, query in [("/search/", "q=<b>"), ("/search/", "q=çay"), ("/places/çay/", "")]:
        calls = django.calls
        call(app, path, query=query)
        call(app, path, query=query)
        assert django.calls == calls + 2, (path, query)


def test_nothing_served_from_memory_outlives_an_emptied_cache(site):
    """Each process keeps the pages it served lately; emptying (or restarting) Redis must still
    retire them, even for a change that sent no signal."""
    from django.core.cache import cache

    from articles.models import ArticlePage

    app = site["app"]
    for expected in ("MISS", "HIT", "HIT"):
        assert call(app, "/")[1]["X-Cache"] == expected
    ArticlePage.objects.filter(pk=site["story"].pk).update(title="Dam opening delayed")
    assert b"Dam opens on the Tartar" in call(app, "/")[2]  # no signal: still the kept page
    cache.clear()
    status, headers, body = call(app, "/")
    assert headers["X-Cache"] == "MISS" and b"Dam opening delayed" in body


def test_a_page_kept_in_memory_expires_with_the_page_cache(site, settings):
    import time

    from articles.models import ArticlePage

    settings.PAGE_CACHE_SECONDS = 1
    settings.FRAGMENT_CACHE_SECONDS = 0  # the page made again shows the database as it is
    app = site["app"]
    for expected in ("MISS", "HIT", "HIT"):
        assert call(app, "/")[1]["X-Cache"] == expected
    ArticlePage.objects.filter(pk=site["story"].pk).update(title="Dam opening delayed")
    time.sleep(1.2)
    status, headers, body = call(app, "/")
    assert headers["X-Cache"] == "MISS" and b"Dam opening delayed" in body


def test_a_miss_asks_redis_no_more_through_the_front_than_without_it(site, redis_cache):
    """The front and the middleware share one lookup: a page the front could not answer costs
    the same round trips to Redis as the same page asked of Django alone."""
    server = redis.Redis.from_url(REDIS_TEST_URL)

    def commands_for(app):
        redis_cache.clear()  # both cold: every piece rendered, every version started
        before = server.info("stats")["total_commands_processed"]
        status, headers, _body = call(app, "/region/")
        assert (status, headers["X-Cache"]) == (200, "MISS")
        return server.info("stats")["total_commands_processed"] - before

    assert commands_for(site["app"]) == commands_for(site["django"])
