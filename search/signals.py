from django.db import transaction
from wagtail.search import index

from articles.models import ArticlePage
from core import changes
from entities.models import Alias, Entity


def reindex(story):
    index.insert_or_update_object(story)


def stories_naming(entity):
    """The live stories tagged with ``entity``: their index holds its names."""
    tagged = entity.tagged_items.values("content_object_id")
    return ArticlePage.objects.live().filter(pk__in=tagged)


@changes.subscribe
def renew_index(change):
    if change.story and change.action == changes.PUBLISHED:
        # Page.save() indexes the page before modelcluster writes its tags; index it again once
        # published so the tag names (and their aliases) are searchable.
        reindex(change.instance)
    elif isinstance(change.instance, (Entity, Alias)) and change.action == changes.SAVED:
        # A name or another name added: the stories tagged with the entity are found by it.
        entity = change.instance if isinstance(change.instance, Entity) else change.instance.entity

        def reindex_stories():
            for story in stories_naming(entity):
                reindex(story)

        transaction.on_commit(reindex_stories, robust=True)
