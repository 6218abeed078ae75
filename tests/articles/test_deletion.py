"""Nothing lost: published stories are unpublished, not deleted, except by Administrators."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import ArticlePage
from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def member(client, role):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home)


def delete(client, story):
    return client.post(reverse("wagtailadmin_pages:delete", args=[story.pk]))


def test_a_reporter_cannot_delete_a_published_story_even_their_own(client, section):
    reporter = member(client, "Reporters")
    story = ArticlePageFactory(parent=section, owner=reporter)
    assert delete(client, story).status_code in (302, 403)
    assert ArticlePage.objects.filter(pk=story.pk, live=True).exists()


def test_an_editor_cannot_delete_a_published_story_only_unpublish_it(client, section):
    member(client, "Editors")
    story = ArticlePageFactory(parent=section)

    response = delete(client, story)
    assert response.status_code == 302
    assert ArticlePage.objects.filter(pk=story.pk).exists()
    follow = client.get(response["Location"]).content.decode()
    assert "only Administrators can delete it" in follow

    story.unpublish()  # taken down, nothing lost
    assert delete(client, story).status_code == 302
    assert ArticlePage.objects.filter(pk=story.pk).exists()  # once published, still kept


def test_an_editor_cannot_bulk_delete_published_stories(client, section):
    member(client, "Editors")
    story = ArticlePageFactory(parent=section)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    client.post(f"{url}?id={story.pk}", {})
    assert ArticlePage.objects.filter(pk=story.pk).exists()


def test_an_administrator_deletes_after_confirming(client, section):
    member(client, "Administrators")
    story = ArticlePageFactory(parent=section)

    confirm = client.get(reverse("wagtailadmin_pages:delete", args=[story.pk]))
    assert confirm.status_code == 200
    assert "Are you sure you want to delete this page?" in confirm.content.decode()
    assert ArticlePage.objects.filter(pk=story.pk).exists()

    assert delete(client, story).status_code == 302
    assert not ArticlePage.objects.filter(pk=story.pk).exists()


def test_a_reporter_may_throw_away_their_own_unpublished_draft(client, section):
    reporter = member(client, "Reporters")
    draft = ArticlePageFactory(parent=section, owner=reporter, publish=False)
    assert delete(client, draft).status_code == 302
    assert not ArticlePage.objects.filter(pk=draft.pk).exists()
