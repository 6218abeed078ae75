"""Review actions in the production configuration (gunicorn, DEBUG off, PostgreSQL) with a real
browser, first with no EMAIL_HOST at all (the README's production setup), then with an SMTP
server that refuses connections: submit and approve answer normally, the story moves on, and the
editor is told that nobody was e-mailed."""

import socket

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group
from django.db import connection
from wagtail.models import WorkflowState

from articles.models import ArticlePage
from tests.browser import live_database, needs_browser, open_page
from tests.factories import PASSWORD, ArticlePageFactory, SectionPageFactory, UserFactory
from tests.production_server import database_url, production_server

pytestmark = [needs_browser, live_database]


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def member(username, group):
    """A user the production server can check the password of (tests hash with MD5 only)."""
    user = UserFactory(username=username, email=f"{username}@example.org")
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "productionsalt", iterations=1000)
    user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(browser, base, username):
    page = browser.new_page()
    page.set_default_timeout(30_000)
    open_page(page, f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    return page


def action(page, name):
    """Click a workflow action in the editor's footer menu; the answer the browser got."""
    page.get_by_role("button", name="More actions").click()
    with page.expect_navigation() as answer:
        page.get_by_role("button", name=name, exact=True).click()
    return answer.value


@pytest.fixture(params=["no EMAIL_HOST", "SMTP refuses"])
def server(request, home, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the production configuration runs on PostgreSQL")
    mail = {} if request.param == "no EMAIL_HOST" else {
        "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(closed_port()), "EMAIL_TIMEOUT": "3",
    }  # fmt: skip
    url = database_url(connection.settings_dict)
    env = {"SECURE_COOKIES": "0", "PAGE_CACHE_SECONDS": "0", **mail}
    with production_server(url, tmp_path, **env) as base:
        yield base


def test_submit_and_approve_answer_normally_whatever_mail_does(browser, server, home):
    section = SectionPageFactory(parent=home)
    reporter = member("reporter", "Reporters")
    member("editor", "Editors")
    story = ArticlePageFactory(parent=section, owner=reporter, title="Snow closes the pass")

    page = sign_in(browser, server, "reporter")
    open_page(page, f"{server}/admin/pages/{story.pk}/edit/")
    answer = action(page, "Submit to Desk review")
    assert answer.status < 400, answer.status
    page.wait_for_selector("text=has been submitted for moderation")
    assert page.locator(".messages .warning, .messages [class*=warning]").first.inner_text()
    assert "No e-mail was sent" in page.locator(".messages").inner_text()
    page.close()
    state = WorkflowState.objects.get(object_id=str(story.pk))
    assert state.status == "in_progress"

    page = sign_in(browser, server, "editor")
    open_page(page, f"{server}/admin/pages/{story.pk}/edit/")
    answer = action(page, "Approve and Publish")
    assert answer.status < 400, answer.status
    page.wait_for_selector(".messages")
    assert "No e-mail was sent" in page.locator(".messages").inner_text()
    page.screenshot(path="/tmp/workflow-mail-warning.png")
    assert ArticlePage.objects.get(pk=story.pk).live
