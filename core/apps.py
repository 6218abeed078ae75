from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Newsroom core"

    def ready(self):
        from core import page_cache

        page_cache.connect_signals()
