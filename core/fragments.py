"""Pieces of public pages rendered once and kept until what they show changes.

The page cache (``core.page_cache``) keeps whole responses and drops them all whenever anything
public changes, so right after a publish every page is made again. These pieces make that cheap:

- A story's rendered pieces (its card, its article, its feed body) are keyed by the story's
  published version (live revision, last publication and update times) and by the *shared
  generation*: publishing a story makes new keys for that story alone, and every other story's
  pieces still count.
- The shared generation (the ``"shared"`` version of ``core.versions``) is renewed by every
  shared change (``core.changes``): something stories show but do not own — an author, an
  entity, a picture or its licence, a site, a view restriction, a section, a redirect, any page
  moved or deleted. That is rare, and it renews every piece.
- Small lookups that every page makes (the site, the sections, the view restrictions) are kept in
  each process for as long as the shared generation stands (``memo``).

Keys carry versions, so nothing has to be deleted; pieces of old versions age out of the cache.
``FRAGMENT_CACHE_SECONDS=0`` switches the pieces off (everything rendered every time).
"""

import contextvars

from django.conf import settings
from django.core.cache import cache

from core import changes, versions

VERSION = "shared"

# The generation the current request started in (SharedGenerationMiddleware): all its pieces
# and lookups agree, and it reads the cache for it once.
_request_generation = contextvars.ContextVar("shared_generation", default=None)


def shared_generation():
    """The current shared generation; within a request, the one it started in."""
    return _request_generation.get() or versions.current(VERSION)


@changes.subscribe
def retire_every_piece(change):
    if change.shared:
        versions.renew(VERSION)


class SharedGenerationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set(versions.current(VERSION))
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def story_version(story):
    """What a story's pieces depend on of the story itself: it changes on every publish (and
    with the "Last update" time that publishing sets)."""
    published = story.last_published_at.timestamp() if story.last_published_at else ""
    updated = story.last_updated_at.timestamp() if story.last_updated_at else ""
    return f"{story.pk}.{story.live_revision_id}.{published}.{updated}"


def key(kind, *parts):
    return versions.key("fragment", kind, shared_generation(), *parts)


def get_many_or_render(keys, render_missing, seconds=None):
    """``{name: piece}`` for ``keys`` (``{name: cache key}``): what the cache holds, and what
    ``render_missing(names)`` returns (``{name: piece}``) for the rest, which is then stored
    (for ``seconds``, by default ``FRAGMENT_CACHE_SECONDS``). A name it cannot render (its
    story deleted since the list naming it was kept) is left out."""
    if seconds is None:
        seconds = settings.FRAGMENT_CACHE_SECONDS
    if not keys:
        return {}
    if not seconds:
        return render_missing(list(keys))
    found = cache.get_many(list(keys.values()))
    pieces = {name: found[k] for name, k in keys.items() if k in found}
    missing = [name for name in keys if name not in pieces]
    if missing:
        rendered = render_missing(missing)
        cache.set_many({keys[name]: piece for name, piece in rendered.items()}, seconds)
        pieces.update(rendered)
    return pieces


def memo(compute):
    """``compute()`` kept in each process for as long as the shared generation stands."""
    return versions.Memo(compute, shared_generation)
