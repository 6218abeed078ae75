"""Failed admin logins are throttled per account at an address, and far more loosely per
address (django-axes, accounts/login_throttling.py)."""

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


def test_wrong_passwords_lock_that_account_from_that_address(editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in("aynur", f"guess-{n}", "10.0.0.1").status_code == 200  # form error
    assert log_in("aynur", "last-guess", "10.0.0.1").status_code == 429  # the limit: locked

    locked = log_in("aynur", PASSWORD, "10.0.0.1")  # even the right password, for a while
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert "_auth_user_id" not in locked.wsgi_request.session
    assert log_in("aynur", PASSWORD, "10.0.1.1").status_code == 302  # from elsewhere: fine


def test_the_lock_out_says_when_to_try_again(editor, settings):
    with time_machine.travel(dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC), tick=False):
        for n in range(settings.AXES_FAILURE_LIMIT):
            locked = log_in("aynur", f"guess-{n}", "10.0.0.2")
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()
    # 10:15 UTC in the desk's time zone (Asia/Baku, UTC+4).
    assert "Try again at <time" in locked.content.decode()
    assert ">14:15</time>" in locked.content.decode()


def test_colleagues_behind_one_address_are_not_locked_out(editor, settings):
    colleague = UserFactory(username="reporter-b", is_superuser=True)
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in("aynur", f"guess-{n}", "192.0.2.7")
    assert log_in("aynur", PASSWORD, "192.0.2.7").status_code == 429
    assert log_in(colleague.username, PASSWORD, "192.0.2.7").status_code == 302
    # ... and a colleague's good login does not clear the guesses at aynur's account.
    assert log_in("aynur", PASSWORD, "192.0.2.7").status_code == 429


def test_guessing_many_accounts_from_one_address_locks_the_address(editor, settings):
    settings.NEWSROOM_LOGIN_ADDRESS_FAILURE_LIMIT = 12
    for n in range(12):
        log_in(f"user-{n % 4}", "password", "192.0.2.9")

    assert log_in("aynur", PASSWORD, "192.0.2.9").status_code == 429
    assert log_in("aynur", PASSWORD, "192.0.2.8").status_code == 302  # others are not blocked


def test_the_address_limit_is_far_higher_than_the_account_limit(settings):
    assert settings.NEWSROOM_LOGIN_ADDRESS_FAILURE_LIMIT >= 10 * settings.AXES_FAILURE_LIMIT


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
