from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class BylineRole(models.TextChoices):
    REPORTER = "reporter", "Reporter"
    PHOTOGRAPHER = "photographer", "Photographer"
    CONTRIBUTOR = "contributor", "Contributor"
    EDITOR = "editor", "Editor"


class Byline(Orderable):
    """One person's credit on one story, in the order the desk wants them shown."""

    article = ParentalKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey("articles.Author", on_delete=models.PROTECT, related_name="bylines")
    role = models.CharField(max_length=20, choices=BylineRole.choices, default=BylineRole.REPORTER)
    agency = models.CharField(
        max_length=100, blank=True, help_text="Wire agency credit for agency copy, e.g. “AFP”."
    )

    panels = [FieldPanel("author"), FieldPanel("role"), FieldPanel("agency")]

    def __str__(self):
        return f"{self.author} ({self.get_role_display()})"
