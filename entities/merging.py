"""Merging two entities that turned out to be one (a duplicate spelling that slipped in)."""

from django.db import transaction

from core import changes
from entities.models import Place, ascii_slug, normalise


@transaction.atomic
def merge_entities(source, target):
    """Fold ``source`` into ``target``: its stories, aliases and child places move to ``target``;
    its name and slug become aliases of ``target`` (so its old URL redirects); it is deleted."""
    if type(source) is not type(target) or source.pk == target.pk:
        raise ValueError("Only two different entities of the same kind can be merged.")
    through = source.tagged_items.model
    already = set(target.tagged_items.values_list("content_object_id", flat=True))
    through.objects.filter(tag=source, content_object_id__in=already).delete()
    through.objects.filter(tag=source).update(tag=target)

    alias_model = type(source).aliases.rel.related_model
    alias_model.objects.filter(entity=source).update(entity=target)
    aliases = alias_model.objects.filter(entity=target)
    known_names = {alias.normalised for alias in aliases}
    known_slugs = {alias.slug for alias in aliases}
    if normalise(source.name) not in known_names:
        alias_model(entity=target, name=source.name).save()  # save() sets slug and normalised
        known_slugs.add(ascii_slug(source.name))
    if source.slug not in known_slugs:
        # A slug that does not follow from the name (edited by hand) must still redirect.
        alias = alias_model(entity=target, name=source.name)
        alias.save()
        alias_model.objects.filter(pk=alias.pk).update(slug=source.slug)

    if isinstance(source, Place):
        for child in Place.objects.filter(parent=source):
            child.parent = target
            child.save()
    source.delete()
    # The stories' tags moved in bulk, which no save signal tells: announce that the target
    # changed (its newest story, its page and feeds, its stories' search entries).
    changes.announce(changes.Change(changes.SAVED, target, story=False))
    return target
