"""The article editor's tag fields: a tag is a known entity, named by its name or any alias; a
name nobody knows becomes a new entity only for someone allowed to add that kind."""

from django.core.exceptions import ValidationError
from taggit.utils import parse_tags
from wagtail.admin.forms.tags import TagField

from entities.names import resolve_names


def may_add(user, model):
    opts = model._meta
    return user is not None and user.has_perm(f"{opts.app_label}.add_{opts.model_name}")


class EntityTagField(TagField):
    """Wagtail's tag field (which knows ``tag_model``), minus its silent dropping of unknown
    names: those are refused, or created only when confirmed."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # Set by EntityTagsFormMixin: who is editing, and the new names they chose to create.
        self.user = None
        self.confirmed_new = set()

    def clean(self, value):
        names = super().clean(value)
        known = resolve_names(self.tag_model, names)
        kind = self.tag_model._meta.verbose_name
        errors = []
        for name in (name for name in names if name not in known):
            if not may_add(self.user, self.tag_model):
                errors.append(
                    f"No {kind} called '{name}'; choose one from the suggestions or ask an "
                    "editor to add it."
                )
            elif name not in self.confirmed_new:
                errors.append(
                    f"No {kind} called '{name}' yet; to add one, choose "
                    f"'Create new {kind} “{name}”' from the suggestions."
                )
        if errors:
            raise ValidationError(errors)
        return names


def confirmed_new_field_name(name):
    """The form data key listing the new names chosen with "Create new …" (set by
    ``static/entities/entity_tags.js``)."""
    return f"{name}-create"


class EntityTagsFormMixin:
    """For admin forms with entity tag fields: tells each field who is editing and which new
    names they chose to create."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, EntityTagField):
                field.user = self.for_user
                created = self.data.get(confirmed_new_field_name(self.add_prefix(name)), "")
                field.confirmed_new = set(parse_tags(created))
