from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"

    def ready(self):
        from . import editorial_checks, review_notifications, signals  # noqa: F401

        review_notifications.connect()
