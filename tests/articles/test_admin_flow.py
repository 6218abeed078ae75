"""An editor writes and publishes a story in the admin; readers then find it everywhere."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticlePage
from tests.factories import AuthorFactory, ImageFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def article_form(**overrides):
    data = {
        "title": "Soyudlu villagers bring in the first harvest",
        "slug": "soyudlu-first-harvest",
        "standfirst": "Twelve families sowed wheat in spring; this week they brought it in.",
        "dateline_place": "Soyudlu",
        "dateline_date": "2026-11-20",
        "bylines": inline_formset([]),
        "lead_image_caption": "",
        "body": streamfield(
            [("paragraph", rich_text("<p>The combine arrived on Monday morning.</p>"))]
        ),
        "places": "Soyudlu, Kalbajar",
        "people": "",
        "organisations": "",
        "topics": "Agriculture",
        # New entities, as an editor makes them: chosen as "Create new …" in the tag field.
        "places-create": "Soyudlu, Kalbajar",
        "topics-create": "Agriculture",
        "comments": inline_formset([]),
        "corrections": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_writes_and_publishes_a_story_readers_find_it(client, home):
    section = SectionPageFactory(parent=home, title="Region", slug="region")
    leyla = AuthorFactory(name="Leyla Mammadova", slug="leyla-mammadova")
    rauf = AuthorFactory(name="Rauf Aliyev", slug="rauf-aliyev")
    image = ImageFactory(
        title="Harvest",
        description="Wheat in Soyudlu",
        creator="Rauf Aliyev",
        credit_line="Highland Courier",
    )
    editor = UserFactory(is_superuser=True, is_staff=True)
    response = client.post(
        "/admin/login/", {"username": editor.username, "password": "correct horse battery"}
    )
    assert response.status_code == 302

    form_page = client.get(f"/admin/pages/add/articles/articlepage/{section.pk}/")
    assert form_page.status_code == 200
    form_html = form_page.content.decode()
    assert "Bylines" in form_html and "Dateline" in form_html
    for label in ("Places", "People", "Organisations", "Topics"):  # four distinct tag fields
        assert f'<label class="w-field__label" for="id_{label.lower()}"' in form_html, label

    response = client.post(
        f"/admin/pages/add/articles/articlepage/{section.pk}/",
        article_form(
            bylines=inline_formset(
                [
                    {"author": leyla.pk, "role": "reporter", "agency": ""},
                    {"author": rauf.pk, "role": "photographer", "agency": ""},
                ]
            ),
            lead_image=image.pk,
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]

    article = ArticlePage.objects.get(slug="soyudlu-first-harvest")
    assert article.live
    client.logout()

    story = client.get(article.url).content.decode()
    assert "Soyudlu villagers bring in the first harvest" in story
    assert "SOYUDLU, Nov. 20 —" in story
    assert "Leyla Mammadova" in story and "Rauf Aliyev" in story
    assert "Wheat in Soyudlu" in story and "Photo: Rauf Aliyev / Highland Courier" in story
    for url in [
        "/",
        section.url,
        "/authors/leyla-mammadova/",
        "/authors/rauf-aliyev/",
        "/places/soyudlu/",
        "/places/kalbajar/",
        "/topics/agriculture/",
    ]:
        page = client.get(url)
        assert page.status_code == 200, url
        assert "Soyudlu villagers bring in the first harvest" in page.content.decode(), url


def test_a_saved_draft_stays_out_of_public_view(client, home):
    section = SectionPageFactory(parent=home)
    editor = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(editor)

    response = client.post(
        f"/admin/pages/add/articles/articlepage/{section.pk}/",
        article_form(
            bylines=inline_formset(
                [{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]
            )
        ),
    )
    assert response.status_code == 302
    client.logout()

    assert client.get(f"{section.url}soyudlu-first-harvest/").status_code == 404
    for url in ["/", section.url, "/places/soyudlu/"]:
        assert "Soyudlu villagers" not in client.get(url).content.decode()
