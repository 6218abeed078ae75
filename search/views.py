"""The public search page: published articles only, filtered by section, entity and dates."""

import datetime as dt
import logging

from django.db import DatabaseError
from django.shortcuts import render
from django.utils import timezone
from modelsearch.query import Or, PlainText

from articles import queries
from articles.models import ArticlePage
from core.pagination import newest_first_page, numbered_page
from entities.models import ENTITY_MODELS
from entities.resolution import resolve_names
from search.forms import SearchForm

RESULTS_PAGE_SIZE = 20
logger = logging.getLogger(__name__)


def search(request):
    form = SearchForm(request.GET or None)
    query, results, error = "", None, None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        query = data["q"]
        stories = filtered_stories(data)
        if query:
            try:
                hits = (
                    ArticlePage.objects.filter(pk__in=stories.values("pk"))
                    .only("pk")
                    .search(search_query(query), order_by_relevance=True)
                )
                results = numbered_page(request, hits, RESULTS_PAGE_SIZE)
                results.object_list = with_cards(results.object_list)
            except DatabaseError:
                # The backends escape input, but a query the database still rejects must not
                # cost the reader the page.
                logger.warning("Search query failed: %r", query, exc_info=True)
                error = "That search could not be run. Try different words."
        elif data["entity"] or data["section"] or data["date_from"] or data["date_to"]:
            results = newest_first_page(request, queries.cards(stories), RESULTS_PAGE_SIZE)
    return render(
        request,
        "search/search.html",
        {"form": form, "query": query, "results": results, "error": error},
        status=200,
    )


def with_cards(hits):
    """The page's hits, in relevance order, with all a story card shows: one bulk fetch instead
    of a few queries per hit."""
    found = {
        story.pk: story
        for story in queries.cards(ArticlePage.objects.filter(pk__in=[hit.pk for hit in hits]))
    }
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
