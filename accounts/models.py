from django import forms
from django.contrib.auth.models import Group
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="lock")
class TwoFactorPolicy(BaseGenericSetting):
    """Which desk roles must sign in with a second factor (an authenticator app's code)."""

    required_groups = models.ManyToManyField(
        Group,
        blank=True,
        related_name="+",
        verbose_name="groups that must use two-factor authentication",
        help_text="Members must set up an authenticator app before they can use the admin.",
    )

    panels = [FieldPanel("required_groups", widget=forms.CheckboxSelectMultiple)]

    class Meta:
        verbose_name = "two-factor authentication"

    @classmethod
    def requires(cls, user):
        """Must ``user`` use a second factor?"""
        return cls.load().required_groups.filter(pk__in=user.groups.values("pk")).exists()
