from django.apps import AppConfig


class MediaCreditsConfig(AppConfig):
    name = "media_credits"
    verbose_name = "Media credits"

    def ready(self):
        from . import publish_checks  # noqa: F401
