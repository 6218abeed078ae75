"""No silent overwrites: locks, stale saves refused, and every published version kept as a
revision that can be compared and restored."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset

from articles.models import ArticlePage
from tests.articles.test_admin_flow import article_form
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def editor_client(first_name):
    user = UserFactory(first_name=first_name, last_name="Editor")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def story(home):
    return ArticlePageFactory(
        parent=SectionPageFactory(parent=home), slug="soyudlu-first-harvest", title="First"
    )


LOADED = ("loaded_revision_id", "loaded_revision_created_at")


def loaded_from(html):
    """The version a rendered edit form is based on, as the browser posts it back."""
    soup = BeautifulSoup(html, "html.parser")
    return {name: soup.find("input", attrs={"name": name})["value"] for name in LOADED}


def edit_form(client, story):
    """The edit view as an editor opens it: the revision it loaded."""
    return loaded_from(client.get(f"/admin/pages/{story.pk}/edit/").content)


def save(client, story, loaded, action=None, **fields):
    data = article_form(
        bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]),
        **loaded,
        **fields,
    )
    if action:
        data[action] = action
    return client.post(f"/admin/pages/{story.pk}/edit/", data)


def test_the_second_of_two_concurrent_saves_is_refused_not_silently_applied(story):
    aynur, kamran = editor_client("Aynur"), editor_client("Kamran")
    aynur_loaded, kamran_loaded = edit_form(aynur, story), edit_form(kamran, story)
    assert aynur_loaded == kamran_loaded

    assert save(aynur, story, aynur_loaded, title="Aynur's headline").status_code == 302
    response = save(kamran, story, kamran_loaded, title="Kamran's headline")

    assert response.status_code == 200  # the form again, with Kamran's text kept
    html = response.content.decode()
    assert "Aynur Editor saved a newer version of this story" in html
    assert "Kamran&#x27;s headline" in html or "Kamran's headline" in html
    latest = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.title == "Aynur's headline"

    # Having been warned, Kamran saves again from the form he was given: now it is deliberate.
    assert save(kamran, story, loaded_from(html), title="Kamran's headline").status_code == 302
    latest = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.title == "Kamran's headline"


def test_editors_see_who_else_is_editing(story):
    aynur, kamran = editor_client("Aynur"), editor_client("Kamran")
    for client in (aynur, kamran):
        client.get(f"/admin/pages/{story.pk}/edit/")
    ping = reverse(
        "wagtailadmin_editing_sessions:ping",
        args=["wagtailcore", "page", story.pk, 0],
    )
    sessions = kamran.post(ping, {"is_editing": "1"}).json()["other_sessions"]
    assert any("Aynur" in session["user"] for session in sessions), sessions


def test_a_locked_story_cannot_be_saved_by_anyone_else(story):
    aynur, kamran = editor_client("Aynur"), editor_client("Kamran")
    assert aynur.post(reverse("wagtailadmin_pages:lock", args=[story.pk])).status_code == 302
    revisions = story.revisions.count()

    loaded = edit_form(kamran, story)
    response = save(kamran, story, loaded, action="action-publish", title="Kamran's headline")

    assert "locked" in response.content.decode().lower()
    assert story.revisions.count() == revisions
    assert ArticlePage.objects.get(pk=story.pk).title == "First"


def test_every_published_version_can_be_compared_and_restored(client, story):
    client.force_login(UserFactory(is_superuser=True))
    for headline in ("Second", "Third"):
        save(client, story, edit_form(client, story), action="action-publish", title=headline)
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.title == "Third"
    published = list(story.revisions.order_by("created_at"))
    assert [r.as_object().title for r in published] == ["First", "Second", "Third"]

    first, third = published[0], published[-1]
    compare = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[story.pk, first.pk, third.pk])
    )
    assert compare.status_code == 200
    assert "First" in compare.content.decode() and "Third" in compare.content.decode()

    # Restoring opens the old version in the editor; publishing it makes it live again as a new
    # revision, so nothing in between is lost.
    revert = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[story.pk, first.pk]))
    form = BeautifulSoup(revert.content, "html.parser")
    assert form.find("input", attrs={"name": "title"})["value"] == "First"
    save(client, story, loaded_from(revert.content), action="action-publish", title="First")
    story = ArticlePage.objects.get(pk=story.pk)
    assert story.title == "First"
    assert story.revisions.count() == 4
    assert "First" in Client().get(story.url).content.decode()  # readers see it again


def autosave(client, story, loaded, overwrite_revision_id=None, **fields):
    """What Wagtail's autosave posts: the whole form, asking for JSON."""
    extra = {"overwrite_revision_id": overwrite_revision_id} if overwrite_revision_id else {}
    data = article_form(
        bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]),
        **loaded,
        **extra,
        **fields,
    )
    response = client.post(
        f"/admin/pages/{story.pk}/edit/", data, headers={"accept": "application/json"}
    )
    return response.json()


def test_your_own_autosaves_never_block_your_save(story):
    aynur = editor_client("Aynur")
    loaded = edit_form(aynur, story)
    first = autosave(aynur, story, loaded, title="Draft one")
    assert first["success"], first
    again = autosave(aynur, story, loaded, first["revision_id"], title="Draft two")
    assert again["success"], again

    for action in (None, "action-publish"):
        assert save(aynur, story, loaded, action=action, title="Final").status_code == 302
        loaded = edit_form(aynur, story)
    assert ArticlePage.objects.get(pk=story.pk).title == "Final"


def test_after_a_refusal_autosave_does_not_replace_their_version(story):
    aynur, kamran = editor_client("Aynur"), editor_client("Kamran")
    aynur_loaded, kamran_loaded = edit_form(aynur, story), edit_form(kamran, story)
    assert save(aynur, story, aynur_loaded, title="Aynur's headline").status_code == 302

    # Kamran's autosave over Aynur's newer version is refused by Wagtail …
    assert autosave(kamran, story, kamran_loaded, title="Kamran's")["error_code"] == (
        "invalid_revision"
    )
    # … and so is his explicit save; the refreshed form still refuses his autosaves.
    refused = save(kamran, story, kamran_loaded, title="Kamran's headline")
    assert "Aynur Editor saved a newer version" in refused.content.decode()
    refreshed = loaded_from(refused.content)
    assert autosave(kamran, story, refreshed, title="Kamran's")["error_code"] == (
        "invalid_revision"
    )
    latest = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.title == "Aynur's headline"

    # Someone else saving in between is refused again, naming them.
    assert save(aynur, story, edit_form(aynur, story), title="Aynur's second").status_code == 302
    again = save(kamran, story, refreshed, title="Kamran's headline")
    assert "Aynur Editor saved a newer version" in again.content.decode()
    assert save(kamran, story, loaded_from(again.content), title="Kamran's").status_code == 302
    latest = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.title == "Kamran's"


def test_their_autosaves_into_the_version_you_loaded_count_as_newer(story):
    aynur, kamran = editor_client("Aynur"), editor_client("Kamran")
    loaded = edit_form(aynur, story)
    first = autosave(aynur, story, loaded, title="Aynur's draft")
    kamran_loaded = edit_form(kamran, story)  # loads Aynur's autosave revision …
    # … which her next autosave updates in place.
    assert autosave(aynur, story, loaded, first["revision_id"], title="Aynur's more")["success"]
    refused = save(kamran, story, kamran_loaded, title="Kamran's headline")
    assert "Aynur Editor saved a newer version" in refused.content.decode()
