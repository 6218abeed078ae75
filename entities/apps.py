from django.apps import AppConfig


class EntitiesConfig(AppConfig):
    name = "entities"
    verbose_name = "Places, people, organisations and topics"

    def ready(self):
        from entities.suggestions import connect_signals

        connect_signals()
