"""Through models joining articles to the four entity kinds (one pool of tags per kind)."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase


class TaggedPlace(ItemBase):
    tag = models.ForeignKey("entities.Place", on_delete=models.CASCADE, related_name="tagged_items")
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_places"
    )


class TaggedPerson(ItemBase):
    tag = models.ForeignKey(
        "entities.Person", on_delete=models.CASCADE, related_name="tagged_items"
    )
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_people"
    )


class TaggedOrganisation(ItemBase):
    tag = models.ForeignKey(
        "entities.Organisation", on_delete=models.CASCADE, related_name="tagged_items"
    )
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_organisations"
    )


class TaggedTopic(ItemBase):
    tag = models.ForeignKey("entities.Topic", on_delete=models.CASCADE, related_name="tagged_items")
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_topics"
    )
