"""Pages of long lists whose cost does not grow with the archive.

Lists of stories newest first (sections, authors, tags) page by keyset: "older stories" carries
the last story's (first published, id) as ``?before=``, "newer stories" the first one's as
``?after=``, so page 500 costs one index range read like page 1; no OFFSET, no count(*).
Search results, ordered by relevance, page by number, still without counting every match.
"""

import datetime as dt
import re
from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404

CURSOR = re.compile(r"(\d{1,16})_(\d{1,10})")  # microseconds since 1970 _ story id
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass
class ListPage:
    """One page of a list: its items and the links to its neighbours (query-string values)."""

    object_list: list
    number: int | None = None  # numbered pages only
    newer: dict | None = None  # query-string changes: {"after": cursor, ...} or {"page": n}
    older: dict | None = None

    @property
    def has_other_pages(self):
        return bool(self.newer or self.older)

    @property
    def is_first(self):
        return self.newer is None


def cursor_of(story):
    micros = (story.first_published_at - EPOCH) // dt.timedelta(microseconds=1)
    return f"{micros}_{story.pk}"


def _link(**cursor):
    """Query-string changes for a neighbour page: its cursor set, the other one dropped."""
    return {"before": None, "after": None} | cursor


def parse_cursor(raw):
    match = CURSOR.fullmatch(raw)
    if match is None:
        raise Http404("No such page.")
    micros, pk = (int(part) for part in match.groups())
    return EPOCH + dt.timedelta(microseconds=micros), pk


def newest_first_page(request, stories, per_page):
    """The page of ``stories`` (newest first) that ``?before=`` or ``?after=`` asks for, reading
    one row beyond the page to know whether there is more. A malformed cursor is a 404."""
    before, after = request.GET.get("before"), request.GET.get("after")
    if before is not None and after is not None:
        raise Http404("No such page.")
    if after is not None:
        published, pk = parse_cursor(after)
        newer = Q(first_published_at__gt=published) | Q(first_published_at=published, pk__gt=pk)
        rows = list(stories.filter(newer).order_by("first_published_at", "pk")[: per_page + 1])
        more_newer = len(rows) > per_page
        items = rows[:per_page][::-1]
        if not items:
            raise Http404("No such page.")
        return ListPage(
            items,
            newer=_link(after=cursor_of(items[0])) if more_newer else None,
            older=_link(before=cursor_of(items[-1])),
        )
    query = stories.order_by("-first_published_at", "-pk")
    if before is not None:
        published, pk = parse_cursor(before)
        query = query.filter(
            Q(first_published_at__lt=published) | Q(first_published_at=published, pk__lt=pk)
        )
    rows = list(query[: per_page + 1])
    items = rows[:per_page]
    if before is not None and not items:
        raise Http404("No such page.")
    return ListPage(
        items,
        newer=_link(after=cursor_of(items[0])) if before is not None else None,
        older=_link(before=cursor_of(items[-1])) if len(rows) > per_page else None,
    )


def numbered_page(request, results, per_page):
    """Page ``?page=n`` of ``results`` (any sliceable sequence), without counting them all; any
    bad page number, or one past the end, is a 404: readers following a mangled link get "not
    found", and search engines do not index endless copies of page one."""
    raw = request.GET.get("page", "1")
    if not raw.isascii() or not raw.isdigit() or len(raw) > 4 or int(raw) < 1:
        raise Http404("No such page.")
    number = int(raw)
    start = (number - 1) * per_page
    rows = list(results[start : start + per_page + 1])
    if number > 1 and not rows:
        raise Http404("No such page.")
    return ListPage(
        rows[:per_page],
        number=number,
        newer={"page": number - 1} if number > 1 else None,
        older={"page": number + 1} if len(rows) > per_page else None,
    )
