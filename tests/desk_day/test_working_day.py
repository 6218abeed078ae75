"""A working day of the desk, in Chromium, against the production configuration: gunicorn with
``newsroom/gunicorn.conf.py``, DEBUG off, no mail configured, PostgreSQL, Redis and the scheduler
beside it, all started here from the README's commands. Each person has their own browser; an
anonymous reader checks the public site after each step. The tests run in order and share the day.
"""

import datetime as dt
import re
import subprocess
import urllib.parse
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from tests.desk_day.desk_ui import (
    CHROMIUM_ARGS,
    action_names,
    add_paragraph,
    choose_author,
    choose_tag,
    header_actions,
    log_in,
    more_actions,
    open_editor,
    open_page,
    type_and_wait_for_autosave,
    type_at_end,
    upload_lead_picture,
    wait_until,
)
from tests.desk_day.production_desk import SCHEDULER_INTERVAL, production_desk
from tests.production_server import fetch

HEADLINE = "New bridge over the Tartar reconnects Kalbajar's upper villages"
STANDFIRST = "Lorries can reach Zar and Istisu again after a three-year detour."
REVISED = " The bridge cost 4.2 million manat."
COMMENT = "Please add what the bridge cost and who paid for it."
PICTURE_TITLE = "The new Tartar bridge at Kalbajar"
PICTURE_CREATOR = "Niyaz Bakhishov"
SCHEDULED = "Istisu mineral baths reopen to visitors for the winter season"
DESK_ZONE = ZoneInfo("Asia/Baku")
LOGINS = {
    "reporter": "newsroom-reporter",
    "editor": "newsroom-editor",
    "photodesk": "newsroom-photodesk",
    "administrator": "newsroom-administrator",
}

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the production set-up runs on PostgreSQL"
    ),
]


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    with production_desk(tmp_path_factory.mktemp("desk-day")) as desk:
        yield desk


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def day():
    """What one step of the day leaves for the next."""
    return {}


@pytest.fixture(scope="module")
def reporter_picture(tmp_path_factory):
    """A JPEG as a photographer's software writes it: IPTC IIM and XMP credits, GPS, a serial."""
    from PIL import Image, ImageDraw

    path = tmp_path_factory.mktemp("pictures") / "kalbajar-bridge.jpg"
    picture = Image.new("RGB", (1600, 1000), (96, 120, 84))
    draw = ImageDraw.Draw(picture)
    for x in range(0, 1600, 40):
        draw.line((x, 0, 1600 - x, 1000), fill=(x % 255, 110, 150), width=7)
    picture.save(path, quality=88)
    subprocess.run(
        [
            "exiftool", "-q", "-overwrite_original", "-charset", "iptc=UTF8",
            f"-IPTC:ObjectName={PICTURE_TITLE}", f"-XMP-dc:Title={PICTURE_TITLE}",
            f"-IPTC:By-line={PICTURE_CREATOR}", f"-XMP-dc:Creator={PICTURE_CREATOR}",
            "-IPTC:Credit=Highland Courier", "-XMP-photoshop:Credit=Highland Courier",
            "-IPTC:CopyrightNotice=© 2026 Niyaz Bakhishov", "-XMP-dc:Rights=© 2026 Niyaz Bakhishov",
            "-XMP-xmpRights:WebStatement=https://creativecommons.org/licenses/by/2.0/",
            "-XMP-dc:Description=Lorries cross the new bridge over the Tartar river",
            "-GPSLatitude=40.10", "-GPSLatitudeRef=N", "-GPSLongitude=46.03",
            "-GPSLongitudeRef=E", "-SerialNumber=SN-4471",
            str(path),
        ],
        check=True,
    )  # fmt: skip
    return path


def reader(desk, path):
    """An anonymous reader's (or feed reader's) view of ``path``: status and text."""
    status, _headers, body = fetch(desk.url + path, timeout=120)
    return status, body


def story_path(desk, title):
    rows = desk.sql("SELECT url_path FROM wagtailcore_page WHERE title = %s", title)
    assert len(rows) == 1, rows  # one story: a save racing the first autosave made no second
    return rows[0][0].removeprefix("/home")


