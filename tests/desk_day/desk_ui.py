"""What each role does in the admin, as a person does it in Chromium: click, type, wait. Nothing
here posts a form itself; the browser sends what the admin's own scripts send."""

import re
import time

from entities.models import TAG_KINDS
from tests.browser import open_editor, open_page, watch  # noqa: F401  (the suite opens through here)

CHROMIUM_ARGS = [
    # This machine's network is closed: no background calls home, no component updates.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def log_in(browser, base, username, password):
    """A browser context of its own per person, as each sits at their own machine."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = watch(context.new_page())
    page.set_default_timeout(30_000)
    open_page(page, f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    return page


def is_autosave(response):
    request = response.request
    return (
        request.method == "POST"
        and request.resource_type in ("fetch", "xhr")
        and re.search(r"/admin/pages/(add/|\d+/edit/)", request.url) is not None
    )


def type_at_end(page, selector, text):
    page.locator(selector).click()
    page.keyboard.press("End")
    page.keyboard.type(text, delay=10)


def type_and_wait_for_autosave(page, selector, text):
    """Type into a field and wait for Wagtail's autosave to store it (and say so on screen)."""
    with page.expect_response(is_autosave, timeout=20_000) as saved:
        type_at_end(page, selector, text)
    assert saved.value.ok, (saved.value.status, saved.value.text()[:500])
    page.wait_for_selector("text=Saved", timeout=10_000)
    return saved.value


def add_paragraph(page, text):
    body = page.locator("#panel-child-content-body-content")
    body.locator(".c-sf-add-button").last.click()
    page.get_by_role("option", name="Paragraph").first.click()
    editor = body.locator("[contenteditable=true]").last
    editor.click()
    page.keyboard.type(text)


def choose_author(page, index, name):
    page.click("#id_bylines-ADD")
    page.click(f"#id_bylines-{index}-author-chooser .chooser__choose-button")
    page.locator(".modal").get_by_role("link", name=name).click()
    page.wait_for_selector(f"#id_bylines-{index}-author-title:has-text('{name}')")


def choose_tag(page, field, typed, suggestion):
    """Type part of a name in a tag field and take the highlighted suggestion with Enter."""
    box = page.locator("#panel-child-content-tags-content li.tagit-new input").nth(
        [kind.name for kind in TAG_KINDS].index(field)
    )
    box.click()
    box.press_sequentially(typed, delay=30)
    page.locator("ul.ui-autocomplete:visible li", has_text=suggestion).first.wait_for()
    box.press("Enter")
    chosen = page.locator(f"#id_{field}").input_value()  # what the form will send
    assert suggestion in chosen and typed not in chosen.replace(suggestion, ""), chosen


def upload_lead_picture(page, path, alt_text):
    """Upload a picture from the lead image's chooser (its Upload tab) and choose it."""
    page.get_by_role("button", name="Choose an image").click()
    modal = page.locator(".modal")
    modal.get_by_role("tab", name="Upload").click()
    modal.locator("input[type=file]").set_input_files(str(path))
    modal.locator("input[name$=alt_text]").fill(alt_text)
    modal.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_selector("#id_lead_image-title", state="visible")


def more_actions(page, action):
    """An action from the save button's menu ("Submit to Desk review", "Publish", …); a
    pattern for a label that changes (scheduled, Publish reads "Schedule to publish")."""
    page.get_by_role("button", name="More actions").click()
    exact = isinstance(action, str)
    page.get_by_role("button", name=action, exact=exact or None).click()


def action_names(page):
    page.get_by_role("button", name="More actions").click()
    names = page.locator("footer .w-dropdown__content button, footer .w-dropdown__content a")
    found = [name.strip() for name in names.all_inner_texts()]
    page.keyboard.press("Escape")
    return found


def header_actions(page):
    """Opens the header's "…" menu (where Wagtail puts Delete) and returns its items."""
    toggle = page.locator("header").get_by_role("button", name="Actions")
    if toggle.count() == 0:  # nothing to offer: Wagtail leaves the menu out
        return []
    toggle.click()
    return [item.strip() for item in page.locator("header .w-dropdown__content").all_inner_texts()]


def wait_until(condition, timeout, step=0.25):
    """Poll ``condition`` until it is true; returns the seconds it took, or None."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if condition():
            return time.monotonic() - start
        time.sleep(step)
    return None
