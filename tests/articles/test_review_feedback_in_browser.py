"""The editor's review reaches the reporter: requested changes, with the editor's name and
comment, stand at the top of the story; messages and e-mails say what happened."""

from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import Page

from articles.models import ArticlePage
from tests.browser import live_database, log_in, needs_browser, open_page
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

HEADLINE = "Council approves the new school in Lachin"
COMMENT = "Please add the district council's reply."

pytestmark = [needs_browser, live_database]


def more_actions(page, name):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=name, exact=True).click()


def test_editor_requests_changes_reporter_sees_them_then_editor_approves(
    browser, live_server, home
):
    reporter = UserFactory(
        username="reporter", first_name="Leyla", last_name="Mammadova", email="leyla@example.org"
    )
    reporter.groups.add(Group.objects.get(name="Reporters"))
    editor = UserFactory(
        username="editor", first_name="Aysel", last_name="Karimli", email="aysel@example.org"
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    story = ArticlePageFactory(
        parent=SectionPageFactory(parent=home), owner=reporter, title=HEADLINE
    )
    story.save_revision(user=reporter)
    Page.objects.get(pk=story.pk).get_workflow().start(story, reporter)  # submitted for review
    mail.outbox.clear()
    edit_url = f"{live_server.url}/admin/pages/{story.pk}/edit/"

    page = log_in(browser, live_server, "editor")
    open_page(page, edit_url)
    more_actions(page, "Request changes")
    page.fill(".modal textarea[name=comment]", COMMENT)
    page.locator(".modal").get_by_role("button", name="Request changes").click()
    page.wait_for_selector(".messages")
    messages = page.locator(".messages").inner_text()
    assert f"Changes requested on '{HEADLINE}'; Leyla Mammadova has been told." in messages
    assert "has been updated" not in messages
    page.close()

    subjects = [message.subject for message in mail.outbox]
    assert f'Changes requested on "{HEADLINE}" by Aysel Karimli' in subjects, subjects
    assert not any("rejected" in subject for subject in subjects)
    told = next(m for m in mail.outbox if m.subject.startswith("Changes requested"))
    assert told.to == ["leyla@example.org"] and COMMENT.replace("'", "&#x27;") not in told.body
    assert COMMENT in told.body

    page = log_in(browser, live_server, "reporter")
    open_page(page, edit_url)
    banner = page.locator(".requested-changes")
    assert "Changes requested by Aysel Karimli" in banner.inner_text()
    assert COMMENT in banner.inner_text()
    assert banner.locator("time").inner_text()
    page.screenshot(path="/tmp/workflow-requested-changes.png")
    page.locator("[data-side-panel-toggle=status]").click()
    page.get_by_role("button", name="View details").first.click()
    dialog = page.locator("#workflow-status-dialog")
    dialog.wait_for(state="visible")
    page.screenshot(path="/tmp/workflow-dialog.png")
    assert "by Aysel Karimli" in dialog.inner_text()
    assert "by Leyla Mammadova" not in dialog.inner_text()
    page.keyboard.press("Escape")
    more_actions(page, "Resubmit to Editor review")  # the Desk review's task
    page.wait_for_selector(".messages")
    page.close()

    page = log_in(browser, live_server, "editor")
    open_page(page, edit_url)
    assert not page.locator(".requested-changes").count()  # back with the desk: no banner
    more_actions(page, "Approve and Publish")
    page.wait_for_selector(".messages")
    assert f"'{HEADLINE}' approved and published." in page.locator(".messages").inner_text()
    page.screenshot(path="/tmp/workflow-approved.png")
    assert ArticlePage.objects.get(pk=story.pk).live
