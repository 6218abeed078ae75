"""The picture desk in a real browser (Chromium, headless): each role's powers over pictures,
credits read from the file at upload, polyglot uploads refused, originals kept from the public."""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.images import get_image_model

from tests.browser import live_database, log_in, needs_browser, open_page
from tests.factories import ImageFactory, SectionPageFactory, UserFactory

pytestmark = [needs_browser, live_database]

ROLES = {
    "reporter": "Reporters",
    "editor": "Editors",
    "photodesk": "Photo desk",
    "administrator": "Administrators",
}


@pytest.fixture
def desk(db):
    """One user per role; returns {username: user}."""
    users = {}
    for username, group in ROLES.items():
        users[username] = UserFactory(username=username)
        users[username].groups.add(Group.objects.get(name=group))
    return users


def delete_link(page):
    """The edit page's Delete link, in the header's Actions menu (opened if there is one)."""
    actions = page.locator("header button[aria-label=Actions]")
    if actions.count():
        actions.first.click()
        page.wait_for_timeout(300)
    return page.get_by_role("link", name=re.compile("^Delete"))


def delete_by_hand(page, live_server, picture):
    """POST to the delete view from the signed-in browser, as a crafted form would."""
    return page.evaluate(
        """async (url) => {
            const token = document.querySelector("input[name=csrfmiddlewaretoken]").value;
            const body = new URLSearchParams({csrfmiddlewaretoken: token});
            await fetch(url, {method: "POST", body, redirect: "manual"});
        }""",
        f"{live_server.url}/admin/images/{picture.pk}/delete/",
    )


@pytest.mark.parametrize("username", ["reporter", "editor", "photodesk", "administrator"])
def test_every_role_opens_the_image_library(browser, live_server, home, desk, username):
    # A reporter's library lists their own uploads; the others' lists every picture.
    ImageFactory(title="Kalbajar bridge", uploaded_by_user=desk["reporter"])
    page = log_in(browser, live_server, username)
    page.locator("nav a[href='/admin/images/']").click()  # the sidebar's Images
    page.wait_for_url(f"{live_server.url}/admin/images/")
    assert "do not have permission" not in page.content()
    assert page.get_by_role("link", name="Add an image").count()
    assert page.locator("text=Kalbajar bridge").count()


def test_a_reporter_uploads_from_the_article_editor(browser, live_server, home, desk):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    page = log_in(browser, live_server, "reporter")
    open_page(page, f"{live_server.url}/admin/pages/add/articles/articlepage/{section.pk}/")
    page.get_by_role("button", name="Choose an image").click()
    modal = page.locator(".modal")
    modal.get_by_role("tab", name="Upload").click()
    assert modal.locator("input[type=file]").count() == 1


@pytest.mark.parametrize("username", ["editor", "photodesk", "reporter"])
def test_only_administrators_delete_pictures(browser, live_server, home, desk, username):
    picture = ImageFactory(title="Kalbajar bridge", uploaded_by_user=desk[username])
    page = log_in(browser, live_server, username)
    open_page(page, f"{live_server.url}/admin/images/")
    page.get_by_role("link", name="Kalbajar bridge").first.click()
    page.wait_for_selector("#id_title")
    assert delete_link(page).count() == 0
    delete_by_hand(page, live_server, picture)
    assert get_image_model().objects.filter(pk=picture.pk).exists()


def test_an_administrator_deletes_a_picture_after_confirming(browser, live_server, home, desk):
    picture = ImageFactory(title="Kalbajar bridge")
    page = log_in(browser, live_server, "administrator")
    open_page(page, f"{live_server.url}/admin/images/{picture.pk}/")
    delete_link(page).click()
    page.wait_for_selector("text=Are you sure you want to delete this image?")
    assert get_image_model().objects.filter(pk=picture.pk).exists()
    page.get_by_role("button", name="Yes, delete").click()
    page.wait_for_selector("text=Image 'Kalbajar bridge' deleted.")
    assert not get_image_model().objects.filter(pk=picture.pk).exists()
