"""Tag suggestions: the known entities an article's text mentions, by name or alias.

Names are matched as whole words, case- and diacritic-insensitively, by splitting both the names
and the text into normalised word tokens and looking up every run of up to the longest name's
length in a dict: linear in the article's length, whatever the number of known entities. The
index is built once per process and rebuilt when any entity or alias changes: the public change
(``core.changes``) renews the ``"entity-names"`` version, which every process reads."""

import re
from collections import defaultdict

from core import changes, versions
from entities.models import ENTITY_MODELS, Alias, Entity, normalise

WORD = re.compile(r"\w+")
VERSION = "entity-names"


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


_index = versions.Memo(build_index, lambda: versions.current(VERSION))
current_index = _index.get


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


@changes.subscribe
def rebuild_index(change):
    if isinstance(change.instance, (Entity, Alias)):
        versions.renew(VERSION)
