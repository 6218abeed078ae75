"""What a kind of tag is, described once. The registry itself is ``entities.models.TAG_KINDS``:
the story's tag fields and their through models (``articles``), the admin panels, the pages,
feeds, lists, sitemaps, purge, signals, the ninjs mapping both ways and the tests all read it.
A fifth kind is one entity model (with its alias model), one entry there and a migration."""

from dataclasses import dataclass


@dataclass(frozen=True)
class TagKind:
    name: str  # the story's field, the URL prefix (/places/…), the sitemap's name
    model: type  # the entity model
    about: str  # what the story's field holds, in the desk's words (the editor's help text)
    schema_type: str  # schema.org type of the entity's page
    ninjs_property: str  # the ninjs property carrying tags of this kind, in and out

    def __post_init__(self):
        self.model.url_prefix = self.name  # entity.get_absolute_url() and the templates ask it

    @property
    def label(self):
        return self.name.capitalize()

    @property
    def alias_model(self):
        return self.model.aliases.rel.related_model

    @property
    def through(self):
        """The model joining stories to tags of this kind (``articles.models.tagging``)."""
        return self.model.tagged_items.rel.related_model
