from django import forms
from django.urls import reverse
from wagtail.admin.widgets import AdminTagWidget


class EntityTagWidget(AdminTagWidget):
    """The admin tag field for entities: a tag is always a suggestion chosen — by name or alias
    — never the typed text itself (``static/entities/entity_tags.js``)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("free_tagging", False)  # typed text alone never becomes a tag
        super().__init__(*args, **kwargs)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-w-tag-url-value"] = reverse(
            "entities_autocomplete", args=[self.tag_model.url_prefix]
        )
        context["widget"]["attrs"]["data-entity-tags"] = ""
        context["widget"]["help_text"] = (
            "Choose from the suggestions; names and other names both match."
        )
        return context

    @property
    def media(self):
        return forms.Media(js=["entities/entity_tags.js"])
