from django.urls import reverse
from wagtail.admin.widgets import AdminTagWidget


class EntityTagWidget(AdminTagWidget):
    """The admin tag field, autocompleting entities by name or alias."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-w-tag-url-value"] = reverse(
            "entities_autocomplete", args=[self.tag_model.url_prefix]
        )
        return context
