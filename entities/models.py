"""The four kinds of tag a story carries. Each is its own taggit tag model, so the place
"Kalbajar" and a topic of the same name are different things with different pages."""

from anyascii import anyascii
from django.urls import reverse
from django.utils.text import slugify
from taggit.models import TagBase


class Entity(TagBase):
    """A tag with its own public page. ``url_prefix`` names the kind in URLs (``/places/…``)."""

    url_prefix = None

    class Meta:
        abstract = True
        ordering = ["name"]

    def slugify(self, tag, i=None):
        # ASCII slugs ("Ağdam" -> "agdam", "Xankəndi" -> "xankendi") make stable, shareable URLs.
        slug = slugify(anyascii(tag)) or "entity"
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self):
        return reverse("entity_detail", kwargs={"kind": self.url_prefix, "slug": self.slug})


class Place(Entity):
    url_prefix = "places"

    class Meta(Entity.Meta):
        verbose_name = "place"


class Person(Entity):
    url_prefix = "people"

    class Meta(Entity.Meta):
        verbose_name = "person"
        verbose_name_plural = "people"


class Organisation(Entity):
    url_prefix = "organisations"

    class Meta(Entity.Meta):
        verbose_name = "organisation"


class Topic(Entity):
    url_prefix = "topics"

    class Meta(Entity.Meta):
        verbose_name = "topic"


ENTITY_MODELS = {model.url_prefix: model for model in (Place, Person, Organisation, Topic)}
