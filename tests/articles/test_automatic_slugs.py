"""A slug filled in from the headline is made unique by itself; one typed by hand is not."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset

from articles.forms import automatic_slugs
from articles.models import ArticlePage
from tests.articles.test_admin_flow import article_form
from tests.factories import ArticlePageFactory, AuthorFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporter(client):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Reporters"))
    client.force_login(user)
    return user


def create(client, section, **fields):
    data = article_form(
        bylines=inline_formset([{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]),
        places="",  # a reporter tags with known entities only; these tests are about slugs
        topics="",
        **fields,
    )
    return client.post(f"/admin/pages/add/articles/articlepage/{section.pk}/", data)


def test_a_slug_taken_from_the_headline_gets_a_number(client, home, reporter):
    section = SectionPageFactory(parent=home)
    ArticlePageFactory(parent=section, title="Snow on the pass", slug="snow-on-the-pass")
    ArticlePageFactory(parent=section, title="Snow on the pass", slug="snow-on-the-pass-2")

    response = create(client, section, title="Snow on the pass", slug="snow-on-the-pass")

    assert response.status_code == 302, response.content.decode()[:2000]
    assert ArticlePage.objects.filter(slug="snow-on-the-pass-3").exists()


def test_a_slug_typed_by_hand_that_is_taken_is_refused(client, home, reporter):
    section = SectionPageFactory(parent=home)
    ArticlePageFactory(parent=section, slug="murovdag")

    response = create(client, section, title="Snow on the pass", slug="murovdag")

    assert response.status_code == 200
    assert "The slug &#x27;murovdag&#x27; is already in use" in response.content.decode()


def test_the_automatic_slugs_are_those_wagtail_fills_in():
    assert automatic_slugs("Kəlbəcər: roads reopen") >= {
        "kəlbəcər-roads-reopen",  # Unicode slugs (the admin's default)
        "klbcr-roads-reopen",  # ASCII only
    }
