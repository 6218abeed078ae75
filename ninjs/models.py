from django.conf import settings
from django.db import models


class ImportedStory(models.Model):
    """Links a story to the ninjs ``uri`` it came from, and the version we last took."""

    uri = models.CharField("ninjs URI", max_length=1000, unique=True)
    article = models.OneToOneField(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="ninjs_import"
    )
    version = models.CharField(max_length=100, blank=True)
    version_created = models.DateTimeField(null=True, blank=True)
    first_created = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=35, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "imported story"
        verbose_name_plural = "imported stories"

    def __str__(self):
        return self.uri


class ImportedPicture(models.Model):
    """A picture fetched for an import, so a later version of the story reuses it."""

    uri = models.CharField("ninjs URI", max_length=1000, unique=True)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, on_delete=models.CASCADE, related_name="+"
    )

    def __str__(self):
        return self.uri
