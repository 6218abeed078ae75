"""Editing a story in a real browser with Wagtail's autosave on: your own autosaves never stand in
the way of your save; someone else's newer version does, and is never silently replaced."""

import datetime as dt
import re

from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Workflow

from articles.models import ArticlePage
from tests.browser import (
    live_database,
    log_in,
    needs_browser,
    open_editor,
    open_page,
    wait_until_edits_are_watched,
)
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

pytestmark = [needs_browser, live_database]


def is_autosave(response):
    request = response.request
    return request.method == "POST" and request.headers.get("accept") == "application/json"


def type_and_autosave(page, selector, text):
    """Type ``text`` at the end of a field, then wait for the autosave request Wagtail sends;
    its JSON answer.

    The field is clicked first, as a person does: Playwright then waits until nothing covers
    it, and the value is checked before the autosave is awaited, so typing that went nowhere
    is reported as that, not as an autosave that never came."""
    field = page.locator(selector)
    wanted = field.input_value() + text
    with page.expect_response(is_autosave) as autosave:
        field.click()
        field.press("End")
        field.press_sequentially(text)
        expect(field).to_have_value(wanted)
    return autosave.value.json()


def user_in(group, username, first_name):
    user = UserFactory(username=username, first_name=first_name, last_name="Desk")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_own_autosaves_never_block_saving_submitting_publishing_or_scheduling(
    browser, live_server, home
):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    reporter = user_in("Reporters", "reporter", "Rauf")
    user_in("Editors", "editor", "Elmira")
    story = ArticlePageFactory(parent=section, owner=reporter, publish=False, title="Wheat")
    edit_url = f"{live_server.url}/admin/pages/{story.pk}/edit/"

    page = log_in(browser, live_server, "reporter")
    open_editor(page, edit_url)
    assert type_and_autosave(page, "#id_standfirst", " Twelve families")["success"]
    assert type_and_autosave(page, "#id_standfirst", " sowed it.")["success"]
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector("text=has been updated")
    assert "saved a newer version" not in page.content()
    wait_until_edits_are_watched(page)

    type_and_autosave(page, "#id_standfirst", " In spring.")
    type_and_autosave(page, "#id_standfirst", " Now the harvest.")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Desk review").click()
    page.wait_for_selector("text=has been submitted for moderation")
    page.close()

    page = log_in(browser, live_server, "editor")
    open_editor(page, edit_url)
    type_and_autosave(page, "#id_dateline_place", " district")
    type_and_autosave(page, "#id_title", " harvest")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    # Publishing a story in review ends the review: Wagtail asks first.
    page.get_by_role("dialog").get_by_role("button", name="Publish", exact=True).click()
    page.wait_for_selector("text=has been published")
    assert ArticlePage.objects.get(pk=story.pk).title == "Wheat harvest"

    open_editor(page, edit_url)
    type_and_autosave(page, "#id_title", " is in")
    go_live = timezone.localtime() + dt.timedelta(days=1)
    page.click("[data-side-panel-toggle='status']")
    page.get_by_role("button", name="Set schedule").click()
    page.fill("#id_go_live_at", go_live.strftime("%Y-%m-%d %H:%M"))
    save_schedule = page.get_by_role("dialog").get_by_role("button", name="Save schedule")
    save_schedule.focus()  # by keyboard: the date picker's popup covers the button
    page.keyboard.press("Enter")
    page.wait_for_selector("text=has been updated")
    wait_until_edits_are_watched(page)
    type_and_autosave(page, "#id_title", "!")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Schedule to publish").click()
    page.wait_for_selector("text=has been scheduled for publishing")
    page.screenshot(path="/tmp/editform-scheduled.png")  # not mid-navigation: it can fail there

    story.refresh_from_db()
    assert story.scheduled_revision and story.scheduled_revision.as_object().title == (
        "Wheat harvest is in!"
    )
    # Each of the five explicit actions after autosaving keeps one autosave revision and makes
    # one of its own; refused saves made none.
    assert story.revisions.count() <= 1 + 2 * 5


