from django.http import Http404
from django.shortcuts import get_object_or_404, render

from articles import queries
from core.pagination import paginate
from entities.models import ENTITY_MODELS

ENTITY_PAGE_SIZE = 20


def entity_detail(request, kind, slug):
    model = ENTITY_MODELS.get(kind)
    if model is None:
        raise Http404("No such kind of tag.")
    entity = get_object_or_404(model, slug=slug)
    tagged = queries.visible_articles().filter(**{kind: entity})
    return render(
        request,
        "entities/entity_detail.html",
        {
            "entity": entity,
            "kind": model._meta.verbose_name,
            "stories": paginate(request, queries.cards(tagged), ENTITY_PAGE_SIZE),
        },
    )
