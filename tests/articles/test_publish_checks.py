"""Publishing through the admin runs the desk's checks; saving a draft does not."""

import pytest
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from articles.models import ArticlePage
from tests.articles.test_admin_flow import article_form
from tests.factories import AuthorFactory, ImageFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def add_article(client, section, action="action-publish", **fields):
    data = {
        "bylines": inline_formset(
            [{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]
        )
    }
    data.update(fields)
    if action:
        data[action] = action
    return client.post(f"/admin/pages/add/articles/articlepage/{section.pk}/", article_form(**data))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"standfirst": ""}, "Write a standfirst before publishing."),
        ({"bylines": inline_formset([])}, "Add at least one byline before publishing."),
        ({"dateline_place": ""}, "Add a dateline place"),
        ({"title": "Long " * 30}, "keep it within 100"),
    ],
)
def test_publishing_an_incomplete_story_is_refused_with_a_clear_message(
    editor_client, home, fields, message
):
    section = SectionPageFactory(parent=home)

    response = add_article(editor_client, section, **fields)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ArticlePage.objects.filter(live=True).exists()


def test_images_without_alt_text_block_publication(editor_client, home):
    section = SectionPageFactory(parent=home)
    lead = ImageFactory(title="Bridge at dusk", alt_text="")
    body_image = ImageFactory(title="Market stalls", alt_text="")

    response = add_article(
        editor_client,
        section,
        lead_image=lead.pk,
        body=streamfield(
            [
                ("paragraph", rich_text("<p>Text.</p>")),
                ("image", {"image": body_image.pk, "caption": "Stalls"}),
            ]
        ),
    )

    html = response.content.decode()
    assert "Lead image “Bridge at dusk” has no alt text" in html
    assert "Body image 2 “Market stalls” has no alt text" in html
    assert not ArticlePage.objects.exists()


def test_an_incomplete_draft_can_still_be_saved(editor_client, home):
    section = SectionPageFactory(parent=home)

    response = add_article(
        editor_client,
        section,
        action=None,
        standfirst="",
        dateline_place="",
        bylines=inline_formset([]),
    )

    assert response.status_code == 302
    draft = ArticlePage.objects.get()
    assert not draft.live