def test_a_save_over_another_editors_newer_version_is_refused_and_never_silently_replaced(
    browser, live_server, home
):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    for username, first_name in (("aynur", "Aynur"), ("kamran", "Kamran")):
        user_in("Editors", username, first_name)
    story = ArticlePageFactory(parent=section, publish=False, title="Bridge")
    edit_url = f"{live_server.url}/admin/pages/{story.pk}/edit/"
    aynur, kamran = log_in(browser, live_server, "aynur"), log_in(browser, live_server, "kamran")
    open_editor(aynur, edit_url)
    open_editor(kamran, edit_url)

    assert type_and_autosave(aynur, "#id_title", " reopens")["success"]
    aynur.get_by_role("button", name="Save draft").click()
    aynur.wait_for_selector("text=has been updated")

    # Wagtail refuses Kamran's autosave over Aynur's newer version and warns on saving.
    refused = type_and_autosave(kamran, "#id_title", " closes")
    assert refused["error_code"] == "invalid_revision"
    kamran.wait_for_selector("[data-w-session-intercept-value='conflict']", state="attached")
    kamran.get_by_role("button", name="Save draft").click()
    dialog = kamran.locator("#w-save-confirmation-dialog")
    with kamran.expect_response(is_autosave) as autosave_after_refusal:
        dialog.get_by_role("button", name="Save draft").click()  # "save anyway"
        kamran.wait_for_selector("text=Aynur Desk saved a newer version of this story")
    kamran.screenshot(path="/tmp/editform-refused.png")
    assert kamran.input_value("#id_title") == "Bridge closes"  # what he typed is kept
    # His form keeps trying to autosave; it is refused, not quietly put over hers.
    assert autosave_after_refusal.value.json()["error_code"] == "invalid_revision"
    latest = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.title == "Bridge reopens"

    # Saving again from the refused form replaces hers, knowingly.
    kamran.get_by_role("button", name="Save draft").click()
    kamran.wait_for_selector("text=has been updated")
    latest = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.title == "Bridge closes"


def test_a_story_abandoned_after_autosave_does_not_block_the_next_with_its_headline(
    browser, live_server, home
):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    user_in("Reporters", "reporter", "Rauf")
    add_url = f"{live_server.url}/admin/pages/add/articles/articlepage/{section.pk}/"
    headline = "Snow closes the Murovdag pass"

    page = log_in(browser, live_server, "reporter")
    open_editor(page, add_url)
    first = type_and_autosave(page, "#id_title", headline)
    assert first["success"], first  # the first autosave …
    page.close()  # … created the story; the tab is closed without saving.

    page = log_in(browser, live_server, "reporter")
    open_editor(page, add_url)
    assert type_and_autosave(page, "#id_title", headline)["success"]
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector("text=has been updated")
    assert "is already in use" not in page.content()
    stories = ArticlePage.objects.filter(title=headline)
    assert sorted(stories.values_list("slug", flat=True)) == [
        "snow-closes-the-murovdag-pass",
        "snow-closes-the-murovdag-pass-2",
    ]

    open_page(page, f"{live_server.url}/admin/")
    drafts = page.locator("#desk-my-drafts-content")
    assert drafts.get_by_role("link", name=headline, exact=True).count() == 2
    assert drafts.get_by_role("link", name=f"Delete “{headline}”").count() == 2
    page.screenshot(path="/tmp/editform-drafts.png", full_page=True)


def test_submitting_while_the_first_autosave_is_on_its_way_makes_one_story(
    browser, live_server, home
):
    """The first autosave creates the story; a Save clicked before its answer arrives goes to
    that story instead of creating a second one."""
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    user_in("Reporters", "reporter", "Rauf")
    headline = "Ferry to Nargin runs again"
    page = log_in(browser, live_server, "reporter")
    held = []

    def hold_first_autosave_answer(route):
        # The autosave reaches the server (which creates the story); its answer is kept back,
        # as a slow network would, while the reporter clicks Submit.
        if not held and route.request.headers.get("accept") == "application/json":
            held.append((route, route.fetch()))
        else:
            route.continue_()

    page.route("**/admin/pages/add/**", hold_first_autosave_answer)
    open_editor(page, f"{live_server.url}/admin/pages/add/articles/articlepage/{section.pk}/")
    page.locator("#id_title").press_sequentially(headline)
    while not held:
        page.wait_for_timeout(100)
    assert ArticlePage.objects.filter(title=headline).count() == 1  # made by the autosave
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_timeout(1000)  # the click is held, not posted to the create view
    route, answer = held[0]
    route.fulfill(response=answer)
    page.wait_for_selector(".messages")

    stories = ArticlePage.objects.filter(title=headline)
    assert stories.count() == 1, list(stories.values_list("slug", flat=True))
    assert f"/admin/pages/{stories.get().pk}/edit/" in page.url


