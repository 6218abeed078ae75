"""Pieces of public pages rendered once and kept until what they show changes.

The page cache (``core.page_cache``) keeps whole responses and drops them all whenever anything
public changes, so right after a publish every page is made again. These pieces make that cheap:

- A story's rendered pieces (its card, its article) are keyed by the story's published version
  (live revision, last publication and update times) and by the *shared generation*: publishing
  a story makes new keys for that story alone, and every other story's pieces still count.
- The shared generation changes when something stories show but do not own changes: an author,
  an entity, a picture or its licence, a site, a view restriction, a page that is not a story
  (a section's title or URL), an alias, or any page moved or deleted. That is rare, and it
  renews every piece.
- Small lookups that every page makes (the site, the sections, the view restrictions) are kept in
  each process for as long as the shared generation stands (``Memo``).

Keys carry versions, so nothing has to be deleted; pieces of old versions age out of the cache.
``FRAGMENT_CACHE_SECONDS=0`` switches the pieces off (everything rendered every time).
"""

import contextvars
import threading
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

SHARED_GENERATION_KEY = "fragments:shared-generation"

# The generation the current request started in (SharedGenerationMiddleware): all its pieces
# and lookups agree, and it reads the cache for it once.
_request_generation = contextvars.ContextVar("shared_generation", default=None)


def _read_shared_generation():
    generation = cache.get(SHARED_GENERATION_KEY)
    if generation is None:
        cache.add(SHARED_GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(SHARED_GENERATION_KEY)
    return generation


def shared_generation():
    """The current shared generation: a random token, so that a cache emptied or restarted can
    never bring an old one back. Within a request, the one it started in."""
    return _request_generation.get() or _read_shared_generation()


def _renew_shared_generation():
    cache.set(SHARED_GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def bump_shared_generation(**_signal_kwargs):
    """Retire every piece and memo (a signal receiver, hence the keyword arguments): now, and
    again when the change commits, so that a piece made in between from the data as it was
    before cannot stay current."""
    _renew_shared_generation()
    transaction.on_commit(_renew_shared_generation)


class SharedGenerationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set(_read_shared_generation())
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
    # Without a generation (the cache unreachable) the key is one nothing is read back under.
    return ":".join(["fragment", kind, str(shared_generation()), *map(str, parts)])


def get_many_or_render(keys, render_missing):
    """``{name: piece}`` for ``keys`` (``{name: cache key}``): what the cache holds, and what
    ``render_missing(names)`` returns (``{name: piece}``) for the rest, which is then stored.
    A name it cannot render (its story deleted since the list naming it was kept) is left out."""
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


class Memo:
    """A value computed once per process for each shared generation."""

    def __init__(self, compute):
        self.compute = compute
        self.generation = None
        self.value = None
        self.lock = threading.Lock()

    def get(self):
        generation = shared_generation()
        if generation is None:  # the cache is unreachable: nothing says a kept value is current
            return self.compute()
        if generation != self.generation:
            with self.lock:
                if generation != self.generation:
                    self.value = self.compute()
                    self.generation = generation
        return self.value


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from articles.models import ArticlePage
    from core.page_cache import public_models

    shared = public_models()

    def on_page_published(sender, instance, **kwargs):
        # A story's own pieces follow its version; any other page (a section, the home page)
        # may be in every story's breadcrumbs, links and navigation.
        if not isinstance(instance, ArticlePage):
            bump_shared_generation()

    def on_save(sender, instance, **kwargs):
        if isinstance(instance, shared) or (
            isinstance(instance, Page)
            # An alias takes its view restrictions from its original (core.visibility).
            and (instance.alias_of_id or (instance.live and not isinstance(instance, ArticlePage)))
        ):
            bump_shared_generation()

    def on_delete(sender, instance, **kwargs):
        if isinstance(instance, (*shared, Page)):
            bump_shared_generation()

    for signal in (page_published, page_unpublished):
        signal.connect(on_page_published, dispatch_uid=f"fragments-{signal}", weak=False)
    post_page_move.connect(bump_shared_generation, dispatch_uid="fragments-move")
    post_save.connect(on_save, dispatch_uid="fragments-save", weak=False)
    post_delete.connect(on_delete, dispatch_uid="fragments-delete", weak=False)
