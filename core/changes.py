"""What a public change is, and who hears of it: the one place that decides.

Readers see published pages and what those pages show: authors, entities and their other names,
pictures and their licences, sections, the site, view restrictions, redirects. Each change to any
of them is announced here once, as a ``Change``, to every subscriber — the page cache, the kept
pieces, the story lists, feed validators, the CDN purge, the search index, tag suggestions — so
none of them keeps its own idea of what matters.

Feature apps say which of their models are public (``public_models``) and which page types are
stories (``story_models``), and subscribe in their ``ready()``; this module imports none of them.

A change is a *story* change when a story was published or unpublished (scheduled go-live and
take-down included): only what lists or shows that story is affected. Anything else is *shared*:
any page may show it (an author's name, a credit, a section's title, a moved page's URL).
"""

import logging
from dataclasses import dataclass

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

PUBLISHED, UNPUBLISHED, MOVED, SAVED, DELETED = (
    "published",
    "unpublished",
    "moved",
    "saved",
    "deleted",
)


@dataclass(frozen=True)
class Change:
    action: str
    instance: object
    story: bool  # a story's own publication changed; otherwise the change is shared
    moved_from: str = ""  # a moved page's url_path before the move

    @property
    def shared(self):
        return not self.story


_story_models: list[type] = []
_public_models: list[type] = []
_subscribers: list = []


def story_models(*models):
    """Page types whose publication changes only what lists or shows them."""
    _story_models.extend(m for m in models if m not in _story_models)


def public_models(*models):
    """Models whose every save or delete changes what readers may see."""
    _public_models.extend(m for m in models if m not in _public_models)


def subscribe(receiver):
    """``receiver(change)`` is called for every public change, in the order of subscription."""
    if receiver not in _subscribers:
        _subscribers.append(receiver)
    return receiver


def announce(change):
    # An editor's publish never fails because a cache, a CDN or an index did.
    for receiver in _subscribers:
        try:
            receiver(change)
        except Exception:
            logger.exception("%s failed on %s of %r", receiver, change.action, change.instance)


def _is_story(instance):
    # A move hands over a plain Page (Wagtail reloads it): its specific class says what it is.
    kind = getattr(instance, "specific_class", None) or type(instance)
    return issubclass(kind, tuple(_story_models))


def _published(sender, instance, **kwargs):
    announce(Change(PUBLISHED, instance, story=_is_story(instance)))


def _unpublished(sender, instance, **kwargs):
    announce(Change(UNPUBLISHED, instance, story=_is_story(instance)))


def _moved(sender, instance, url_path_before="", **kwargs):
    # Its URL, and every breadcrumb below it.
    announce(Change(MOVED, instance, story=False, moved_from=url_path_before))


def _saved(sender, instance, **kwargs):
    if isinstance(instance, tuple(_public_models)) or (
        isinstance(instance, Page)
        # An alias shows its original's restrictions; a live section or home page saved
        # outside a publish (a tree update) may be in any page's links.
        and (instance.alias_of_id or (instance.live and not _is_story(instance)))
    ):
        announce(Change(SAVED, instance, story=False))


def _deleted(sender, instance, **kwargs):
    if isinstance(instance, (*_public_models, Page)):
        announce(Change(DELETED, instance, story=False))


def connect():
    page_published.connect(_published, dispatch_uid="public-change-published")
    page_unpublished.connect(_unpublished, dispatch_uid="public-change-unpublished")
    post_page_move.connect(_moved, dispatch_uid="public-change-moved")
    post_save.connect(_saved, dispatch_uid="public-change-saved")
    post_delete.connect(_deleted, dispatch_uid="public-change-deleted")
