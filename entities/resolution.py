"""Turning the names editors and imports type into entities: a canonical name or any alias
attaches the one canonical entity, so "Kelbajar" never becomes a second Kalbajar."""

import functools
import operator

from django.db.models import Q
from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager

from entities.models import normalise


def resolve_names(model, names):
    """{name: entity} for each of ``names`` that is a known entity's name or alias (case- and
    diacritic-insensitive). Two queries whatever the number of names."""
    wanted = {normalise(name): name for name in names if name and name.strip()}
    if not wanted:
        return {}
    found = {}
    alias_model = model.aliases.rel.related_model
    for alias in alias_model.objects.filter(normalised__in=wanted).select_related("entity"):
        found.setdefault(alias.normalised, alias.entity)
    # A canonical name wins over another entity's alias of the same spelling.
    query = functools.reduce(operator.or_, (Q(name__iexact=name) for name in wanted.values()))
    for entity in model.objects.filter(query):
        found[normalise(entity.name)] = entity
    return {name: found[key] for key, name in wanted.items() if key in found}


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
        from entities.forms import EntityTagField

        # Instead of the tag field Wagtail's admin asks for (the same, less its silent dropping).
        kwargs["form_class"] = EntityTagField
        kwargs.setdefault("tag_model", self.remote_field.model)
        return super().formfield(**kwargs)

    def __get__(self, instance, model):
        return _EntityTaggableManager(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )
