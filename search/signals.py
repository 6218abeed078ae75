from django.db import transaction
from wagtail.search import index
from wagtail.search.backends import get_search_backends

from articles.models import ArticlePage
from core import changes
from entities.models import Alias, Entity


def reindex_stories_naming(entity):
    """The live stories tagged with ``entity`` (their index holds its names), in one batch: their
    tags and other names are read in bulk (``ArticlePage.get_indexed_objects``), not per story."""
    tagged = entity.tagged_items.values("content_object_id")
    stories = list(ArticlePage.get_indexed_objects().live().filter(pk__in=tagged))
    if stories:
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(ArticlePage, stories)


@changes.subscribe
def renew_index(change):
    if change.story and change.action == changes.PUBLISHED:
        # Page.save() indexes the page before modelcluster writes its tags; index it again once
        # published so the tag names (and their aliases) are searchable.
        index.insert_or_update_object(change.instance)
    elif isinstance(change.instance, (Entity, Alias)) and change.action == changes.SAVED:
        # A name or another name added: the stories tagged with the entity are found by it.
        entity = change.instance if isinstance(change.instance, Entity) else change.instance.entity
        transaction.on_commit(lambda: reindex_stories_naming(entity), robust=True)
