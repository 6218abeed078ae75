from django.apps import AppConfig


class PublicSiteConfig(AppConfig):
    name = "public_site"
    verbose_name = "Public site"

    def ready(self):
        # Imported once the models are: both modules read them at import time.
        from articles import read_side
        from public_site import pages, signals  # noqa: F401  (signals: subscribes to changes)

        read_side.provide(pages)
