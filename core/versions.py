"""Version tokens in the shared cache: the one way kept outputs learn they are out of date.

A version is a random token stored under a name (``"pages"``, ``"shared"``, a story list's name,
``"entity-names"``). What is kept is kept under the versions it depends on; renewing a version
retires all of it at once, on every app server, without deleting anything. Tokens are random, so
a cache emptied or restarted can never bring an old one back, and a version missing from the cache
is simply a new one. With the cache unreachable a token is made up on the spot: it matches nothing
kept, so everything is computed afresh.

Every key that goes into the cache is made here (``key``), so no two features can collide.
"""

import datetime as dt
import threading
import time
import uuid

from django.core.cache import cache
from django.db import transaction


def key(*parts):
    """The cache key for ``parts``: ``newsroom:part:part:…``."""
    return ":".join(["newsroom", *map(str, parts)])


def version_key(name):
    return key("version", *(name if isinstance(name, tuple) else (name,)))


def _new_token():
    # When it was made (microseconds, hex), then chance: ``made_at`` reads the time back.
    return f"{time.time_ns() // 1000:x}.{uuid.uuid4().hex[:16]}"


def made_at(token):
    """When ``token`` was made: the time of the change that renewed it (or of the first reading
    after the cache lost it)."""
    microseconds = int(token.split(".", 1)[0], 16)
    return dt.datetime.fromtimestamp(microseconds / 1_000_000, tz=dt.UTC)


def current_many(names):
    """``{name: token}`` for these versions, in one round trip; missing ones start now."""
    keys = {name: version_key(name) for name in names}
    found = cache.get_many(list(keys.values()))
    new = {k: _new_token() for k in keys.values() if k not in found}
    if new:
        cache.set_many(new, timeout=None)
        found |= new
    return {name: found[k] for name, k in keys.items()}


def current(name):
    return current_many([name])[name]


def renew(*names):
    """New tokens for these versions: now, and again when the change commits, so that what was
    made in between from the data as it was before cannot stay current."""
    keys = [version_key(name) for name in names]

    def renew_now():
        cache.set_many({k: _new_token() for k in keys}, timeout=None)

    renew_now()
    transaction.on_commit(renew_now, robust=True)


class Memo:
    """A value computed once per process for each token of a version (``version`` returns the
    current token): the site's sections, its view restrictions, the entity-name index."""

    def __init__(self, compute, version):
        self.compute = compute
        self.version = version
        self.token = None
        self.value = None
        self.lock = threading.Lock()

    def get(self):
        token = self.version()
        if token != self.token:
            with self.lock:
                if token != self.token:
                    self.value = self.compute()
                    self.token = token
        return self.value
