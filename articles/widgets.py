from entities.widgets import EntityTagWidget


class StoryTagWidget(EntityTagWidget):
    """A story's tag field with one help text, the field's own in the desk's words: Wagtail's
    note that multi-word tags get "enclosed in double quotes" is about its markup, not the desk."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["help_text"] = ""
        return context
