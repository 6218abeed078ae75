"""The pages of people and things a story names: an author's, and each entity's."""

from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from articles.models import Author, Byline
from core import fragments, publication
from core.pagination import newest_first_page
from entities.models import ENTITY_MODELS, KINDS, Place
from public_site import queries, story_lists

AUTHOR_PAGE_SIZE = 20
ENTITY_PAGE_SIZE = 20
RELATED_LIMIT = 8
RELATED_SAMPLE = 200


def author_detail(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    bylined = Byline.objects.filter(author=author).values("article_id")
    stories = queries.card_rows(queries.visible_articles().filter(pk__in=bylined))
    return render(
        request,
        "articles/author_detail.html",
        {"author": author, "stories": newest_first_page(request, stories, AUTHOR_PAGE_SIZE)},
    )


def entity_detail(request, kind, slug):
    model = ENTITY_MODELS.get(kind)
    if model is None:
        raise Http404("No such kind of tag.")
    entity = (
        model.objects.select_related("image").prefetch_related("aliases").filter(slug=slug).first()
    )
    if entity is None:
        # Another name (or a merged-away entity's old slug): send readers and search engines on.
        alias_model = model.aliases.rel.related_model
        alias = alias_model.objects.filter(slug=slug).select_related("entity").first()
        if alias is None:
            raise Http404("No such tag.")
        return redirect(alias.entity.get_absolute_url(), permanent=True)

    breadcrumbs = entity.ancestors() if isinstance(entity, Place) else []
    stories = newest_first_page(
        request, queries.card_rows(queries.stories_about(entity)), ENTITY_PAGE_SIZE
    )
    return render(
        request,
        "entities/entity_detail.html",
        {
            "entity": entity,
            "kind": model._meta.verbose_name,
            "breadcrumbs": breadcrumbs,
            "stories": stories,
            "related": related_entities(entity) if stories.is_first else [],
            "structured_data": [structured_data(request, entity)],
        },
    )


def related_entities(entity, limit=RELATED_LIMIT):
    """Entities of any kind most often tagged on the same visible stories, most shared first;
    kept while the entity's list of stories stands (``public_site.story_lists``)."""
    name = (entity.url_prefix, entity.pk)
    version = story_lists.list_versions([name])[name]
    key = fragments.key("related-entities", *name, limit, version)
    return fragments.get_many_or_render(
        {"related": key}, lambda _names: {"related": count_related_entities(entity, limit)}
    )["related"]


def count_related_entities(entity, limit):
    # Counted over its latest stories only, so a place in the news for years costs no more.
    # Read once as a list: four index lookups by story follow, not four re-runs of a subquery.
    story_ids = list(
        queries.stories_about(entity)
        .order_by("-first_published_at")
        .values_list("pk", flat=True)[:RELATED_SAMPLE]
    )
    related = []
    for model in ENTITY_MODELS.values():
        rows = (
            model.objects.filter(articles__in=story_ids)
            .exclude(pk=entity.pk if isinstance(entity, model) else None)
            .annotate(shared=Count("articles"))
            .order_by("-shared", "name")[:limit]
        )
        related.extend(rows)
    related.sort(key=lambda e: (-e.shared, e.name))
    return related[:limit]


def structured_data(request, entity):
    """schema.org data for the page: a ``Place`` carries its coordinates as ``geo``."""
    data = {
        "@context": "https://schema.org",
        "@type": KINDS[entity.url_prefix].schema_type,
        "name": entity.name,
        "url": publication.absolute_url(entity.get_absolute_url(), request),
    }
    aliases = [alias.name for alias in entity.aliases.all()]
    if aliases:
        data["alternateName"] = aliases
    if entity.description:
        data["description"] = entity.description
    if entity.external_id:
        data["sameAs"] = entity.external_id
    if isinstance(entity, Place) and entity.has_coordinates:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(entity.latitude),
            "longitude": float(entity.longitude),
        }
    return data
