"""Tag suggestions: the known entities an article's text mentions, by name or alias.

Names are matched as whole words, case- and diacritic-insensitively, by splitting both the names
and the text into normalised word tokens and looking up every run of up to the longest name's
length in a dict: linear in the article's length, whatever the number of known entities. The
index is built once per process and rebuilt when any entity or alias changes (a version number
in the shared cache, bumped by signals, tells every process)."""

import re
import uuid
from collections import defaultdict

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from entities.models import ENTITY_MODELS, Alias, Entity, normalise

WORD = re.compile(r"\w+")
VERSION_KEY = "entities:suggestion-index-version"
_index = {"version": None, "names": {}, "longest": 0}


def tokens(text):
    return tuple(WORD.findall(normalise(text)))


def build_index():
    """{token tuple: {(kind, pk), …}} for every entity's name and aliases."""
    names = defaultdict(set)
    for kind, model in ENTITY_MODELS.items():
        for pk, name in model.objects.values_list("pk", "name"):
            names[tokens(name)].add((kind, pk))
        alias_model = model.aliases.rel.related_model
        for pk, name in alias_model.objects.values_list("entity_id", "name"):
            names[tokens(name)].add((kind, pk))
    names.pop((), None)
    return {"names": dict(names), "longest": max(map(len, names), default=0)}


def current_index():
    version = cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, timeout=None)
    if _index["version"] != version:
        _index.update(build_index(), version=version)
    return _index


def mentioned(text, index=None):
    """The (kind, pk) of every entity ``text`` mentions, in order of first mention."""
    index = index or current_index()
    names, longest = index["names"], index["longest"]
    words = tokens(text)
    found = {}
    for start in range(len(words)):
        for length in range(min(longest, len(words) - start), 0, -1):
            for key in names.get(words[start : start + length], ()):
                found.setdefault(key, None)
    return list(found)


def suggest(text, tagged=None):
    """Entities mentioned in ``text`` and not in ``tagged`` ({kind: set of lower-case names}),
    as dicts for the editor's suggestion buttons."""
    tagged = tagged or {}
    keys = mentioned(text)
    by_kind = defaultdict(list)
    for kind, pk in keys:
        by_kind[kind].append(pk)
    entities = {}
    for kind, pks in by_kind.items():
        for entity in ENTITY_MODELS[kind].objects.filter(pk__in=pks):
            entities[(kind, entity.pk)] = entity
    suggestions = []
    for key in keys:
        entity = entities.get(key)
        if entity is None:
            continue
        already = {normalise(name) for name in tagged.get(key[0], ())}
        if normalise(entity.name) in already:
            continue
        suggestions.append(
            {"kind": key[0], "label": entity.kind_label, "name": entity.name, "id": entity.pk}
        )
    return suggestions


def invalidate(sender, **kwargs):
    if issubclass(sender, (Entity, Alias)):
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def connect_signals():
    post_save.connect(invalidate, dispatch_uid="entities-suggestions-save")
    post_delete.connect(invalidate, dispatch_uid="entities-suggestions-delete")
