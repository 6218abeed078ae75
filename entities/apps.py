from django.apps import AppConfig


class EntitiesConfig(AppConfig):
    name = "entities"
    verbose_name = "Places, people, organisations and topics"

    def ready(self):
        from core import changes
        from entities import suggestions  # noqa: F401  (subscribes to public changes)
        from entities.models import Alias, Entity

        # Every kind of entity and of other name (abstract bases: isinstance covers them all).
        changes.public_models(Entity, Alias)
