"""The desk's roles and review workflow, tested from the outside through the admin."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset

from articles.models import ArticlePage
from entities.models import Place, Topic
from tests.articles.test_admin_flow import article_form
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def member(role, **fields):
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def desk(home):
    # The places and topic the reporter's story is tagged with: reporters tag with entities the
    # desk has, they do not make new ones.
    for name in ("Soyudlu", "Kalbajar"):
        Place.objects.create(name=name)
    Topic.objects.create(name="Agriculture")
    return {
        "section": SectionPageFactory(parent=home),
        "reporter": member("Reporters", email="reporter@example.org"),
        "editor": member("Editors", email="editor@example.org"),
    }


def write_story(client, section, action):
    data = article_form(
        bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}])
    )
    if action:
        data[action] = action
    return client.post(f"/admin/pages/add/articles/articlepage/{section.pk}/", data)


def test_the_desk_roles_exist(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Reporters",
        "Editors",
        "Photo desk",
        "Administrators",
    }


def test_a_reporter_cannot_publish(client, desk):
    client.force_login(desk["reporter"])

    write_story(client, desk["section"], "action-publish")

    story = ArticlePage.objects.get()
    assert not story.live
    client.logout()
    assert client.get(f"{desk['section'].url}{story.slug}/").status_code == 404


def test_a_reporter_cannot_unpublish_but_an_editor_can(client, desk):
    story = ArticlePageFactory(parent=desk["section"], owner=desk["reporter"])
    client.force_login(desk["reporter"])
    client.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]))
    story.refresh_from_db()
    assert story.live

    client.force_login(desk["editor"])
    client.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]))
    story.refresh_from_db()
    assert not story.live


def test_reporter_submits_editor_requests_changes_then_approves(client, desk):
    client.force_login(desk["reporter"])
    assert write_story(client, desk["section"], "action-submit").status_code == 302
    story = ArticlePage.objects.get()
    state = WorkflowState.objects.get(object_id=str(story.pk))
    assert state.status == "in_progress" and state.workflow.name == "Desk review"
    assert any("editor@example.org" in m.to for m in mail.outbox)  # editors are notified

    client.force_login(desk["editor"])
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "reject", task_state.pk]),
        {"comment": "Please add the district council's reply."},
    )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == "needs_changes"

    client.force_login(desk["reporter"])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    assert "Please add the district council" in edit

    data = article_form(
        standfirst="Now with the council's reply.",
        bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]),
    )
    data["action-submit"] = "action-submit"
    assert client.post(reverse("wagtailadmin_pages:edit", args=[story.pk]), data).status_code == 302
    state = WorkflowState.objects.filter(object_id=str(story.pk)).latest("created_at")
    assert state.status == "in_progress"

    client.force_login(desk["editor"])
    task_state = state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    story.refresh_from_db()
    assert story.live
    client.logout()
    assert "Now with the council" in client.get(story.url).content.decode()


def test_submitting_an_incomplete_story_for_review_runs_the_desk_checks(client, desk):
    client.force_login(desk["reporter"])
    data = article_form(standfirst="", bylines=inline_formset([]))
    data["action-submit"] = "action-submit"

    response = client.post(f"/admin/pages/add/articles/articlepage/{desk['section'].pk}/", data)

    assert response.status_code == 200
    assert "Write a standfirst before publishing." in response.content.decode()
    assert not WorkflowState.objects.exists()
