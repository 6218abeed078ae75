"""When did anything readers can see last change? Drives ETag/Last-Modified on feeds and sitemaps.

The answer is the page cache's generation (``core.page_cache``): every public change
(``core.changes``) renews it, across all app servers, so a feed's validators change with a story
published or taken down and equally with an author renamed or a credit fixed. The token carries
the time it was made; a cache emptied or unreachable starts a new one now, which costs a feed
reader one full download, never a stale 304.
"""

import hashlib

from django.views.decorators.http import condition

from core import page_cache, versions


def _last_modified(request, *args, **kwargs):
    return versions.made_at(page_cache.generation_of(request))


def _etag(request, *args, **kwargs):
    key = f"{request.get_full_path()}|{page_cache.generation_of(request)}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def conditional_on_public_content(view):
    """ETag + Last-Modified from the last public change; 304 when the client is up to date."""

    def without_own_last_modified(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        # Frameworks set Last-Modified from item dates, which miss unpublished stories.
        if "Last-Modified" in response.headers:
            del response.headers["Last-Modified"]
        return response

    return condition(etag_func=_etag, last_modified_func=_last_modified)(without_own_last_modified)
