"""The queries behind every public list of stories: one home for what readers may see."""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from articles.models import ArticlePage, Byline
from core.visibility import not_restricted

# The card picture's renditions (as in templates/includes/story_card.html), fetched in bulk.
CARD_IMAGE_FILTER = Filter.expand_spec("fill-{320x180,640x360,1280x720} format-{webp,jpeg}")


def visible_articles():
    """Articles any anonymous reader may see: published, and not behind a login or password."""
    return ArticlePage.objects.live().filter(not_restricted())


def stories_about(entity):
    """Visible stories tagged with ``entity``; for a place, also with any place inside it (one
    filter on the places' materialised paths, however deep the tree)."""
    # A semi-join rather than JOIN + DISTINCT: the database can walk stories newest first and
    # stop at the page's end instead of de-duplicating every story of a busy place.
    through = ArticlePage._meta.get_field(entity.url_prefix).through
    if entity.url_prefix == "places":
        # The ids as literals, not a subquery: the planner then knows from its statistics how
        # common the place is and walks a busy one's stories newest first, stopping at the page.
        places = list(entity.with_descendants().values_list("pk", flat=True))
        tagged = through.objects.filter(tag__in=places)
    else:
        tagged = through.objects.filter(tag=entity)
    return visible_articles().filter(pk__in=tagged.values("content_object_id"))


def cards(queryset, image_filter=CARD_IMAGE_FILTER):
    """``queryset`` newest first, with everything a story card shows fetched in bulk."""
    specs = [image_filter] if isinstance(image_filter, str) else image_filter
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return (
        queryset.defer_streamfields()  # a card never shows the body: do not fetch or parse it
        .select_related("lead_image__licence")
        .prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("author")),
            Prefetch("lead_image__renditions", queryset=renditions),
        )
        .order_by("-first_published_at", "-pk")
    )


def lead_story(chosen_id=None):
    """The front page's lead: the chosen story while it is visible, else the newest one."""
    stories = cards(visible_articles())
    if chosen_id:
        chosen = stories.filter(pk=chosen_id).first()
        if chosen:
            return chosen
    return stories.first()


def latest_per_section(sections, per_section, exclude_id=None):
    """{section id: its newest ``per_section`` stories}: one small newest-first query per section
    (the database stops after ``per_section`` index entries, however big the archive; a window
    over every story of every section would rank them all), then all the cards in bulk."""
    others = visible_articles().exclude(pk=exclude_id)
    newest_first = ("-first_published_at", "-pk")
    ids = {
        section.pk: list(
            others.filter(path__startswith=section.path)
            .order_by(*newest_first)
            .values_list("pk", flat=True)[:per_section]
        )
        for section in sections
    }
    wanted = [pk for section_ids in ids.values() for pk in section_ids]
    found = {card.pk: card for card in cards(ArticlePage.objects.filter(pk__in=wanted))}
    return {
        section: [found[pk] for pk in section_ids if pk in found]
        for section, section_ids in ids.items()
    }


def related_stories(story, section, tags_by_kind, count=4):
    """Up to ``count`` visible stories for the "Related stories" box: the newest sharing a place,
    person, organisation or topic with ``story`` first, then the newest of its section.

    ``tags_by_kind``: {"places": [Place, ...], "people": [...], ...}, as the page already has them.
    One small query per kind, each newest first with a LIMIT the database stops at (a rare tag
    reads its few stories, a common one a few index entries), so the cost does not grow with the
    archive; then the chosen cards in bulk.
    """
    others = visible_articles().exclude(pk=story.pk)
    newest_first = ("-first_published_at", "-pk")
    sharing = {}
    for kind, tags in tags_by_kind.items():
        if tags:
            through = ArticlePage._meta.get_field(kind).through
            tagged = through.objects.filter(tag__in=[tag.pk for tag in tags])
            rows = (
                others.filter(pk__in=tagged.values("content_object_id"))
                .order_by(*newest_first)
                .values_list("pk", "first_published_at")[:count]
            )
            sharing.update(rows)
    newest = sorted(sharing.items(), key=lambda row: (row[1], row[0]), reverse=True)
    chosen = [pk for pk, _published in newest[:count]]
    if len(chosen) < count:
        same_section = (
            others.filter(path__startswith=section.path)
            .exclude(pk__in=chosen)
            .order_by(*newest_first)
            .values_list("pk", flat=True)[: count - len(chosen)]
        )
        chosen += list(same_section)
    if not chosen:
        return []
    found = {card.pk: card for card in cards(ArticlePage.objects.filter(pk__in=chosen))}
    return [found[pk] for pk in chosen if pk in found]
