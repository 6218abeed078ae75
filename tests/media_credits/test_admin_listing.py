import datetime as dt

import pytest
from django.utils import timezone

from media_credits.models import Licence
from tests.factories import ImageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    today = timezone.localdate()
    ImageFactory(title="Credited ridge", creator="Jane Doe", credit_line="AFP")
    ImageFactory(title="Uncredited market", creator="", credit_line="")
    ImageFactory(title="Expiring bridge", licence_expires=today + dt.timedelta(days=10))
    ImageFactory(title="Long licence", licence_expires=today + dt.timedelta(days=200))
    # CC0 asks for no attribution: nothing is missing (the publish check lets it through too).
    ImageFactory(title="Public domain map", creator="", credit_line="", licence=cc0())
    return client


def cc0():
    return Licence.objects.get(attribution_required=False, label__startswith="CC0")


def titles(response):
    html = response.content.decode()
    return {
        t
        for t in (
            "Credited ridge",
            "Uncredited market",
            "Expiring bridge",
            "Long licence",
            "Public domain map",
        )
        if t in html
    }


def test_list_layout_shows_credit_and_licence(desk):
    html = desk.get("/admin/images/", {"layout": "list"}).content.decode()
    assert "Photo: Jane Doe / AFP" in html
    assert "Agency" in html and "Licence expires" in html


def test_filters_for_missing_credit_and_expiring_licences(desk):
    assert titles(desk.get("/admin/images/", {"missing_credit": "true"})) == {"Uncredited market"}
    assert titles(desk.get("/admin/images/", {"licence_expiring": "true"})) == {"Expiring bridge"}
    assert len(titles(desk.get("/admin/images/"))) == 5


def test_photo_desk_can_edit_licences(desk):
    assert desk.get("/admin/snippets/media_credits/licence/").status_code == 200
