"""The picture desk in a real browser (Chromium, headless): each role's powers over pictures,
credits read from the file at upload, polyglot uploads refused, originals kept from the public."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from wagtail.images import get_image_model

from tests.browser import live_database, log_in, needs_browser, open_page
from tests.factories import ImageFactory, SectionPageFactory, UserFactory
from tests.media_credits.test_originals import (
    assert_original,
    assert_public_size,
    credited_camera_picture,
    development_media,  # noqa: F401  (a fixture)
)

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


CREDITS = {
    "creator": "Niyaz Bakhshaliyev",
    "credit_line": "Baku photo club",
    "copyright_notice": "© 2026 Niyaz Bakhshaliyev",
    "title": "The Kalbajar bridge at dawn",
    "licence_url": "https://creativecommons.org/licenses/by/2.0/",
}


def camera_jpeg(**fields):
    """A JPEG as a photo agency sends it: credits in IPTC IIM and in XMP."""
    import io

    from PIL import Image

    from media_credits.embedded import embed_credits

    out = io.BytesIO()
    Image.new("RGB", (640, 400), "steelblue").save(out, "JPEG")
    return embed_credits(out.getvalue(), iptc=True, xmp=True, **fields)


def picture_file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def assert_credits_on_screen(page, prefix):
    field = lambda name: page.locator(f"[name='{prefix}{name}']")  # noqa: E731
    assert field("title").input_value() == "The Kalbajar bridge at dawn"
    assert field("creator").input_value() == "Niyaz Bakhshaliyev"
    assert field("credit_line").input_value() == "Baku photo club"
    assert field("copyright_notice").input_value() == "© 2026 Niyaz Bakhshaliyev"
    assert field("licence").locator("option:checked").inner_text() == "CC BY 2.0"


def test_the_photo_desk_sees_embedded_credits_after_a_single_upload(
    browser, live_server, home, desk, tmp_path
):
    page = log_in(browser, live_server, "photodesk")
    open_page(page, f"{live_server.url}/admin/images/add/")
    page.wait_for_selector("body.ready")  # the admin's scripts run: the file names the title
    page.set_input_files(
        "#id_file", picture_file(tmp_path, "kalbajar-bridge.jpg", camera_jpeg(**CREDITS))
    )
    page.fill("#id_alt_text", "A stone bridge over a river in morning light")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    try:
        page.wait_for_url(re.compile(r"/admin/images/\d+/$"))
    finally:
        page.screenshot(path="/tmp/pictures-single-upload.png", full_page=True)
    assert_credits_on_screen(page, "")


def test_a_picture_uploaded_with_no_title_takes_its_own(browser, live_server, home, desk, tmp_path):
    """Whether or not the page's script has copied the file name yet, the upload goes through
    and the picture is named by its embedded title."""
    page = log_in(browser, live_server, "photodesk")
    open_page(page, f"{live_server.url}/admin/images/add/")
    page.wait_for_selector("body.ready")
    page.set_input_files(
        "#id_file", picture_file(tmp_path, "kalbajar-bridge.jpg", camera_jpeg(**CREDITS))
    )
    page.fill("#id_title", "")
    page.fill("#id_alt_text", "A stone bridge over a river in morning light")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/admin/images/\d+/$"))
    assert_credits_on_screen(page, "")


def test_the_photo_desk_sees_embedded_credits_after_a_multiple_upload(
    browser, live_server, home, desk, tmp_path
):
    page = log_in(browser, live_server, "photodesk")
    open_page(page, f"{live_server.url}/admin/images/")
    page.get_by_role("link", name="Add an image").click()
    page.wait_for_url(f"{live_server.url}/admin/images/multiple/add/")
    page.set_input_files(
        "input[type=file]", picture_file(tmp_path, "kalbajar-bridge.jpg", camera_jpeg(**CREDITS))
    )
    form = page.locator("#upload-list form").first
    form.wait_for()
    page.screenshot(path="/tmp/pictures-multiple-upload.png", full_page=True)
    prefix = form.locator("[name$='-title']").get_attribute("name").removesuffix("title")
    assert_credits_on_screen(page, prefix)


HTML_PAYLOAD = b"<html><body><script>alert(document.cookie)</script></body></html>"


def test_a_jpeg_with_a_web_page_appended_is_refused(browser, live_server, home, desk, tmp_path):
    polyglot = picture_file(tmp_path, "bridge.jpg", camera_jpeg(**CREDITS) + HTML_PAYLOAD)
    page = log_in(browser, live_server, "photodesk")
    open_page(page, f"{live_server.url}/admin/images/add/")
    page.wait_for_selector("body.ready")  # the admin's scripts run: the file names the title
    page.set_input_files("#id_file", polyglot)
    page.fill("#id_alt_text", "A bridge")
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_selector("text=something else hidden after the picture")

    open_page(page, f"{live_server.url}/admin/images/multiple/add/")
    page.set_input_files("input[type=file]", polyglot)
    page.wait_for_selector("#upload-list >> text=something else hidden after the picture")
    page.screenshot(path="/tmp/pictures-polyglot.png", full_page=True)
    assert not get_image_model().objects.exists()


@pytest.mark.usefixtures("development_media")  # media served as `make run` serves them
def test_readers_get_credited_clean_sizes_and_only_staff_get_originals(
    browser, live_server, home, desk
):
    image = credited_camera_picture()
    rendition = image.get_rendition("width-400")

    reader = browser.new_page()
    served = reader.request.get(f"{live_server.url}{rendition.url}")
    assert served.status == 200
    assert_public_size(served.body())
    # The original's name is guessable from any rendition's. The live test server serves all of
    # MEDIA_ROOT itself (Django's _MediaFilesHandler, in front of the URLconf), so what
    # `make run` and nginx do with it is tested in test_originals.py.
    reader.goto(f"{live_server.url}/admin/images/{image.pk}/original/")
    assert "/admin/login/" in reader.url
    reader.close()

    page = log_in(browser, live_server, "photodesk")
    open_page(page, f"{live_server.url}/admin/images/{image.pk}/")
    page.screenshot(path="/tmp/pictures-original-link.png")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the original upload").click()
    assert_original(Path(download.value.path()).read_bytes())
