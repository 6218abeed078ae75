from django.apps import AppConfig


class MediaCreditsConfig(AppConfig):
    name = "media_credits"
    verbose_name = "Media credits"

    def ready(self):
        from wagtail.images import get_image_model
        from wagtail.permissions import register_permission_policy

        from . import publish_checks  # noqa: F401
        from .permissions import image_permission_policy

        # exact_class: wins over the policy wagtail.images registers for the image model.
        register_permission_policy(get_image_model(), image_permission_policy(), exact_class=True)
