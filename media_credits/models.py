from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CreditedImage(AbstractImage):
    """An image that always knows who made it and where it came from."""

    creator = models.CharField(
        max_length=255, blank=True, help_text="The photographer or artist, e.g. “Jane Doe”."
    )
    credit_line = models.CharField(
        "credit / source",
        max_length=255,
        blank=True,
        help_text="The agency or organisation credited, e.g. “AFP” or “Ministry of Defence”.",
    )
    copyright_notice = models.CharField(max_length=255, blank=True)
    source_url = models.URLField(
        "source URL", blank=True, help_text="Where the original lives, if it is published online."
    )

    admin_form_fields = Image.admin_form_fields + (
        "creator",
        "credit_line",
        "copyright_notice",
        "source_url",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = "image"


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=("image", "filter_spec", "focal_point_key"),
                name="unique_credited_rendition",
            )
        ]
