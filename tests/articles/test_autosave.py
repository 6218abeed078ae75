"""Autosave: a crash mid-edit loses at most the last seconds of typing. The editor's browser
posts the form in the background (Wagtail's autosave); each post lands in the database."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset

from articles.models import ArticlePage
from tests.articles.test_admin_flow import article_form
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_autosave_is_on_and_keeps_the_typing_in_a_revision(client, home, settings):
    assert getattr(settings, "WAGTAIL_AUTOSAVE_INTERVAL", 500) > 0
    reporter = UserFactory()
    reporter.groups.add(Group.objects.get(name="Reporters"))
    client.force_login(reporter)
    story = ArticlePageFactory(
        parent=SectionPageFactory(parent=home), owner=reporter, publish=False
    )
    edit = f"/admin/pages/{story.pk}/edit/"
    form = BeautifulSoup(client.get(edit).content, "html.parser")
    loaded = {
        name: form.find("input", attrs={"name": name})["value"]
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }

    def autosave(standfirst, **extra):
        data = article_form(
            standfirst=standfirst,
            places="",  # a reporter tags only with entities the desk has
            topics="",
            bylines=inline_formset(
                [{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]
            ),
            **loaded,
            **extra,
        )
        return client.post(edit, data, headers={"accept": "application/json"}).json()

    first = autosave("Twelve families sowed wheat")
    assert first["success"] is True
    revision = first["revision_id"]
    assert ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object().standfirst == (
        "Twelve families sowed wheat"
    )

    # The next autosave updates that revision in place: history is not flooded.
    second = autosave("Twelve families sowed wheat in spring", overwrite_revision_id=revision)
    assert second["success"] is True and second["revision_id"] == revision
    latest = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.standfirst == "Twelve families sowed wheat in spring"
    assert not ArticlePage.objects.get(pk=story.pk).live  # autosave never publishes
