from django.db.models import Max

from articles import queries
from articles.sitemaps import CanonicalSitemap
from entities.models import ENTITY_MODELS


class EntitySitemap(CanonicalSitemap):
    """Tag pages of one kind that list at least one visible story, dated by the newest."""

    def __init__(self, model):
        self.model = model

    def items(self):
        return (
            self.model.objects.filter(tagged_items__content_object__in=queries.visible_articles())
            .annotate(lastmod=Max("tagged_items__content_object__last_published_at"))
            .order_by("slug")
        )

    def lastmod(self, entity):
        return entity.lastmod

    def get_latest_lastmod(self):
        tagged = queries.visible_articles().filter(
            pk__in=self.model.tagged_items.rel.related_model.objects.values("content_object_id")
        )
        return tagged.aggregate(latest=Max("last_published_at"))["latest"]


ENTITY_SITEMAPS = {kind: EntitySitemap(model) for kind, model in ENTITY_MODELS.items()}
