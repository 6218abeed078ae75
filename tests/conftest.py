import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

import pytest
from django.core.cache import cache, caches

from tests import browser as browser_tests
from tests.browser import browser  # noqa: F401  (the real-browser fixture, for every test)
from tests.factories import HomePageFactory

# Another database number (TEST_REDIS_URL) lets two checkouts run their suites side by side.
REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12")


@pytest.fixture(autouse=True)
def _clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def redis_cache(settings):
    """The cache in Redis, as in production (database 12 unless TEST_REDIS_URL says otherwise,
    emptied before and after)."""
    settings.CACHES = {
        "default": {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": REDIS_TEST_URL}
    }
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


@pytest.fixture
def home(db):
    return HomePageFactory()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing browser test reports what the browser saw: failed requests, script errors and
    where each page stood (CI keeps only the output)."""
    report = yield
    if call.when == "setup":
        browser_tests.TROUBLE.clear()
        browser_tests.WATCHED.clear()
    elif report.failed and (browser_tests.TROUBLE or browser_tests.WATCHED):
        seen = browser_tests.where_pages_are() + browser_tests.TROUBLE[-40:]
        report.sections.append(("what the browser saw", "\n".join(seen)))
    return report


@pytest.fixture
def proxy(settings):
    """A stand-in CDN (Wagtail's frontend cache, HTTP backend) that records the paths of the
    PURGE requests it receives."""
    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A short poll: shutdown() waits for the loop to notice (half a second by default).
    Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield purged
    server.shutdown()
    server.server_close()
