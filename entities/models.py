"""The four kinds of tag a story carries. Each is its own taggit tag model, so the place
"Kalbajar" and a topic of the same name are different things with different pages.

Behind each tag is an entity record: a canonical name, aliases (other spellings and
transliterations), a description, an image and an external identifier. Places also form a tree
(village inside district inside region) stored as a materialised path, so "this place and
everything inside it" is one ``path__startswith`` filter however deep the tree is."""

import re

from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from entities.kinds import TagKind


def normalise(text):
    """The form names are compared in: ASCII-folded, case-folded, single-spaced
    ("Kəlbəcər" and "KELBECER" both become "kelbecer")."""
    return re.sub(r"\s+", " ", anyascii(text or "").casefold()).strip()


def ascii_slug(text):
    # ASCII slugs ("Ağdam" -> "agdam", "Xankəndi" -> "xankendi") make stable, shareable URLs.
    return slugify(anyascii(text)) or "entity"


class Entity(index.Indexed, TagBase, ClusterableModel):
    """A tag with its own public page. ``url_prefix`` names the kind in URLs (``/places/…``);
    its ``TagKind`` sets it."""

    url_prefix = None

    description = models.TextField(blank=True, help_text="One or two sentences for the page.")
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_id = models.CharField(
        "external identifier",
        max_length=255,
        blank=True,
        db_index=True,
        help_text="A Wikidata or GeoNames URI; imports match entities by it.",
    )
    # When its newest visible story was last published (public_site.latest_story keeps it): the
    # sitemap's lastmod, read without aggregating over every tagging.
    latest_story_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    # When its page last changed by itself (a name, an alias, a description, a merge): with the
    # above, its sitemap date (public_site.signals keeps it).
    page_changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("external_id"),
        InlinePanel("aliases", heading="Other names", label="Alias"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.RelatedFields("aliases", [index.SearchField("name")]),
    ]

    class Meta:
        abstract = True
        ordering = ["name"]

    def slugify(self, tag, i=None):
        slug = ascii_slug(tag)
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self):
        return reverse("entity_detail", kwargs={"kind": self.url_prefix, "slug": self.slug})

    @property
    def kind_label(self):
        return self._meta.verbose_name

    def all_names(self):
        return [self.name, *(alias.name for alias in self.aliases.all())]


class Alias(Orderable):
    """Another name for an entity. Its slug redirects to the entity's page; tagging with it
    attaches the entity."""

    name = models.CharField(max_length=100)
    language = models.CharField(
        max_length=10, blank=True, help_text="Optional language code, e.g. az, hy, ru."
    )
    slug = models.SlugField(max_length=100, editable=False, allow_unicode=False)
    normalised = models.CharField(max_length=100, editable=False, db_index=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("language")])]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = ascii_slug(self.name)
        self.normalised = normalise(self.name)
        super().save(*args, **kwargs)


class Place(Entity):
    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        REGION = "region", "Region"
        DISTRICT = "district", "District"
        CITY = "city", "City or town"
        VILLAGE = "village", "Village"
        LANDMARK = "landmark", "Landmark"

    kind = models.CharField(max_length=20, choices=Kind.choices, blank=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The place this one lies in (a village's district).",
    )
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    # "/<root pk>/…/<own pk>/": descendants are path__startswith=self.path, one query.
    path = models.CharField(max_length=1000, editable=False, db_index=True, default="")

    panels = [
        *Entity.panels[:3],
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("parent")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Where",
        ),
        *Entity.panels[3:],
    ]

    class Meta(Entity.Meta):
        verbose_name = "place"

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError("Give both latitude and longitude, or neither.")
        if self.pk and self.parent_id and f"/{self.pk}/" in f"{self.parent.path}{self.parent_id}/":
            raise ValidationError({"parent": "A place cannot lie inside itself."})

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.update_path()

    def update_path(self):
        """Recompute this place's path and, if it changed, its descendants' paths."""
        parent_path = self.parent.path if self.parent_id else "/"
        new_path = f"{parent_path}{self.pk}/"
        old_path = self.path
        if new_path == old_path:
            return
        Place.objects.filter(pk=self.pk).update(path=new_path)
        self.path = new_path
        if old_path:
            for child in Place.objects.filter(path__startswith=old_path).exclude(pk=self.pk):
                child.path = new_path + child.path[len(old_path) :]
                Place.objects.filter(pk=child.pk).update(path=child.path)

    def ancestors(self):
        """The parent chain, outermost first, in one query."""
        ids = [int(pk) for pk in self.path.strip("/").split("/") if pk][:-1]
        by_id = Place.objects.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def with_descendants(self):
        return (
            Place.objects.filter(path__startswith=self.path)
            if self.path
            else Place.objects.filter(pk=self.pk)
        )

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


class PlaceAlias(Alias):
    entity = ParentalKey(Place, on_delete=models.CASCADE, related_name="aliases")


class Person(Entity):
    class Meta(Entity.Meta):
        verbose_name = "person"
        verbose_name_plural = "people"


class PersonAlias(Alias):
    entity = ParentalKey(Person, on_delete=models.CASCADE, related_name="aliases")


class Organisation(Entity):
    class Meta(Entity.Meta):
        verbose_name = "organisation"


class OrganisationAlias(Alias):
    entity = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="aliases")


class Topic(Entity):
    class Meta(Entity.Meta):
        verbose_name = "topic"


class TopicAlias(Alias):
    entity = ParentalKey(Topic, on_delete=models.CASCADE, related_name="aliases")


TAG_KINDS = (
    TagKind(
        "places",
        Place,
        "Where the story happens: towns, villages, districts, landmarks.",
        schema_type="Place",
        ninjs_property="places",
    ),
    TagKind(
        "people",
        Person,
        "People the story is about.",
        schema_type="Person",
        ninjs_property="people",
    ),
    TagKind(
        "organisations",
        Organisation,
        "Organisations the story is about.",
        schema_type="Organization",
        ninjs_property="organisations",
    ),
    TagKind(
        "topics",
        Topic,
        "What the story is about, e.g. “Water”, “Education”.",
        schema_type="Thing",
        ninjs_property="subjects",
    ),
)
KINDS = {kind.name: kind for kind in TAG_KINDS}
ENTITY_MODELS = {kind.name: kind.model for kind in TAG_KINDS}
