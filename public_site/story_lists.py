"""The newest visible stories of the whole site, of each section and of each tag, kept in the
cache (as card rows) until a story joins or leaves the list.

The front page shows the newest of the site and of each section, and every story's "Related
stories" box the newest sharing one of its tags: the same few lists, asked for on every view.
Each list has a *version* in the cache, renewed when a story in it (or joining it) is published
or unpublished, or loses the tag; the list is kept under its version (and the shared generation
of ``core.fragments``, which renews everything on rarer changes: a view restriction, a page
moved or deleted, an entity merged). A version missing from the cache is a new one, so losing
entries can only cost a query, never show an old list.
"""

import hashlib

from wagtail.models import Site

from core import fragments, versions
from entities.models import KINDS, TAG_KINDS, Place
from public_site import queries
from public_site.cards import cards_markup

LENGTH = 5  # newest stories per list: the related box's four, plus the story itself
SITE = ("site", "")


def section_list(section):
    return ("section", section.path)  # by path: it covers the stories below the section


def _version(name):
    return ("story-list", *name)


def list_versions(names):
    """``{name: version}`` of these lists: what else is kept while a list stands (the related
    entities of a tag's page, say) is kept under its version too."""
    found = versions.current_many([_version(name) for name in names])
    return {name: found[_version(name)] for name in names}


def newest(names):
    """``{name: [card row, ...]}``, newest first, for list names such as ``SITE``,
    ``section_list(section)`` or ``("places", place_id)``; the lists not in the cache are read
    in one round trip of small queries."""
    names = list(dict.fromkeys(names))
    keys = {
        name: fragments.key("story-list", *name, version)
        for name, version in list_versions(names).items()
    }
    return fragments.get_many_or_render(keys, _read)


def _read(names):
    visible = queries.card_rows(queries.visible_articles())
    branches = []
    for kind, value in names:
        if kind == "site":
            branches.append(visible[:LENGTH])
        elif kind == "section":
            branches.append(visible.filter(path__startswith=value)[:LENGTH])
        else:
            tagged = KINDS[kind].through.objects.filter(tag=value).values("content_object_id")
            branches.append(visible.filter(pk__in=tagged)[:LENGTH])
    return dict(zip(names, queries.rows_by_branch(branches), strict=True))


def renew(names):
    versions.renew(*(_version(name) for name in names))


def lists_of(story):
    """The lists ``story`` is (or would be) in, by its current sections and tags; a place's
    list stands for the places around it too (a place's page shows the stories of every place
    inside it)."""
    steps = range(story.steplen * 3, len(story.path), story.steplen)  # below the home page
    names = [SITE, *(("section", story.path[:end]) for end in steps)]
    for kind in TAG_KINDS:
        tags = kind.through.objects.filter(content_object_id=story.pk).values_list(
            "tag_id", flat=True
        )
        names += tag_lists(kind.name, tags)
    return names


def tag_lists(kind, tag_ids):
    """The lists of these tags; for places, with every place they are inside."""
    tag_ids = set(tag_ids)
    if kind == "places" and tag_ids:
        paths = Place.objects.filter(pk__in=tag_ids).values_list("path", flat=True)
        tag_ids |= {int(pk) for path in paths for pk in path.strip("/").split("/") if pk}
    return [(kind, tag) for tag in sorted(tag_ids)]


def story_changed(story):
    """A story was published, unpublished or re-dated: every list it is in may have changed."""
    renew(lists_of(story))


def tag_link_removed(kind, tag_id):
    renew(tag_lists(kind, [tag_id]))


def front_page(sections, per_section, chosen_lead_id=None):
    """(lead, {section id: stories}) as card rows: the lead is the chosen story while it is
    visible, else the newest one; then each section's newest ``per_section`` (< ``LENGTH``)
    stories other than the lead."""
    lists = newest([SITE, *(section_list(section) for section in sections)])
    lead = next(iter(lists[SITE]), None)
    if chosen_lead_id and (lead is None or lead.pk != chosen_lead_id):
        visible = queries.card_rows(queries.visible_articles())
        lead = visible.filter(pk=chosen_lead_id).first() or lead
    lead_id = lead.pk if lead else None
    latest = {
        section.pk: [row for row in lists[section_list(section)] if row.pk != lead_id]
        for section in sections
    }
    latest = {pk: rows[:per_section] for pk, rows in latest.items()}
    return lead, latest


def related(story, section, tag_ids, count=LENGTH - 1):
    """Card rows of up to ``count`` visible stories for the "Related stories" box: the newest
    sharing a place, person, organisation or topic with ``story`` first, then the newest of its
    section. ``tag_ids``: {"places": [id, ...], "people": [...], ...}, the story's tags."""
    tags = [(kind, tag) for kind, ids in tag_ids.items() for tag in ids]
    lists = newest([section_list(section), *tags])
    sharing = {row for name in tags for row in lists[name] if row.pk != story.pk}
    chosen = queries.newest_first(sharing)[:count]
    chosen_ids = {row.pk for row in chosen} | {story.pk}
    fill = [row for row in lists[section_list(section)] if row.pk not in chosen_ids]
    return chosen + fill[: count - len(chosen)]


def related_box(story, section, tag_ids, request):
    """The cards of the "Related stories" box (``related``), kept for as long as the story's
    version and every list the box draws on stand: a publish elsewhere leaves it alone."""

    def render():
        return cards_markup(request, related(story, section, tag_ids))

    if getattr(request, "is_preview", False):
        return render()  # a draft's tags: neither read nor kept
    tags = [(kind, tag) for kind, ids in tag_ids.items() for tag in ids]
    lists = list_versions([section_list(section), *tags])
    site = Site.find_for_request(request)
    drawn_on = hashlib.sha256(" ".join(sorted(lists.values())).encode()).hexdigest()[:24]
    key = fragments.key(
        "related-box", site.pk if site else "", fragments.story_version(story), drawn_on
    )
    return fragments.get_many_or_render({"box": key}, lambda _names: {"box": render()})["box"]
