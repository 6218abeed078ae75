import copy

from django.forms.models import construct_instance
from wagtail.admin.forms import WagtailAdminPageForm

from articles.publishing import StoryDraft, publish_problems


class ArticlePageForm(WagtailAdminPageForm):
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
