"""Login throttling in a real browser: one editor's wrong passwords lock that editor (and say
until when), not the colleague at the next desk behind the same address."""

from django.contrib.auth.models import Group

from tests.browser import live_database, log_in, needs_browser, open_page
from tests.factories import UserFactory

pytestmark = [needs_browser, live_database]


def test_five_wrong_passwords_lock_that_editor_not_the_reporter_beside_them(
    browser, live_server, settings
):
    UserFactory(username="editor-a").groups.add(Group.objects.get(name="Editors"))
    UserFactory(username="reporter-b").groups.add(Group.objects.get(name="Reporters"))

    page = browser.new_page()
    page.set_default_timeout(30_000)
    for n in range(settings.AXES_FAILURE_LIMIT):
        open_page(page, f"{live_server.url}/admin/login/")
        page.fill("#id_username", "editor-a")
        page.fill("#id_password", f"wrong-{n}")
        with page.expect_navigation() as answer:
            page.click("button[type=submit]")
    locked = answer.value
    assert locked.status == 429
    assert int(locked.headers["retry-after"]) > 14 * 60
    page.wait_for_selector("h1:has-text('Too many failed logins')")
    assert "Try again at" in page.locator(".retry").inner_text()
    assert page.locator(".retry time").inner_text()  # the time, in the desk's time zone
    page.screenshot(path="/tmp/workflow-locked.png")
    page.close()

    colleague = log_in(browser, live_server, "reporter-b")  # same browser, same address
    assert colleague.url == f"{live_server.url}/admin/"
