"""The queries behind every public list of stories: one home for what readers may see."""

import datetime as dt
from typing import NamedTuple

from django.db import connections
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from articles.models import ArticlePage, Byline
from entities.models import KINDS

# The card picture's renditions (as in templates/includes/story_card.html), fetched in bulk.
CARD_IMAGE_FILTER = Filter.expand_spec("fill-{320x180,640x360,1280x720} format-{webp,jpeg}")
NEWEST_FIRST = ("-first_published_at", "-pk")


def visible_articles():
    """Articles any anonymous reader may see: published, and not behind a login or password."""
    return ArticlePage.objects.visible_to_readers()


def stories_about(entity):
    """Visible stories tagged with ``entity``; for a place, also with any place inside it (one
    filter on the places' materialised paths, however deep the tree)."""
    # A semi-join rather than JOIN + DISTINCT: the database can walk stories newest first and
    # stop at the page's end instead of de-duplicating every story of a busy place.
    through = KINDS[entity.url_prefix].through
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
        .order_by(*NEWEST_FIRST)
    )


def card_rows(queryset):
    """``queryset`` newest first as light rows (named tuples) of only what finds each story's
    card in the cache (``public_site.cards``): lists render from these, and fetch whole cards only
    for the misses."""
    return queryset.order_by(*NEWEST_FIRST).values_list(*CardRow._fields, named=True)


class CardRow(NamedTuple):
    """What finds a story's card in the cache (see ``card_rows``)."""

    pk: int
    first_published_at: dt.datetime
    last_published_at: dt.datetime | None
    last_updated_at: dt.datetime | None
    live_revision_id: int | None


def _datetime(value):
    if isinstance(value, str):  # SQLite hands a raw query's datetimes back as UTC text
        value = timezone.make_aware(parse_datetime(value), dt.UTC)
    return value


def rows_by_branch(querysets):
    """The card rows each of several small ``card_rows`` querysets finds, in one round trip.
    Each keeps its own ORDER BY and LIMIT, so the database still stops early in every one; they
    are joined as derived tables, which both databases accept (the ORM's ``union()`` cannot
    keep a LIMIT per part on SQLite)."""
    if not querysets:
        return []
    database = querysets[0].db
    parts, params = [], []
    for n, queryset in enumerate(querysets):
        sql, part_params = queryset.query.get_compiler(using=database).as_sql()
        parts.append(f"SELECT {n} AS branch, * FROM ({sql}) AS branch_{n}")
        params.extend(part_params)
    found = [[] for _ in querysets]
    with connections[database].cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for branch, pk, first, last, updated, revision in cursor.fetchall():
            row = CardRow(pk, _datetime(first), _datetime(last), _datetime(updated), revision)
            found[branch].append(row)
    return [newest_first(rows) for rows in found]


def newest_first(rows):
    return sorted(rows, key=lambda row: (row.first_published_at, row.pk), reverse=True)
