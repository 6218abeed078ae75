"""When the database is unreachable, readers get a short 503 page (never a stack trace), and the
site recovers by itself when the database returns. A real outage: the production server in a
separate process, its PostgreSQL database closed to connections, then opened again."""

import time

import pytest
from django.db import connection

from tests.browser import live_database
from tests.factories import ArticlePageFactory, SectionPageFactory
from tests.production_server import (
    SERVER_APPLICATION_NAME,
    admin_sql,
    database_url,
    fetch,
    production_server,
)

pytestmark = live_database


@pytest.fixture
def server(home, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("closes a PostgreSQL database to connections")
    # Page cache off: a page already in it would (rightly) still be served during the outage;
    # this test is about pages that need the database.
    url = database_url(connection.settings_dict)
    with production_server(url, tmp_path, PAGE_CACHE_SECONDS="0") as base:
        yield base


def test_readers_get_a_short_503_while_the_database_is_down_then_the_site_recovers(server, home):
    story = ArticlePageFactory(parent=SectionPageFactory(parent=home), title="Harvest report")
    db = connection.settings_dict
    status, _headers, html = fetch(server + story.url)
    assert status == 200 and "Harvest report" in html

    admin_sql(db, f'ALTER DATABASE "{db["NAME"]}" ALLOW_CONNECTIONS false')
    try:
        # Only the server's connections: the test process's own (its live server's threads
        # included) must outlive the outage, or the tests after this one fail.
        admin_sql(
            db,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{db['NAME']}' AND application_name = '{SERVER_APPLICATION_NAME}'",
        )
        for url in (story.url, "/", "/feed/", "/search/?q=harvest"):
            status, headers, html = fetch(server + url)
            assert status == 503, (url, status)
            assert headers["Retry-After"] == "30"
            assert "Back in a moment" in html
            assert "Traceback" not in html and "OperationalError" not in html
    finally:
        admin_sql(db, f'ALTER DATABASE "{db["NAME"]}" ALLOW_CONNECTIONS true')

    deadline = time.monotonic() + 10
    while (status := fetch(server + story.url)[0]) != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert status == 200  # recovered by itself: no restart
