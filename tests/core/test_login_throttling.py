"""Failed admin logins are throttled per account and per address (django-axes)."""

import datetime as dt

import pytest
import time_machine
from django.test import Client

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def log_in(username, password, address):
    return Client(REMOTE_ADDR=address).post(
        "/admin/login/", {"username": username, "password": password}
    )


@pytest.fixture
def editor(db):
    return UserFactory(username="aynur", is_superuser=True)


def test_guessing_one_account_from_many_addresses_locks_the_account(editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in("aynur", f"guess-{n}", f"10.0.0.{n + 1}").status_code == 200  # form error
    assert log_in("aynur", "last-guess", "10.0.0.99").status_code == 429  # the limit: locked

    locked = log_in("aynur", PASSWORD, "10.0.1.1")  # the right password, a fresh address
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert "_auth_user_id" not in locked.wsgi_request.session


def test_guessing_many_accounts_from_one_address_locks_the_address(editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(f"user-{n}", "password", "192.0.2.7")

    assert log_in("aynur", PASSWORD, "192.0.2.7").status_code == 429
    assert log_in("aynur", PASSWORD, "192.0.2.8").status_code == 302  # others are not blocked


def test_the_lock_lifts_after_the_cool_off(editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in("aynur", f"guess-{n}", "198.51.100.1")
    assert log_in("aynur", PASSWORD, "198.51.100.1").status_code == 429

    with time_machine.travel(
        dt.datetime.now(dt.UTC) + settings.AXES_COOLOFF_TIME + dt.timedelta(minutes=1)
    ):
        assert log_in("aynur", PASSWORD, "198.51.100.1").status_code == 302


def test_a_good_login_resets_the_count(editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in("aynur", f"guess-{n}", "203.0.113.5")
    assert log_in("aynur", PASSWORD, "203.0.113.5").status_code == 302
    assert log_in("aynur", "one-more-typo", "203.0.113.5").status_code == 200
    assert log_in("aynur", PASSWORD, "203.0.113.5").status_code == 302


def test_behind_a_proxy_the_forwarded_address_counts(editor, settings):
    settings.NEWSROOM_TRUSTED_PROXIES = 1
    for n in range(settings.AXES_FAILURE_LIMIT):
        Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"198.18.0.{n}").post(
            "/admin/login/", {"username": f"user-{n}", "password": "x"}
        )
    # Five different readers behind one proxy: none of them, nor the proxy, is locked out.
    assert (
        Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.18.0.99")
        .post("/admin/login/", {"username": "aynur", "password": PASSWORD})
        .status_code
        == 302
    )
