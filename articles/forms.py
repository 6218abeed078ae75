import copy

from django.forms.models import construct_instance
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from articles.publishing import StoryDraft, publish_problems
from entities.forms import EntityTagsFormMixin


class ArticlePageForm(EntityTagsFormMixin, WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Every republish decides afresh whether it is only a typo fix.
        if "minor_change" in self.fields:
            self.initial["minor_change"] = False

    def clean(self):
        cleaned_data = super().clean()
        self.refuse_stale_version()
        return cleaned_data

    def refuse_stale_version(self):
        """No silent overwrites: Wagtail warns in the browser when someone else saves while you
        edit; here the save itself is refused. The form comes back with the newer version as the
        one loaded, so saving again replaces it, knowingly."""
        latest = self.instance.latest_revision if self.instance.pk else None
        # The editor's own autosave revision is the one they are working on, if there is one.
        loaded = self.data.get("overwrite_revision_id") or self.data.get("loaded_revision_id")
        if latest is None or not loaded or loaded == str(latest.pk):
            return
        who = "someone"
        if latest.user:
            who = latest.user.get_full_name() or latest.user.get_username()
        when = timezone.localtime(latest.created_at).strftime("%H:%M")
        self.add_error(
            None,
            f"{who} saved a newer version of this story at {when} while you were editing. "
            "Compare it under History; save again to replace it with yours.",
        )

    def is_valid(self):
        # Runs after the bylines formset is cleaned (ClusterForm validates formsets after clean()).
        # A draft save defers validation; publish, schedule and submit-for-review do not.
        valid = super().is_valid()
        if valid and not self.is_deferred_validation:
            for problem in publish_problems(self.story_draft()):
                self.add_error(problem.field, problem.message)
            valid = not self.errors
        return valid

    def story_draft(self):
        page = construct_instance(self, copy.copy(self.instance))
        bylines = []
        formset = self.formsets.get("bylines")
        if formset is not None:
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data and not data.get("DELETE") and data.get("author"):
                    bylines.append(construct_instance(form, copy.copy(form.instance)))
        return StoryDraft(page=page, bylines=bylines)

    def save(self, commit=True):
        # A correction note without a time is timed when it is written down.
        formset = self.formsets.get("corrections")
        for form in formset.forms if formset is not None else ():
            note = form.instance
            if note.text and not note.noted_at and not form.cleaned_data.get("DELETE"):
                note.noted_at = timezone.now()
        return super().save(commit=commit)
