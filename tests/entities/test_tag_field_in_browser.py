"""The article editor's tag fields in a real browser: a tag is a suggestion chosen, by name or
alias; a new entity is made only by someone allowed to, and only when they choose to."""

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from entities.models import Organisation, Place, PlaceAlias
from tests.browser import live_database, log_in, needs_browser, open_page
from tests.factories import SectionPageFactory, UserFactory

pytestmark = [needs_browser, live_database]


def tag_box(page, kind):
    """The text box of the tag field of ``kind`` (Wagtail's tag-it widget)."""
    return page.locator(f'input[name="{kind}"] + ul.tagit li.tagit-new input')


def chips(page, kind):
    """The tags the field holds, as shown."""
    return page.locator(f'input[name="{kind}"] + ul.tagit .tagit-label')


def new_story_form(browser, live_server, section, username):
    page = log_in(browser, live_server, username)
    open_page(page, f"{live_server.url}/admin/pages/add/articles/articlepage/{section.pk}/")
    page.fill("#id_title", "Orchards reopen in the district")
    return page


def user_in(group, username):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group))
    return user


def test_a_reporter_takes_suggestions_and_cannot_make_entities(browser, live_server, home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    Organisation.objects.create(name="Kalbajar District Administration")
    PlaceAlias(entity=Place.objects.create(name="Kalbajar"), name="Kelbajar").save()
    user_in("Reporters", "reporter")
    page = new_story_form(browser, live_server, section, "reporter")

    # The suggestion, not the typed text: Enter takes the highlighted (first) one.
    tag_box(page, "organisations").press_sequentially("Kalbajar Dist", delay=50)
    page.wait_for_selector("ul.ui-autocomplete li:has-text('Kalbajar District Administration')")
    tag_box(page, "organisations").press("Enter")
    expect(chips(page, "organisations")).to_have_text(['"Kalbajar District Administration"'])
    # Another name matches too, and gives the canonical one; a comma takes it.
    tag_box(page, "places").press_sequentially("Kelbaj", delay=50)
    page.wait_for_selector("ul.ui-autocomplete li:has-text('Kalbajar')")
    tag_box(page, "places").press(",")
    expect(chips(page, "places")).to_have_text(["Kalbajar"])
    assert page.locator('input[name="places"]').input_value() == "Kalbajar"
    page.screenshot(path="/tmp/tags-reporter-suggestion.png")

    # A name nobody knows: no "create" choice for a reporter, and saving is refused.
    tag_box(page, "organisations").press_sequentially("Zzyzx Holdings", delay=50)
    tag_box(page, "organisations").press("Enter")
    page.get_by_role("button", name="Save draft").click()
    error = "No organisation called 'Zzyzx Holdings'; choose one from the suggestions"
    page.wait_for_selector(f"text={error}")
    page.screenshot(path="/tmp/tags-reporter-refused.png")
    assert '"Zzyzx Holdings"' in page.locator('input[name="organisations"]').input_value()
    assert not Organisation.objects.filter(name="Zzyzx Holdings").exists()
    assert Organisation.objects.count() == 1


def test_an_editor_creates_an_entity_only_by_choosing_to(browser, live_server, home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    Organisation.objects.create(name="Kalbajar District Administration")
    user_in("Editors", "editor")
    page = new_story_form(browser, live_server, section, "editor")

    # Typed and saved without choosing: not made, and the editor is told how.
    tag_box(page, "organisations").press_sequentially("Shusha Arts Council", delay=50)
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector("text=No organisation called 'Shusha Arts Council' yet")
    assert not Organisation.objects.filter(name="Shusha Arts Council").exists()

    # Chosen as "Create new organisation": made on save.
    page.locator('input[name="organisations"] + ul.tagit .tagit-close').first.click()
    tag_box(page, "organisations").press_sequentially("Shusha Arts Council", delay=50)
    choice = page.locator("ul.ui-autocomplete li:visible", has_text="Create new organisation")
    choice.wait_for()
    page.screenshot(path="/tmp/tags-editor-create.png")
    tag_box(page, "organisations").press("Enter")
    expect(chips(page, "organisations")).to_have_text(['"Shusha Arts Council"'])
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector("text=Page 'Orchards reopen in the district' created")
    assert Organisation.objects.filter(name="Shusha Arts Council").exists()
