"""The anonymous page cache: whole responses for readers, shared by every app server.

Readers without a session get pages from the cache (Redis in production) for up to
``PAGE_CACHE_SECONDS``; anything public that changes — a story published, unpublished, corrected,
moved or deleted, an author, entity or picture edited (``core.changes``) — renews the ``"pages"``
version (``core.versions``), the page cache's *generation*; each stored page carries the
generation it was made in and counts only while that is current, so all cached pages, feeds and
sitemaps are replaced at once, on every server. A hit reads the generation and
the page together (one round trip to Redis), or only the generation for a page this process
served lately (``RecentPages``).
Logged-in users, the admin, previews, API calls with a token, POSTs and responses that set cookies
are never stored or served from it.
"""

import hashlib
import re
import threading
import time
from collections import OrderedDict
from http import HTTPStatus

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe

from core import changes, versions

VERSION = "pages"
# Where the WSGI front leaves the key and generation of a miss for the middleware (environ).
MISSED = "newsroom.page_cache.missed"
# Paths whose answers depend on who asks (or must never be stored).
UNCACHED_PREFIXES = ("/admin/", "/_util/", "/documents/")
# Longer query strings (endless search variations) are answered but not stored, so nobody can
# fill the cache with random URLs.
MAX_CACHED_QUERY = 100


def generation():
    return versions.current(VERSION)


def generation_of(request):
    """The generation ``request`` is answered in: the one its cache lookup read, else now."""
    if not hasattr(request, "_page_cache_generation"):
        request._page_cache_generation = generation()
    return request._page_cache_generation


@changes.subscribe
def retire_every_page(change):
    """Any public change: every cached page, feed and sitemap is out of date."""
    versions.renew(VERSION)


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        # A request to be redirected to HTTPS is SecurityMiddleware's to answer.
        and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(UNCACHED_PREFIXES)
        and len(request.META.get("QUERY_STRING", "")) <= MAX_CACHED_QUERY
    )


def _cacheable_response(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "is_preview", False)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def _key_of(scheme, host, full_path):
    url = f"{scheme}://{host}{full_path}"
    return versions.key("page", hashlib.sha256(url.encode()).hexdigest())


def _key(request):
    return _key_of(request.scheme, request.get_host(), request.get_full_path())


def _current(found, key):
    """The stored page under ``key`` in what ``cache.get_many`` found, if it is current."""
    current = found.get(versions.version_key(VERSION)) or generation()
    cached = found.get(key)
    return current, (cached if cached is not None and cached[0] == current else None)


class RecentPages:
    """The pages this process served from the cache lately, up to ``max_bytes``, least recently
    served dropped first. A hit on one of them reads only the generation from the cache, not the
    page again: a feed is ~300 KB, and moving it from Redis cost more than serving it. Each still
    counts only while its generation is current, so a publish replaces it as at once as before;
    and for a few seconds at most, so that a page outlives ``PAGE_CACHE_SECONDS`` by no more."""

    SECONDS = 5

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.pages = OrderedDict()  # {key: (until, page)}
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key):
        if not self.max_bytes:
            return None
        with self.lock:
            kept = self.pages.get(key)
            if kept is None:
                return None
            if kept[0] < time.monotonic():
                self._drop(key)
                return None
            self.pages.move_to_end(key)
            return kept[1]

    def put(self, key, page):
        if not self.max_bytes or len(page[3]) > self.max_bytes // 8:
            return
        until = time.monotonic() + min(self.SECONDS, settings.PAGE_CACHE_SECONDS)
        with self.lock:
            self._drop(key)
            self.pages[key] = (until, page)
            self.size += len(page[3])
            while self.size > self.max_bytes:
                self._drop(next(iter(self.pages)))

    def _drop(self, key):
        kept = self.pages.pop(key, None)
        if kept is not None:
            self.size -= len(kept[1][3])


_recent = RecentPages(settings.PAGE_CACHE_PROCESS_MB * 1024 * 1024)


