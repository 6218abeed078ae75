from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Newsroom core"

    def ready(self):
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.models import PageViewRestriction, Site

        # Subscribed on import: the page cache, then the kept pieces. (mail: its system check.)
        from core import changes, fragments, mail, page_cache  # noqa: F401

        changes.public_models(PageViewRestriction, Site, Redirect)
        changes.connect()