def section_id(desk, slug):
    return desk.sql("SELECT id FROM wagtailcore_page WHERE slug = %s AND depth = 3", slug)[0][0]


def add_story_url(desk, section="region"):
    """Where *Add child page → Article* under a section leads."""
    return f"{desk.url}/admin/pages/add/articles/articlepage/{section_id(desk, section)}/"


def public_channels(desk, title, path):
    """The reader's channels that show the story."""
    word = "Tartar"
    shown = {}
    for name, url in {
        "home": "/",
        "section": "/region/",
        "place page": "/places/kalbajar/",
        "RSS": "/feed/",
        "search": f"/search/?q={word}",
        "story URL": path,
    }.items():
        status, body = reader(desk, url)
        shown[name] = status == 200 and (title in body or urllib.parse.quote(path) in body)
    return shown


def test_reporter_writes_a_story_with_autosave_running_and_submits_it(
    desk, chromium, day, reporter_picture
):
    page = log_in(chromium, desk.url, "reporter", LOGINS["reporter"])
    open_editor(page, add_story_url(desk))
    page.fill("#id_title", HEADLINE)
    page.press("#id_title", "Tab")
    page.fill("#id_standfirst", STANDFIRST)
    page.fill("#id_dateline_place", "Kalbajar")
    page.fill("#id_dateline_date", "2026-12-02")
    page.keyboard.press("Escape")
    choose_author(page, 0, "Leyla Mammadova")
    add_paragraph(page, "The steel bridge over the Tartar river opened on Tuesday.")
    upload_lead_picture(page, reporter_picture, "Lorries on a new steel bridge over a river")
    assert PICTURE_TITLE in page.locator("#id_lead_image-title").inner_text()
    choose_tag(page, "places", "Kalb", "Kalbajar")
    choose_tag(page, "organisations", "Kalbajar Dist", "Kalbajar District Administration")

    # Autosave runs twice while the reporter keeps typing; neither blocks what follows.
    type_and_wait_for_autosave(page, "#id_standfirst", " The detour took three hours.")
    type_and_wait_for_autosave(page, "#id_standfirst", " Now it takes twenty minutes.")
    page.screenshot(path=str(desk.media_root.parent / "reporter-story.png"))

    assert "Publish" not in action_names(page)  # a reporter cannot publish
    more_actions(page, "Submit to Desk review")
    page.wait_for_selector(".messages")
    assert "submitted" in page.locator(".messages").inner_text().lower()

    # The picture's embedded credits are on its record, shown to the reporter who uploaded it.
    rows = desk.sql(
        "SELECT id, creator, credit_line FROM media_credits_creditedimage WHERE title = %s",
        PICTURE_TITLE,
    )
    assert rows, "the picture's own title, not its file name, names it"
    picture_id = rows[0][0]
    open_page(page, f"{desk.url}/admin/images/{picture_id}/")
    assert page.input_value("[name=creator]") == PICTURE_CREATOR
    assert page.input_value("[name=credit_line]") == "Highland Courier"
    day["picture_id"] = picture_id
    page.context.close()

    path = story_path(desk, HEADLINE)
    day["path"] = path
    assert not any(public_channels(desk, HEADLINE, path).values())  # in review: nowhere public
    assert desk.sql("SELECT count(*) FROM entities_organisation WHERE name = 'Kalbajar Dist'") == [
        (0,)
    ]


