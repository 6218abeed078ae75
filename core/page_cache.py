"""The anonymous page cache: whole responses for readers, shared by every app server.

Readers without a session get pages from the cache (Redis in production) for up to
``PAGE_CACHE_SECONDS``; anything public that changes — a story published, unpublished, corrected,
moved or deleted, an author, entity or picture edited — bumps one *generation* number; each stored
page carries the generation it was made in and counts only while that is current, so all cached
pages, feeds and sitemaps are replaced at once, on every server. A hit reads the generation and
the page together (one round trip to Redis).
Logged-in users, the admin, previews, API calls with a token, POSTs and responses that set cookies
are never stored or served from it.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
# Paths whose answers depend on who asks (or must never be stored).
UNCACHED_PREFIXES = ("/admin/", "/_util/", "/documents/")
# Longer query strings (endless search variations) are answered but not stored, so nobody can
# fill the cache with random URLs.
MAX_CACHED_QUERY = 100


def _next_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.add(GENERATION_KEY, 1, timeout=None)


def bump_generation(**_signal_kwargs):
    """Mark every cached page out of date (a signal receiver, hence the keyword arguments): now,
    and again when the change commits, so that a page made in between from the data as it was
    before is not kept."""
    _next_generation()
    transaction.on_commit(_next_generation)


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
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


def _key(request):
    url = f"{request.get_host()}{request.get_full_path()}"
    return f"page-cache:{hashlib.sha256(url.encode()).hexdigest()}"


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
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or _generation()
        cached = found.get(key)
        if cached is not None and cached[0] == generation:
            _made_in, status, headers, content = cached
            response = HttpResponse(content, status=status, headers=headers)
            response["X-Cache"] = "HIT"
            return response

        response = self.get_response(request)
        if _cacheable_response(request, response):
            patch_cache_control(response, public=True, max_age=seconds, s_maxage=seconds)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            # Status, headers and body only: far cheaper to load than a pickled response object.
            # Made in the generation read before rendering: a publish meanwhile makes it stale.
            page = (generation, response.status_code, dict(response.items()), response.content)
            cache.set(key, page, seconds)
            response["X-Cache"] = "MISS"
        return response


def public_models():
    """Models whose saves change what readers see (pages go by Wagtail's publish signals: a draft
    save changes nothing public)."""
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site

    from articles.models import Author
    from entities.models import Alias, Entity
    from media_credits.models import Licence

    return (Author, Entity, Alias, Licence, PageViewRestriction, Site, get_image_model())


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_generation, dispatch_uid=f"page-cache-{signal}")
    public = public_models()

    def on_change(sender, instance, **kwargs):
        if isinstance(instance, public) or (
            kwargs.get("signal") is post_delete and isinstance(instance, Page)
        ):
            bump_generation()

    post_save.connect(on_change, dispatch_uid="page-cache-save", weak=False)
    post_delete.connect(on_change, dispatch_uid="page-cache-delete", weak=False)
