"""Publishing is refused, naming the picture and the problem, until its rights are in order."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from articles.models import ArticlePage
from media_credits.models import Licence
from tests.articles.test_admin_flow import article_form
from tests.factories import AuthorFactory, ImageFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(client, home):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    section = SectionPageFactory(parent=home)

    def post(lead=None, body_image=None):
        body = [("paragraph", rich_text("<p>Text.</p>"))]
        if body_image:
            body.append(("image", {"image": body_image.pk, "caption": ""}))
        data = article_form(
            bylines=inline_formset(
                [{"author": AuthorFactory().pk, "role": "reporter", "agency": ""}]
            ),
            lead_image=lead.pk if lead else "",
            body=streamfield(body),
            **{"action-publish": "action-publish"},
        )
        return client.post(f"/admin/pages/add/articles/articlepage/{section.pk}/", data)

    return post


def licence(label):
    return Licence.objects.get(label=label)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"creator": "", "credit_line": ""}, "Lead image “Ridge” has no creator or credit."),
        ({"licence": None}, "Lead image “Ridge” has no licence."),
        (
            {"licence_expires": dt.date(2020, 1, 31)},
            "Lead image “Ridge” has a licence that expired on 31 Jan 2020.",
        ),
        (
            {"licence_label": "CC BY-NC 4.0"},
            "Lead image “Ridge” is licensed CC BY-NC 4.0, which forbids commercial use.",
        ),
    ],
)
def test_publishing_is_refused_while_a_picture_lacks_rights(publish, fields, message):
    if "licence_label" in fields:
        fields = {"licence": licence(fields.pop("licence_label"))}
    image = ImageFactory(title="Ridge", **fields)

    response = publish(lead=image)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ArticlePage.objects.filter(live=True).exists()


def test_body_pictures_are_checked_too_and_all_problems_are_named(publish):
    image = ImageFactory(title="Market", creator="", credit_line="", licence=None)

    html = publish(body_image=image).content.decode()

    assert "Body image 2 “Market” has no creator or credit and has no licence." in html
    assert not ArticlePage.objects.exists()


def test_a_properly_credited_picture_publishes(publish):
    image = ImageFactory(licence_expires=timezone.localdate() + dt.timedelta(days=90))

    assert publish(lead=image, body_image=image).status_code == 302
    assert ArticlePage.objects.get().live


def test_non_commercial_licences_are_fine_for_a_non_commercial_site(publish, settings):
    settings.NEWSROOM_COMMERCIAL_USE = False
    image = ImageFactory(licence=licence("CC BY-NC-SA 2.0"))

    assert publish(lead=image).status_code == 302


def test_public_domain_pictures_need_no_credit(publish):
    image = ImageFactory(creator="", credit_line="", licence=licence("CC0 1.0"))

    assert publish(lead=image).status_code == 302
