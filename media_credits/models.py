import io

from django.core.files import File
from django.db import models
from django.utils import timezone
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from media_credits.embedded import prefill_from_embedded_metadata, with_credits
from media_credits.privacy import without_personal_data


class Licence(models.Model):
    """Terms a picture is used under; the photo desk keeps these records."""

    class Kind(models.TextChoices):
        CREATIVE_COMMONS = "cc", "Creative Commons"
        PUBLIC_DOMAIN = "pd", "Public domain"
        STAFF = "staff", "Staff photo"
        AGENCY = "agency", "Agency / wire"
        HANDOUT = "handout", "Handout"

    name = models.CharField(max_length=255, unique=True)
    label = models.CharField("short label", max_length=50, help_text="e.g. “CC BY 2.0”.")
    url = models.URLField("URL", blank=True, help_text="The licence deed or terms.")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    attribution_required = models.BooleanField(default=True)
    commercial_use = models.BooleanField("allows commercial use", default=True)
    derivatives = models.BooleanField("allows derivatives", default=True)
    share_alike = models.BooleanField("requires share-alike", default=False)

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self):
        return self.label


# Pictures whose credit is missing (``CreditedImage.needs_credit``), as a filter.
NEEDS_CREDIT = models.Q(creator="", credit_line="") & (
    models.Q(licence__isnull=True) | models.Q(licence__attribution_required=True)
)


class CreditedImage(AbstractImage):
    """An image that always knows who made it, where it came from and on what terms we use it."""

    alt_text = models.CharField(
        "alt text",
        max_length=500,
        blank=True,
        help_text="What the picture shows, for readers who cannot see it. Required to publish.",
    )
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
    licence = models.ForeignKey(
        Licence, null=True, blank=True, on_delete=models.PROTECT, related_name="images"
    )
    usage_terms = models.CharField(
        max_length=255, blank=True, help_text="e.g. “Editorial use only”."
    )
    licence_expires = models.DateField(
        "licence expires", null=True, blank=True, help_text="Leave empty if it does not expire."
    )

    keep_location = models.BooleanField(
        "publish the GPS location",
        default=False,
        help_text="Only when where the picture was taken is the point and endangers no one: "
        "otherwise the camera's location is removed from every published size.",
    )

    admin_form_fields = Image.admin_form_fields + (
        "alt_text",
        "creator",
        "credit_line",
        "copyright_notice",
        "source_url",
        "licence",
        "usage_terms",
        "licence_expires",
        "keep_location",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = "image"

    @property
    def default_alt_text(self):
        return self.alt_text or super().default_alt_text

    @property
    def needs_credit(self):
        """The one rule (``NEEDS_CREDIT`` is the same rule as a filter): no creator and no credit
        line, unless its licence asks for no attribution (CC0, public domain)."""
        return not (self.creator or self.credit_line) and (
            self.licence is None or self.licence.attribution_required
        )

    @property
    def licence_expired(self):
        return bool(self.licence_expires and self.licence_expires < timezone.localdate())

    def published_credits(self):
        """What every published size of the picture says about it (IPTC IIM / XMP)."""
        return {
            "title": self.title,
            "creator": self.creator,
            "credit_line": self.credit_line,
            "copyright_notice": self.copyright_notice,
            "licence_url": self.licence.url if self.licence_id else "",
        }

    def generate_rendition_file(self, filter, *, source=None):
        """A published size: the camera's personal data removed, the desk's credits written in
        (the image library's re-encoding drops the original's IPTC and XMP)."""
        rendition = super().generate_rendition_file(filter, source=source)
        rendition.seek(0)
        data = rendition.read()
        cleaned = without_personal_data(data, keep_location=self.keep_location)
        return File(
            io.BytesIO(with_credits(cleaned, self.published_credits())), name=rendition.name
        )

    def save(self, *args, **kwargs):
        if self._state.adding and self.file:
            prefill_from_embedded_metadata(self)
        stale = not self._state.adding and self._published_credits_changed()
        super().save(*args, **kwargs)
        if stale:  # the published sizes carry the credits: make them again
            self.renditions.all().delete()

    def _published_credits_changed(self):
        fields = {key: key for key in ("title", "creator", "credit_line", "copyright_notice")}
        fields["licence_url"] = "licence__url"
        stored = type(self).objects.filter(pk=self.pk).values_list(*fields.values()).first()
        current = self.published_credits()
        return stored is not None and [v or "" for v in stored] != [
            current[key] or "" for key in fields
        ]


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=("image", "filter_spec", "focal_point_key"),
                name="unique_credited_rendition",
            )
        ]
