"""Django's Redis cache, made a cache that can fail: a Redis that refuses, drops or hangs costs a
miss, never an error page, and never more than a short timeout.

- Every call that cannot reach Redis answers as a miss (``get`` gives the default, ``set`` does
  nothing, ``incr`` raises ``ValueError`` as for a missing key) and is logged.
- After a failure this process leaves Redis alone for ``RETRY_SECONDS``; it then tries again,
  each try bounded by short socket timeouts (a hung Redis otherwise blocks until gunicorn kills
  the worker).
- A write lost in an outage (a generation bump, a deleted list) would let Redis serve what it
  held from before once it is back; so the first process that lost one and reaches Redis again
  deletes every key of this site, and everything is made afresh from the database.

Also: Django's backend builds a new ``redis.Redis`` for every cache call, rebuilding redis-py's
table of ~160 response callbacks (about a quarter of a millisecond, most of a page-cache hit);
a client is thread-safe and cheap to share, so one is kept per connection pool.
"""

import logging
import threading
import time

from django.core.cache.backends import redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 2
SOCKET_TIMEOUTS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
WRITES = {"set", "add", "set_many", "delete", "delete_many", "incr", "touch", "clear"}


class SharedClientRedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class _Health:
    """This process's view of one Redis server (shared by its threads' cache objects)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.lost_writes = False

    def available(self):
        return time.monotonic() >= self.down_until

    def failed(self, operation, error):
        with self.lock:
            first = self.available()
            self.down_until = time.monotonic() + RETRY_SECONDS
            self.lost_writes |= operation in WRITES
        if first:
            logger.warning(
                "Redis cache unreachable (%s: %s); serving without it for %s s",
                operation,
                error,
                RETRY_SECONDS,
            )

    def skipped(self, operation):
        if operation in WRITES:
            self.lost_writes = True


_health = {}
_health_lock = threading.Lock()


def health_of(location):
    with _health_lock:
        return _health.setdefault(location, _Health())


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**SOCKET_TIMEOUTS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
        self._health = health_of(server)

    def _guarded(self, operation, call, fallback):
        health = self._health
        if not health.available():
            health.skipped(operation)
            return fallback()
        try:
            if health.lost_writes:
                self._forget_everything()
            return call()
        except RedisError as error:
            health.failed(operation, error)
            return fallback()

    def _forget_everything(self):
        """Delete this site's keys (its prefix only: other sites may share the database)."""
        client = self._cache.get_client(write=True)
        pattern = self.make_key("*")
        batch = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) == 1000:
                client.delete(*batch)
                batch.clear()
        if batch:
            client.delete(*batch)
        self._health.lost_writes = False
        logger.warning("Redis cache reachable again: emptied what it kept from before")

    def clear(self):
        return self._guarded("clear", super().clear, lambda: False)


def _unreachable_incr(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found (the cache is unreachable)")


# What each call answers while Redis cannot be reached: what it answers for a missing key.
MISSES = {
    "get": lambda key, default=None, *args, **kwargs: default,
    "get_many": lambda *args, **kwargs: {},
    "has_key": lambda *args, **kwargs: False,
    "set": lambda *args, **kwargs: None,
    "add": lambda *args, **kwargs: False,
    "set_many": lambda data, *args, **kwargs: list(data),
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "delete_many": lambda *args, **kwargs: None,
    "incr": _unreachable_incr,
}


def _guard(operation, miss):
    unguarded = getattr(redis.RedisCache, operation)

    def guarded(self, *args, **kwargs):
        return self._guarded(
            operation,
            lambda: unguarded(self, *args, **kwargs),
            lambda: miss(*args, **kwargs),
        )

    guarded.__name__ = operation
    return guarded


for _operation, _miss in MISSES.items():
    setattr(RedisCache, _operation, _guard(_operation, _miss))
