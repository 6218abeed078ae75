from django.apps import AppConfig


class MediaCreditsConfig(AppConfig):
    name = "media_credits"
    verbose_name = "Media credits"

    def ready(self):
        from wagtail.images import get_image_model
        from wagtail.permissions import register_permission_policy

        from core import changes

        from .models import Licence
        from .permissions import image_permission_policy

        # exact_class: wins over the policy wagtail.images registers for the image model.
        register_permission_policy(get_image_model(), image_permission_policy(), exact_class=True)
        # A picture's credit or a licence's name is shown wherever the picture is.
        changes.public_models(get_image_model(), Licence)
