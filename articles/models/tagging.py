"""Through models joining articles to each kind of tag (``entities.models.TAG_KINDS``), one pool
of tags per kind: ``TaggedPlace``, ``TaggedPerson``, … made from the registry, not written out."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase

from entities.models import TAG_KINDS


def through_model(kind):
    name = f"Tagged{kind.model.__name__}"
    return type(
        name,
        (ItemBase,),
        {
            "__module__": __name__,
            "__qualname__": name,
            "tag": models.ForeignKey(
                kind.model, on_delete=models.CASCADE, related_name="tagged_items"
            ),
            "content_object": ParentalKey(
                "articles.ArticlePage", on_delete=models.CASCADE, related_name=f"tagged_{kind.name}"
            ),
        },
    )


THROUGH_MODELS = {kind.name: through_model(kind) for kind in TAG_KINDS}
