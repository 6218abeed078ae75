"""The tag field of a story: every way of setting tags resolves names through the entities'
aliases first (``entities.names``)."""

from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager

from entities.forms import EntityTagField
from entities.names import resolve_names


class _EntityTaggableManager(_ClusterTaggableManager):
    def _to_tag_model_instances(self, tags, tag_kwargs):
        # Every path that sets tags (the admin's tag field, page.places.add("Kelbajar"),
        # imports) comes through here: swap known names and aliases for their entity first.
        names = [tag for tag in tags if isinstance(tag, str)]
        known = resolve_names(self.through.tag_model(), names)
        tags = [known.get(tag, tag) if isinstance(tag, str) else tag for tag in tags]
        return super()._to_tag_model_instances(tags, tag_kwargs)


class EntityTaggableManager(ClusterTaggableManager):
    """ClusterTaggableManager whose tag strings resolve through entity aliases."""

    def formfield(self, **kwargs):
        # Instead of the tag field Wagtail's admin asks for (the same, less its silent dropping).
        kwargs["form_class"] = EntityTagField
        kwargs.setdefault("tag_model", self.remote_field.model)
        return super().formfield(**kwargs)

    def __get__(self, instance, model):
        return _EntityTaggableManager(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )
