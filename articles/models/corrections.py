from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Orderable


class CorrectionKind(models.TextChoices):
    CORRECTION = "correction", "Correction"
    CLARIFICATION = "clarification", "Clarification"
    UPDATE = "update", "Update"


class Correction(Orderable):
    """A note readers see on the story: what was wrong, clarified or added, and when."""

    article = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="corrections"
    )
    kind = models.CharField(
        max_length=20, choices=CorrectionKind.choices, default=CorrectionKind.CORRECTION
    )
    text = models.TextField(
        help_text="What changed, for readers, e.g. “An earlier version misspelt the mayor's name.”"
    )
    noted_at = models.DateTimeField(
        "time", null=True, blank=True, help_text="Leave empty for the time you save this note."
    )

    panels = [FieldPanel("kind"), FieldPanel("text"), FieldPanel("noted_at")]

    class Meta(Orderable.Meta):
        verbose_name = "correction or update note"

    @property
    def is_correction(self):
        """Corrections and clarifications fix what was said; updates add to it."""
        return self.kind != CorrectionKind.UPDATE

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"


class CorrectionsPanel(MultiFieldPanel):
    """The story's "Corrections and updates" box, shown when the form offers it: the story form
    leaves it out on a story that was never published, which has nothing to correct."""

    class BoundPanel(MultiFieldPanel.BoundPanel):
        def is_shown(self):
            # Checked before the children are bound: the notes' panel needs its formset.
            return (self.form is None or "corrections" in self.form.formsets) and super().is_shown()
