from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "newsroom_search"
    verbose_name = "Search index"

    def ready(self):
        from search import signals  # noqa: F401  (subscribes to public changes)
