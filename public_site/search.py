"""The public search page: published articles only, filtered by section, entity and dates."""

import datetime as dt
import logging

from django.conf import settings
from django.db import DatabaseError
from django.shortcuts import render
from django.utils import timezone
from modelsearch.query import Or, PlainText

from articles.models import ArticlePage
from core import fragments
from core.pagination import newest_first_page, numbered_page
from entities.models import ENTITY_MODELS
from entities.names import resolve_names
from public_site import queries, story_lists
from public_site.forms import SearchForm

RESULTS_PAGE_SIZE = 20
logger = logging.getLogger(__name__)


def search(request):
    form = SearchForm(request.GET or None)
    query, results, error, since = "", None, None, None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        query = data["q"]
        stories = filtered_stories(data)
        if query:
            try:
                if not (data["archive"] or data["date_from"] or data["date_to"]):
                    since = recent_since(stories, data)
                if since is not None:
                    recent = stories.filter(first_published_at__gte=since)
                    results = ranked_page(request, recent, query)
                    if results.number == 1 and not results.object_list:
                        # Nothing recent: a rare word, whose few matches are cheap to rank
                        # across the whole archive.
                        since = None
                if since is None:
                    results = ranked_page(request, stories, query)
            except DatabaseError:
                # The backends escape input, but a query the database still rejects must not
                # cost the reader the page.
                logger.warning("Search query failed: %r", query, exc_info=True)
                error = "That search could not be run. Try different words."
        elif data["entity"] or data["section"] or data["date_from"] or data["date_to"]:
            results = newest_first_page(request, queries.card_rows(stories), RESULTS_PAGE_SIZE)
    return render(
        request,
        "search/search.html",
        {"form": form, "query": query, "results": results, "error": error, "since": since},
        status=200,
    )


def recent_since(stories, data):
    """When the newest NEWSROOM_SEARCH_RECENT_STORIES of ``stories`` begin, or None if there are
    no more than that: ranking every match of a common word would cost more as the archive
    grows, so a plain search ranks the matches among the newest stories. One index read, kept
    until the next story is published or taken down (a story published since is newer anyway)."""
    window = settings.NEWSROOM_SEARCH_RECENT_STORIES
    entity = data["entity"]
    scope = (
        data["section"].pk if data["section"] else "",
        f"{entity.url_prefix}.{entity.pk}" if entity else "",
    )
    version = story_lists.list_versions([story_lists.SITE])[story_lists.SITE]
    key = fragments.key("search-window", window, *scope, version)

    def read(_names):
        newest_first = stories.order_by("-first_published_at", "-pk")
        start = newest_first.values_list("first_published_at", flat=True)[window - 1 : window]
        return {"since": (next(iter(start), None),)}  # in a tuple: None is an answer too

    return fragments.get_many_or_render({"since": key}, read)["since"][0]


def ranked_page(request, stories, query):
    """The requested page of ``stories`` matching ``query``, most relevant first, as cards."""
    hits = (
        ArticlePage.objects.filter(pk__in=stories.values("pk"))
        .only("pk")
        .search(search_query(query), order_by_relevance=True)
    )
    results = numbered_page(request, hits, RESULTS_PAGE_SIZE)
    results.object_list = as_card_rows(results.object_list)
    return results


def as_card_rows(hits):
    """The page's hits, in relevance order, as card rows: one bulk fetch instead of a few
    queries per hit."""
    rows = queries.card_rows(ArticlePage.objects.filter(pk__in=[hit.pk for hit in hits]))
    found = {story.pk: story for story in rows}
    return [found[hit.pk] for hit in hits if hit.pk in found]


def filtered_stories(data):
    stories = queries.visible_articles()
    if data["section"]:
        stories = stories.descendant_of(data["section"])
    if data["entity"]:
        stories = stories.filter(pk__in=queries.stories_about(data["entity"]).values("pk"))
    desk_zone = timezone.get_current_timezone()
    if data["date_from"]:
        start = dt.datetime.combine(data["date_from"], dt.time.min, desk_zone)
        stories = stories.filter(first_published_at__gte=start)
    if data["date_to"]:
        end = dt.datetime.combine(data["date_to"] + dt.timedelta(days=1), dt.time.min, desk_zone)
        stories = stories.filter(first_published_at__lt=end)
    return stories


def search_query(query):
    """The reader's words as plain text; if they name an entity by any of its names, the
    canonical name too, so "Kelbajar" finds stories tagged Kalbajar."""
    expanded = PlainText(query)
    for model in ENTITY_MODELS.values():
        entity = resolve_names(model, [query]).get(query)
        if entity is not None and entity.name.casefold() != query.casefold():
            expanded = Or([expanded, PlainText(entity.name)])
    return expanded
