"""Two-factor sign-in: staff turn it on for themselves; Administrators can require it for a role."""

import datetime as dt

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import TwoFactorPolicy
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def member(role, **fields):
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=role))
    return user


def sign_in(user):
    client = Client()
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def code(device, at=None):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    if at:
        totp.time = at.timestamp()
    return totp.token()


def set_up_authenticator(client):
    page = client.get("/admin/two-factor/setup/")
    assert page.status_code == 200
    key = BeautifulSoup(page.content, "html.parser").find("code", class_="two-factor-key")
    device = TOTPDevice.objects.get(confirmed=False)
    assert key.get_text() and "otpauth://totp/" in page.content.decode()
    response = client.post("/admin/two-factor/setup/", {"code": f"{code(device):06d}"})
    assert response.status_code == 302
    return TOTPDevice.objects.get(pk=device.pk)


def test_a_reporter_turns_it_on_and_then_needs_a_code_to_get_in():
    reporter = member("Reporters")
    client = sign_in(reporter)
    assert client.get("/admin/").status_code == 200  # not required of reporters
    device = set_up_authenticator(client)
    assert device.confirmed

    # Next time: the password alone opens nothing.
    client = sign_in(reporter)
    blocked = client.get("/admin/account/")
    assert blocked.status_code == 302 and "/admin/two-factor/verify/" in blocked["Location"]
    wrong = client.post("/admin/two-factor/verify/", {"code": "000000", "next": "/admin/account/"})
    assert wrong.status_code == 200 and "not right" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    with time_machine.travel(later):
        right = client.post(
            "/admin/two-factor/verify/",
            {"code": f"{code(device, later):06d}", "next": "/admin/account/"},
        )
        assert right.status_code == 302 and right["Location"] == "/admin/account/"
        assert client.get("/admin/account/").status_code == 200


def test_administrators_require_it_for_editors():
    administrator = member("Administrators")
    client = sign_in(administrator)
    settings_url = f"/admin/settings/accounts/twofactorpolicy/{TwoFactorPolicy.load().pk}/"
    editors = Group.objects.get(name="Editors")
    response = client.post(settings_url, {"required_groups": [editors.pk]})
    assert response.status_code == 302, response.content.decode()[-3000:]

    assert TwoFactorPolicy.load().required_groups.get() == editors
    editor = member("Editors")
    client = sign_in(editor)
    for url in ("/admin/", "/admin/images/", "/admin/pages/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/two-factor/setup/" in response["Location"]
    set_up_authenticator(client)
    assert client.get("/admin/account/").status_code == 200

    # Reporters are not required to.
    assert sign_in(member("Reporters")).get("/admin/").status_code == 200


def test_only_administrators_set_the_policy():
    client = sign_in(member("Editors"))
    response = client.get(f"/admin/settings/accounts/twofactorpolicy/{TwoFactorPolicy.load().pk}/")
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/" in response["Location"]


def test_the_next_address_cannot_send_you_elsewhere():
    reporter = member("Reporters")
    client = sign_in(reporter)
    device = set_up_authenticator(client)
    client = sign_in(reporter)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    with time_machine.travel(later):
        response = client.post(
            "/admin/two-factor/verify/",
            {"code": f"{code(device, later):06d}", "next": "https://evil.example.com/"},
        )
    assert response["Location"] == "/admin/"
