"""Django's Redis cache, reusing one Redis client per connection pool.

Django's backend builds a new ``redis.Redis`` for every cache call, and each one rebuilds
redis-py's table of ~160 response callbacks: about a quarter of a millisecond, which is most of
the time a page-cache hit takes. A client is thread-safe and cheap to share (the pool holds the
connections), so we keep one per pool.
"""

from django.core.cache.backends import redis


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


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
