"""When each author's and each tag's newest visible story was last published, kept on the author
and entity rows (``latest_story_at``), so the sitemaps list them and date them by reading those
rows alone instead of aggregating over every byline and tagging in the archive.

Refreshed after a story is published or unpublished (its authors and tags), after a byline or
tagging row goes (a story deleted, a tag or byline removed on republish), and for everything when
a view restriction changes what readers may see.
"""

from django.db.models import Max

from articles.models import Author, Byline
from entities.models import ENTITY_MODELS, TAG_KINDS
from public_site.queries import visible_articles


def links(model):
    """The model linking ``model`` to stories, and its field names for the two ends."""
    if model is Author:
        return Byline, "author", "article"
    return model.tagged_items.rel.related_model, "tag", "content_object"


def refresh(model, ids=None, leaving_story=None):
    """Recompute ``latest_story_at`` for the ``model`` rows with these ids (all when None).

    ``leaving_story``: the id of a story whose link to them is being deleted, left out (a story
    being deleted is still in the database while its links go)."""
    link, owner, story = links(model)
    rows = link.objects.filter(**{f"{story}__in": visible_articles()})
    if leaving_story is not None:
        rows = rows.exclude(**{f"{story}_id": leaving_story})
    targets = model.objects.only("pk", "latest_story_at")
    if ids is not None:
        ids = set(ids)
        if not ids:
            return
        rows = rows.filter(**{f"{owner}__in": ids})
        targets = targets.filter(pk__in=ids)
    latest = dict(
        rows.values_list(owner).annotate(latest=Max(f"{story}__last_published_at")).order_by()
    )
    changed = []
    for target in targets:
        if target.latest_story_at != latest.get(target.pk):
            target.latest_story_at = latest.get(target.pk)
            changed.append(target)
    # A bulk update sends no save signals: the date changes no page by itself (the publish that
    # caused it already marked cached pages out of date).
    model.objects.bulk_update(changed, ["latest_story_at"], batch_size=500)


def refresh_all():
    for model in (Author, *ENTITY_MODELS.values()):
        refresh(model)


def refresh_for_story(story):
    """The story's authors and tags, as its live version has them."""
    refresh(Author, Byline.objects.filter(article=story).values_list("author_id", flat=True))
    for kind in TAG_KINDS:
        tags = kind.through.objects.filter(content_object=story).values_list("tag", flat=True)
        refresh(kind.model, tags)
