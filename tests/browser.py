"""Real-browser tests: Debian's Chromium, headless, driven by Playwright against the live server."""

import os
import shutil

import pytest

CHROMIUM = "/usr/bin/chromium"

# CI installs Chromium and sets NEWSROOM_REQUIRE_BROWSER, so there these tests never skip.
needs_browser = pytest.mark.skipif(
    not shutil.which(CHROMIUM) and not os.environ.get("NEWSROOM_REQUIRE_BROWSER"),
    reason="needs Debian's chromium (apt-get install chromium)",
)
# The live server shares the test database; the roles and workflow made by migrations must
# survive the flush that follows a transactional test.
live_database = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def browser(monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # around it are still plain synchronous calls.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield browser
        browser.close()


def open_page(page, url):
    """Go to ``url`` and insist it answered: a failure names the status and where it ended up,
    rather than timing out later on a field that is not there."""
    response = page.goto(url)
    assert response is not None and response.ok, (url, response and response.status, page.url)
    return response


def log_in(browser, live_server, username, password="correct horse battery"):
    page = browser.new_page()
    # Generous: CI shares two cores between the live server, Chromium and the database.
    page.set_default_timeout(30_000)
    open_page(page, f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page
