from django.http import Http404
from django.shortcuts import get_object_or_404

from articles import queries
from articles.feeds import AtomMixin, StoryFeed
from entities.models import ENTITY_MODELS


class EntityFeed(StoryFeed):
    """Stories tagged with one place, person, organisation or topic."""

    def get_subject(self, request, kind, slug):
        model = ENTITY_MODELS.get(kind)
        if model is None:
            raise Http404("No such kind of tag.")
        return get_object_or_404(model, slug=slug)

    def stories(self, entity):
        return queries.visible_articles().filter(**{entity.url_prefix: entity})


class EntityAtomFeed(AtomMixin, EntityFeed):
    pass