def test_the_checks_panel_counts_words_and_the_headline_shows_its_length(
    browser, live_server, home
):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    reporter = user_in("Reporters", "reporter", "Rauf")
    story = ArticlePageFactory(parent=section, owner=reporter, publish=False, title="Snow")
    page = log_in(browser, live_server, "reporter")
    open_editor(page, f"{live_server.url}/admin/pages/{story.pk}/edit/")

    counter = page.locator("[data-headline-length]")
    assert counter.inner_text() == "4 / 100"
    page.locator("#id_title").press_sequentially(" closes the pass")
    assert counter.inner_text() == "20 / 100"
    assert "over" not in counter.get_attribute("class")
    page.fill("#id_title", "A" * 104)
    assert counter.inner_text() == "104 / 100 — 4 too long"
    assert "headline-length--over" in counter.get_attribute("class")

    page.click("[data-side-panel-toggle='checks']")
    words = page.locator("[data-content-word-count]")
    reading_time = page.locator("[data-content-reading-time]")
    expect(words).to_have_text(re.compile(r"^\d+$"))  # "-" until it has read the preview
    before = int(words.inner_text())
    before_reading_time = reading_time.inner_text()
    assert before > 0 and before_reading_time != "-"
    paragraph = page.locator("#panel-child-content-body-content [contenteditable=true]").first
    paragraph.click()
    page.keyboard.press("End")
    page.keyboard.type(" " + "Snowploughs reached the pass on Tuesday. " * 20)
    for _ in range(60):  # the preview follows the form a moment later
        if int(words.inner_text()) > before + 100:
            break
        page.wait_for_timeout(500)
    assert int(words.inner_text()) > before + 100
    assert reading_time.inner_text() not in ("-", before_reading_time)
    page.screenshot(path="/tmp/editform-checks.png")


def test_the_story_form_speaks_the_desks_words(browser, live_server, home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    reporter = user_in("Reporters", "reporter", "Rauf")
    editor = user_in("Editors", "editor", "Elmira")
    page = log_in(browser, live_server, "reporter")
    open_page(page, f"{live_server.url}/admin/pages/add/articles/articlepage/{section.pk}/")
    page.screenshot(path="/tmp/editform-labels.png", full_page=True)

    form = page.locator("#page-edit-form")
    assert page.locator("label[for=id_title]").inner_text().strip().startswith("Headline")
    assert page.get_attribute("#id_title", "placeholder") == "Headline*"
    text = form.inner_text()
    assert "What happened, in a few plain words" in text
    assert "page title" not in text.lower()
    assert "double quotes" not in text and "Comma-separated" not in text
    places = page.locator("[data-field-wrapper]:has(#id_places)")
    helps = {text.strip() for text in places.locator(".w-field__help, .help").all_inner_texts()}
    assert helps - {""} == {
        "Where the story happens: towns, villages, districts, landmarks. Type a name, or another "
        "name it goes by, and pick it from the list."
    }
    assert "Corrections and updates" not in text and "Minor change" not in text

    # Sent back with changes requested, the story says so to its reporter.
    story = ArticlePageFactory(parent=section, owner=reporter, publish=False, title="Snow")
    workflow_state = Workflow.objects.get(name="Desk review").start(story, reporter)
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, editor, "reject")
    open_page(page, f"{live_server.url}/admin/pages/{story.pk}/edit/")
    page.click("[data-side-panel-toggle='status']")
    status = page.locator("[data-side-panel='status']")
    status.get_by_role("heading", name="Status: Changes requested").wait_for()
    assert "In Moderation" not in status.inner_text()
    page.screenshot(path="/tmp/editform-changes-requested.png")

    # A story readers have seen can be corrected.
    published = ArticlePageFactory(parent=section, owner=reporter, title="Pass reopens")
    page = log_in(browser, live_server, "editor")
    open_page(page, f"{live_server.url}/admin/pages/{published.pk}/edit/")
    text = page.locator("#page-edit-form").inner_text()
    assert "Corrections and updates" in text and "Minor change" in text
