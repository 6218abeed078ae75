"""The desk's day in a real browser (Chromium, headless): a reporter writes and submits a story,
an editor approves it, and an anonymous reader finds it on the home page."""

from django.contrib.auth.models import Group
from django.test import Client

from articles.models import ArticlePage
from media_credits.attribution import credit_line
from tests.browser import live_database, log_in, needs_browser, open_editor, open_page
from tests.factories import AuthorFactory, ImageFactory, SectionPageFactory, UserFactory

HEADLINE = "Shepherds return to the Istisu pastures"

pytestmark = [needs_browser, live_database]


def test_reporter_writes_editor_approves_reader_finds_it(browser, live_server, home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    picture = ImageFactory(title="Sheep on the Istisu road", alt_text="A flock on a mountain road")
    reporter = UserFactory(username="reporter", first_name="Rauf")
    reporter.groups.add(Group.objects.get(name="Reporters"))
    editor = UserFactory(username="editor", email="editor@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))

    page = log_in(browser, live_server, "reporter")
    open_editor(page, f"{live_server.url}/admin/pages/add/articles/articlepage/{section.pk}/")
    page.fill("#id_title", HEADLINE)
    page.press("#id_title", "Tab")  # leaving the headline fills in the slug
    page.fill("#id_standfirst", "After three decades, flocks graze the high meadows again.")
    page.fill("#id_dateline_place", "Istisu")
    page.fill("#id_dateline_date", "2026-11-20")
    page.keyboard.press("Escape")
    page.click("#id_bylines-ADD")
    page.click("#id_bylines-0-author-chooser .chooser__choose-button")
    page.locator(".modal").get_by_role("link", name="Leyla Mammadova").click()
    page.wait_for_selector("#id_bylines-0-author-title:has-text('Leyla Mammadova')")
    page.get_by_role("button", name="Choose an image").click()
    page.locator(".modal a:has-text('Sheep on the Istisu road')").first.click()
    page.wait_for_selector("#id_lead_image-title:has-text('Sheep on the Istisu road')")
    # As a person sees it: autosave has created the story (the editor now edits that page).
    page.wait_for_url(f"{live_server.url}/admin/pages/*/edit/")
    page.wait_for_selector("text=Saved")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Desk review").click()
    page.wait_for_selector("text=IN MODERATION")
    page.close()
    assert Client().get("/").content.decode().count(HEADLINE) == 0  # not public while in review

    page = log_in(browser, live_server, "editor")
    review = page.locator("#awaiting-review-content")
    review.get_by_role("link", name=HEADLINE).click()
    page.wait_for_selector(f"text={HEADLINE}")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.locator(".messages", has_text=f"'{HEADLINE}' approved and published.").wait_for()
    assert page.locator("td:has-text('Live'), .w-status:has-text('Live')").count()
    page.close()

    story = ArticlePage.objects.get(title=HEADLINE)
    assert story.live and story.owner == reporter

    reader = browser.new_page()
    open_page(reader, f"{live_server.url}/")
    reader.get_by_role("link", name=HEADLINE).first.click()
    reader.wait_for_selector("h1")
    assert reader.locator("h1").inner_text() == HEADLINE
    assert "Leyla Mammadova" in reader.locator(".bylines").inner_text()
    assert "ISTISU, Nov. 20" in reader.locator(".article__body").inner_text()
    lead = reader.locator("figure.figure--lead")
    assert lead.locator("img").get_attribute("alt") == "A flock on a mountain road"
    assert credit_line(picture) in lead.locator("figcaption").inner_text()
