from articles.sitemaps import LatestStorySitemap
from entities.models import ENTITY_MODELS


class EntitySitemap(LatestStorySitemap):
    """Tag pages of one kind that list at least one visible story, dated by the newest."""

    def __init__(self, model):
        self.model = model


ENTITY_SITEMAPS = {kind: EntitySitemap(model) for kind, model in ENTITY_MODELS.items()}