def _lookup(key):
    """``(generation, page or None)``: the current page stored under ``key``, in one round trip
    to the cache (two when this process's copy has just been outdated)."""
    recent = _recent.get(key)
    if recent is not None:
        current = generation()
        if recent[0] == current:
            return current, recent
    current, cached = _current(cache.get_many([versions.version_key(VERSION), key]), key)
    if cached is not None:
        _recent.put(key, cached)
    return current, cached


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            response = self.get_response(request)
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated:
                patch_cache_control(response, private=True, no_store=True)
            return response

        key = _key(request)
        missed = request.META.get(MISSED)
        made_in, cached = (missed[1], None) if missed and missed[0] == key else _lookup(key)
        request._page_cache_generation = made_in  # feeds' validators (core.freshness) agree
        if cached is not None:
            _made_in, status, headers, content = cached
            response = HttpResponse(content, status=status, headers=headers)
            response["X-Cache"] = "HIT"
            # A feed reader asking "changed since?" gets a 304 from the cache too.
            last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
            return get_conditional_response(
                request, etag=response.get("ETag"), last_modified=last_modified, response=response
            )

        response = self.get_response(request)
        if _cacheable_response(request, response):
            # Shared caches (a CDN, purged on every change) may keep it; a reader's browser asks
            # again each time, or a story published meanwhile would stay off its front page.
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            # Status, headers and body only: far cheaper to load than a pickled response object.
            # Made in the generation read before rendering: a publish meanwhile makes it stale.
            page = (made_in, response.status_code, dict(response.items()), response.content)
            cache.set(key, page, seconds)
            response["X-Cache"] = "MISS"
        return response


# What the WSGI front answers by itself: plain ASCII paths and query strings, for which the key
# is the same as Django computes it; anything else goes through Django (and may still hit).
_PLAIN_PATH = re.compile(r"[A-Za-z0-9/_.~-]*")
_PLAIN_QUERY = re.compile(r"[A-Za-z0-9=&+_.~%,-]*")


class CachedPagesFirst:
    """WSGI: page-cache hits answered before Django is entered (request objects, middleware,
    signals): the hit that ``PageCacheMiddleware`` would serve, for a third of its cost. Only
    for requests the middleware would answer from the cache unchanged — anonymous GET or HEAD,
    plain paths, no conditional headers, HTTPS where it is required; the rest (misses too) go to
    Django."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        looked_up = self.look_up(environ)
        if looked_up is None or looked_up[2] is None:
            if looked_up is not None:
                # A miss: the middleware stores the page under the generation read here,
                # rather than asking the cache a second time.
                environ[MISSED] = looked_up[:2]
            return self.application(environ, start_response)
        _made_in, status, headers, content = looked_up[2]
        reason = HTTPStatus(status).phrase
        start_response(f"{status} {reason}", [*headers.items(), ("X-Cache", "HIT")])
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else content]

    @staticmethod
    def look_up(environ):
        """``(key, generation, page or None)`` for a request the front may answer, else None."""
        if not settings.PAGE_CACHE_SECONDS or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        path, query = environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", "")
        host = environ.get("HTTP_HOST")
        if (
            not host
            or environ.get("SCRIPT_NAME")
            or (settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in environ)
            or "HTTP_AUTHORIZATION" in environ
            or "HTTP_IF_NONE_MATCH" in environ
            or "HTTP_IF_MODIFIED_SINCE" in environ
            or f"{settings.SESSION_COOKIE_NAME}=" in environ.get("HTTP_COOKIE", "")
            or path.startswith(UNCACHED_PREFIXES)
            or len(query) > MAX_CACHED_QUERY
            or not _PLAIN_PATH.fullmatch(path)
            or not _PLAIN_QUERY.fullmatch(query)
            or (settings.SECURE_SSL_REDIRECT and not _secure(environ))
        ):
            return None
        scheme = "https" if _secure(environ) else "http"
        key = _key_of(scheme, host, f"{path}?{query}" if query else path)
        return (key, *_lookup(key))


def _secure(environ):
    if environ.get("wsgi.url_scheme") == "https":
        return True
    header, value = settings.SECURE_PROXY_SSL_HEADER or (None, None)
    return header is not None and environ.get(header, "").split(",")[0].strip() == value
