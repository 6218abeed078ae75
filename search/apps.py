from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "newsroom_search"
    verbose_name = "Public search"

    def ready(self):
        from search.signals import connect_signals

        connect_signals()
