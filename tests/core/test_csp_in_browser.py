"""The Content-Security-Policy in a real browser: the public site and the admin work under it,
with no violation reported and no script error, on their main pages."""

import pytest

from tests.browser import live_database, log_in, needs_browser
from tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    ImageFactory,
    SectionPageFactory,
    UserFactory,
)

pytestmark = [needs_browser, live_database]

# Recorded before any page script runs, so nothing a page does escapes it.
WATCH_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def watch(page):
    """Record violations and script errors on ``page``; returns the list they go into."""
    problems = []
    page.add_init_script(WATCH_VIOLATIONS)
    page.on("pageerror", lambda error: problems.append(f"error: {error}"))
    page.on(
        "console",
        lambda message: (
            problems.append(f"console: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return problems


def visit(page, problems, url):
    """Open ``url``; return the violations and script errors it caused."""
    problems.clear()
    response = page.goto(url)
    assert response.status < 400, (url, response.status)
    page.wait_for_load_state("networkidle")
    return problems + page.evaluate("window.__violations")


@pytest.fixture
def newsroom(home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    author = AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    picture = ImageFactory()
    story = ArticlePageFactory(
        parent=section,
        bylines=[author],
        places=["Kalbajar"],
        lead_image=picture,
        body=[
            ("paragraph", "<p>The road to Istisu is open.</p>"),
            ("image", {"image": picture, "caption": "On the pass"}),
        ],
    )
    return {"section": section, "author": author, "story": story, "picture": picture}


def test_the_public_site_works_under_its_policy(browser, live_server, newsroom):
    page = browser.new_page()
    problems = watch(page)
    urls = [
        "/",
        newsroom["section"].url,
        newsroom["story"].url,
        "/places/kalbajar/",
        newsroom["author"].get_absolute_url(),
        "/search/?q=Istisu",
    ]
    for url in urls:
        assert visit(page, problems, live_server.url + url) == [], url
    # The pictures really loaded (a policy blocking them would leave them empty).
    page.goto(live_server.url + newsroom["story"].url)
    assert page.evaluate(
        "[...document.images].every((img) => img.complete && img.naturalWidth > 0)"
    )


def test_the_admin_works_under_its_policy(browser, live_server, newsroom):
    UserFactory(username="chief", is_superuser=True)
    page = log_in(browser, live_server, "chief")
    problems = watch(page)
    story, picture = newsroom["story"], newsroom["picture"]
    urls = [
        "/admin/",
        f"/admin/pages/{newsroom['section'].pk}/",
        f"/admin/pages/{story.pk}/edit/",
        "/admin/images/",
        f"/admin/images/{picture.pk}/",
        f"/admin/pages/{story.pk}/history/",
    ]
    for url in urls:
        assert visit(page, problems, live_server.url + url) == [], url
    # The editor's scripts ran: the preview panel opens and renders the story in its frame.
    problems.clear()
    page.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    frame = page.frame_locator("iframe#w-preview-iframe")
    assert frame.locator("h1").inner_text(timeout=15_000) == story.title
    assert problems + page.evaluate("window.__violations") == []
