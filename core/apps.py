from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Newsroom core"

    def ready(self):
        from core import fragments, mail, page_cache  # noqa: F401  (mail: its system check)

        page_cache.connect_signals()
        fragments.connect_signals()
