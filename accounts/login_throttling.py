"""Failed logins lock the account *from that address* (django-axes): a newsroom behind one NAT
keeps working while one editor mistypes, and a far higher count of failures from one address,
across accounts, locks the address. The lock-out page says when to try again (Retry-After)."""

import math

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

# The order of settings.AXES_LOCKOUT_PARAMETERS: [["username", "ip_address"], "ip_address"].
ACCOUNT_AT_ADDRESS, ADDRESS = 0, 1


class DeskLoginHandler(AxesDatabaseHandler):
    """django-axes compares the largest count of any lock-out parameter with one limit; the
    address gets its own, higher limit (``NEWSROOM_LOGIN_ADDRESS_FAILURE_LIMIT``)."""

    def locking_attempts(self, request, credentials=None):
        """The attempts that lock this login out, or None when it may go ahead."""
        attempts = self.get_user_attempts(request, credentials)
        limits = {
            ACCOUNT_AT_ADDRESS: settings.AXES_FAILURE_LIMIT,
            ADDRESS: settings.NEWSROOM_LOGIN_ADDRESS_FAILURE_LIMIT,
        }
        for which, limit in limits.items():
            failures = attempts[which].aggregate(n=Sum("failures_since_start"))["n"] or 0
            if failures >= limit:
                return attempts[which]
        return None

    def get_failures(self, request, credentials=None):
        # In units of AXES_FAILURE_LIMIT, which is what axes compares this with.
        attempts = self.get_user_attempts(request, credentials)
        failures = attempts[ACCOUNT_AT_ADDRESS].aggregate(n=Sum("failures_since_start"))["n"]
        if self.locking_attempts(request, credentials) is not None:
            return max(failures or 0, settings.AXES_FAILURE_LIMIT)
        return failures or 0

    def reset_user_attempts(self, request, credentials=None):
        # A good login clears that account's failures from that address only: logging in to
        # one's own account must not wipe the count of guesses at everybody else's.
        attempts = self.filter_user_attempts(request, credentials)[ACCOUNT_AT_ADDRESS]
        return attempts.delete()[0]


def retry_at(request, credentials=None):
    """When the lock on this login lifts (if nobody keeps trying meanwhile)."""
    handler = DeskLoginHandler()
    attempts = handler.locking_attempts(request, credentials)
    last = attempts.aggregate(last=Max("attempt_time"))["last"] if attempts is not None else None
    return (last or timezone.now()) + get_cool_off(request)


def lockout_response(request, original_response=None, credentials=None):
    """A 429 that says when to try again, in the desk's time zone and as Retry-After."""
    until = retry_at(request, credentials)
    seconds = max(1, math.ceil((until - timezone.now()).total_seconds()))
    response = render(
        request,
        "account_locked.html",
        {
            "username": get_client_username(request, credentials) or "",
            "retry_at": timezone.localtime(until),
            "minutes": math.ceil(seconds / 60),
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(seconds)
    return response
