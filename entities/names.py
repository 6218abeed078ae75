"""Turning the names editors and imports type into entities: a canonical name or any alias
attaches the one canonical entity, so "Kelbajar" never becomes a second Kalbajar."""

import functools
import operator

from django.db.models import Q

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