def test_editor_requests_changes_and_the_reporter_sees_who_and_why(desk, chromium, day):
    assert "path" in day, "follows the reporter's submission"
    editor = log_in(chromium, desk.url, "editor", LOGINS["editor"])
    editor.locator("#awaiting-review-content").get_by_role("link", name=HEADLINE).click()
    editor.wait_for_selector("#id_title")
    more_actions(editor, "Request changes")
    dialog = editor.locator(".modal:visible")
    dialog.locator("textarea[name=comment]").fill(COMMENT)
    dialog.get_by_role("button", name="Request changes").click()
    editor.wait_for_selector(".messages")
    assert "changes requested" in editor.locator(".messages").inner_text().lower()
    editor.context.close()

    page = log_in(chromium, desk.url, "reporter", LOGINS["reporter"])
    story_id = desk.sql("SELECT id FROM wagtailcore_page WHERE title = %s", HEADLINE)[0][0]
    open_editor(page, f"{desk.url}/admin/pages/{story_id}/edit/")
    top = page.locator("main").inner_text()
    assert COMMENT in top and "Aysel Karimli" in top
    page.screenshot(path=str(desk.media_root.parent / "reporter-sees-comment.png"))
    # The revision is autosaved like any other edit, then resubmitted.
    type_and_wait_for_autosave(page, "#id_standfirst", REVISED)
    more_actions(page, "Resubmit to Editor review")
    page.wait_for_selector(".messages")
    assert "saved a newer version" not in page.content()
    page.context.close()
    day["story_id"] = story_id


def test_editor_approves_and_readers_find_the_story_everywhere(desk, chromium, day):
    assert "story_id" in day
    editor = log_in(chromium, desk.url, "editor", LOGINS["editor"])
    editor.locator("#awaiting-review-content").get_by_role("link", name=HEADLINE).click()
    editor.wait_for_selector("#id_title")
    more_actions(editor, "Approve and Publish")
    editor.wait_for_selector(".messages")
    assert "published" in editor.locator(".messages").inner_text().lower()
    editor.context.close()

    shown = public_channels(desk, HEADLINE, day["path"])
    assert all(shown.values()), shown
    _status, story = reader(desk, day["path"])
    assert REVISED.strip() in story and "KALBAJAR" in story


def test_photo_desk_fixes_a_credit_and_readers_see_it_in_page_and_feed(desk, chromium, day):
    assert "picture_id" in day
    page = log_in(chromium, desk.url, "photodesk", LOGINS["photodesk"])
    open_page(page, f"{desk.url}/admin/images/")
    page.get_by_role("link", name=PICTURE_TITLE).first.click()
    page.fill("[name=credit_line]", "Highland Courier / Kalbajar bureau")
    page.select_option("[name=licence]", label="CC BY-SA 4.0")
    page.get_by_role("button", name="Save").click()
    page.wait_for_selector(".messages")
    page.context.close()

    _status, story = reader(desk, day["path"])
    assert "CC BY-SA 4.0" in story
    _status, feed = reader(desk, "/feed/")
    item = feed[feed.index(HEADLINE) :]
    item = item[: item.index("</item>")]
    assert "CC BY-SA 4.0" in item  # the feed's body, not only the page, has the new licence


def test_editor_schedules_a_story_that_reaches_the_home_page_on_time(desk, chromium, day):
    editor = log_in(chromium, desk.url, "editor", LOGINS["editor"])
    open_editor(editor, add_story_url(desk))
    editor.fill("#id_title", SCHEDULED)
    editor.press("#id_title", "Tab")
    editor.fill("#id_standfirst", "The baths at Istisu open daily from Saturday.")
    editor.fill("#id_dateline_place", "Istisu")
    editor.keyboard.press("Escape")
    choose_author(editor, 0, "Leyla Mammadova")
    add_paragraph(editor, "The springs' new bath house has twelve pools.")
    # The next whole minute at least 40 s away: the picker takes minutes.
    now = dt.datetime.now(DESK_ZONE)
    go_live = (now + dt.timedelta(seconds=100)).replace(second=0, microsecond=0)
    editor.get_by_role("button", name="Toggle status").click()
    editor.locator("[data-a11y-dialog-show=schedule-publishing-dialog]").first.click()
    schedule = editor.locator("#schedule-publishing-dialog")
    schedule.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    schedule.get_by_text("Choose when this page should go live").click()  # closes the picker
    # The date picker covers the button; a person tabs to it, as here.
    schedule.get_by_role("button", name="Save schedule").press("Enter")
    more_actions(editor, re.compile("^Schedule to publish$"))
    editor.wait_for_selector(".messages")
    editor.context.close()

    home = chromium.new_page()
    assert SCHEDULED not in reader(desk, "/")[1]

    def on_home_page():
        open_page(home, desk.url + "/")
        return home.get_by_role("link", name=SCHEDULED).count() > 0

    seconds_left = (go_live - dt.datetime.now(DESK_ZONE)).total_seconds()
    appeared = wait_until(on_home_page, timeout=seconds_left + SCHEDULER_INTERVAL + 30)
    assert appeared is not None, "never reached the home page"
    late = appeared - seconds_left
    assert late <= SCHEDULER_INTERVAL + 1, f"{late:.1f} s after its go-live time"
    day["scheduled_late_by"] = late
    for path in ("/region/", "/feed/", "/news-sitemap.xml", "/sitemap-pages.xml"):
        assert (
            SCHEDULED in reader(desk, path)[1]
            or story_path(desk, SCHEDULED) in reader(desk, path)[1]
        ), path
    home.close()


def test_editor_adds_a_correction_readers_see_it(desk, chromium, day):
    assert "story_id" in day
    editor = log_in(chromium, desk.url, "editor", LOGINS["editor"])
    open_page(editor, f"{desk.url}/admin/pages/{day['story_id']}/edit/")
    editor.click("#id_corrections-ADD")
    editor.select_option("#id_corrections-0-kind", label="Correction")
    editor.fill("#id_corrections-0-text", "An earlier version gave the wrong river.")
    more_actions(editor, "Publish")
    editor.wait_for_selector(".messages")
    assert "saved a newer version" not in editor.content()
    editor.context.close()
    _status, story = reader(desk, day["path"])
    assert "An earlier version gave the wrong river." in story


def test_only_administrators_delete_pictures(desk, chromium, day):
    assert "picture_id" in day
    unused = desk.sql(
        "SELECT i.id, i.title FROM media_credits_creditedimage i ORDER BY i.id DESC LIMIT 1"
    )[0]
    editor = log_in(chromium, desk.url, "editor", LOGINS["editor"])
    open_page(editor, f"{desk.url}/admin/images/{unused[0]}/")
    assert "Delete" not in header_actions(editor)
    response = editor.goto(f"{desk.url}/admin/images/{unused[0]}/delete/")
    assert response.status in (302, 403) or "permission" in editor.content().lower()
    editor.context.close()

    admin = log_in(chromium, desk.url, "administrator", LOGINS["administrator"])
    open_page(admin, f"{desk.url}/admin/images/{unused[0]}/")
    assert "Delete" in header_actions(admin)
    admin.locator("header").get_by_role("link", name="Delete").click()
    admin.get_by_role("button", name="Yes, delete").click()
    admin.wait_for_selector(".messages")
    gone = desk.sql("SELECT count(*) FROM media_credits_creditedimage WHERE id = %s", unused[0])
    assert gone == [(0,)]
    admin.context.close()


def test_two_editors_on_one_story_nothing_is_lost(desk, chromium, day):
    assert "story_id" in day
    edit_url = f"{desk.url}/admin/pages/{day['story_id']}/edit/"
    first = log_in(chromium, desk.url, "editor", LOGINS["editor"])
    second = log_in(chromium, desk.url, "administrator", LOGINS["administrator"])
    open_editor(first, edit_url)
    open_editor(second, edit_url)
    type_and_wait_for_autosave(first, "#id_standfirst", " (first editor)")
    first.get_by_role("button", name="Save draft").click()
    first.wait_for_selector(".messages")

    type_at_end(second, "#id_standfirst", " (second editor)")
    second.get_by_role("button", name="Save draft").click()
    second.wait_for_selector(".messages, .error-message, .help-critical")
    assert "Aysel Karimli" in second.locator("main").inner_text()  # who saved the newer one
    assert "(second editor)" in second.input_value("#id_standfirst")  # nothing typed is lost
    second.wait_for_timeout(4000)  # an autosave, if one ran, must not have replaced it quietly
    latest = desk.sql(
        "SELECT content->>'standfirst' FROM wagtailcore_revision WHERE object_id = %s "
        "ORDER BY created_at DESC LIMIT 1",
        str(day["story_id"]),
    )[0][0]
    assert "(first editor)" in latest and "(second editor)" not in latest
    first.context.close()
    second.context.close()
