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


# What the browser saw go wrong in the current test; printed beside a failing browser test's
# traceback (a timeout alone does not say that an autosave answered 500).
TROUBLE: list[str] = []
WATCHED = []


def watch(page):
    """Note every POST and every failed response, script error and console error of ``page``."""

    def response(r):
        if r.status >= 400 or r.request.method == "POST":
            TROUBLE.append(f"{r.status} {r.request.method} {r.url}")

    page.add_init_script(EDITS_WATCHED)
    page.on("response", response)
    page.on("pageerror", lambda error: TROUBLE.append(f"script error: {error}"))
    page.on(
        "console",
        lambda message: message.type == "error" and TROUBLE.append(f"console: {message.text}"),
    )
    WATCHED.append(page)
    return page


# Wagtail's unsaved-changes watcher (and with it autosave) takes the form as it stands 2 s
# after load as its baseline, then announces it; typing before then is never noticed.
EDITS_WATCHED = """document.addEventListener("w-unsaved:watch-edits", () => {
    document.documentElement.dataset.editsWatched = "true";
});"""


def open_editor(page, url):
    """Open an admin edit (or create) form and wait, as a person reading it does, until the
    admin watches it for edits: what is typed from then on is autosaved."""
    response = open_page(page, url)
    wait_until_edits_are_watched(page)
    return response


def wait_until_edits_are_watched(page):
    page.wait_for_selector("html[data-edits-watched]", state="attached")


def where_pages_are():
    """Each open page's address and the admin's messages on it, for a failure report."""
    lines = []
    for page in WATCHED:
        if page.is_closed():
            continue
        try:
            shown = page.locator(".messages, .w-autosave-indicator, .help-critical")
            said = " | ".join(text.strip() for text in shown.all_inner_texts() if text.strip())
            lines.append(f"page at {page.url}: {said}")
        except Exception as error:  # a report must never hide the failure it reports
            lines.append(f"page at {page.url}: ({error})")
    return lines


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
    page = watch(browser.new_page())
    # Generous: CI shares two cores between the live server, Chromium and the database.
    page.set_default_timeout(30_000)
    open_page(page, f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return page
