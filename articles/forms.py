import copy
import datetime as dt
import re

from django.conf import settings
from django.forms.models import construct_instance
from django.utils import timezone
from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from articles.publishing import StoryDraft, publish_problems
from entities.forms import EntityTagsFormMixin


def automatic_slugs(title):
    """The slugs Wagtail may fill in from a headline: the admin's browser code keeps letters,
    digits, "-" and "_" after turning spaces into "-" (with Unicode letters when
    WAGTAIL_ALLOW_UNICODE_SLUGS is on, as by default) or transliterates like Django's slugify,
    which the server uses for an empty slug."""
    hyphenated = re.sub(r"\s+", "-", title).lower()
    return {
        slugify(title, allow_unicode=True),
        slugify(title),
        re.sub(r"[^\w-]", "", hyphenated),
        re.sub(r"[^a-z0-9_-]", "", hyphenated),
    } - {""}


def newer_revision_by_someone_else(story, user, loaded_revision_id, loaded_revision_created_at):
    """The newest revision of ``story`` that another user saved after the version the editor's
    form was loaded from, or None. That version's time is the one the form was given (Wagtail
    autosave updates a revision in place, moving its time on); without it, the revision's own."""
    if not loaded_revision_id or not str(loaded_revision_id).isdigit():
        return None
    try:
        since = dt.datetime.fromisoformat(loaded_revision_created_at or "")
    except ValueError:
        loaded = story.revisions.filter(pk=loaded_revision_id).first()
        if loaded is None:
            return None
        since = loaded.created_at
    return (
        story.revisions.filter(created_at__gt=since)
        .exclude(user=user)
        .select_related("user")
        .order_by("-created_at", "-pk")
        .first()
    )


class ArticlePageForm(EntityTagsFormMixin, WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.first_published_at is None:
            # Nothing readers saw can be corrected yet: no notes, no "minor change".
            self.fields.pop("minor_change", None)
            self.formsets.pop("corrections", None)
        elif "minor_change" in self.fields:
            # Every republish decides afresh whether it is only a typo fix.
            self.initial["minor_change"] = False
        if "title" in self.fields:  # the editor shows the headline's length against it
            limit = settings.NEWSROOM_HEADLINE_MAX_LENGTH
            self.fields["title"].widget.attrs["data-headline-limit"] = str(limit)

    def clean_slug(self):
        """A slug filled in from the headline (by the editor's browser, or by Wagtail when left
        empty) is made unique among its siblings with -2, -3…: a story started and abandoned (its
        first autosave created it) must not block the next one with that headline. A slug typed
        by hand that is taken is still refused, by Wagtail's own check."""
        slug = self.cleaned_data.get("slug")
        if not slug or slug not in automatic_slugs(self.cleaned_data.get("title") or ""):
            return slug
        candidate, suffix = slug, 1
        while not Page._slug_is_available(candidate, self.parent_page, self.instance):
            suffix += 1
            candidate = f"{slug}-{suffix}"
        return candidate

    def clean(self):
        cleaned_data = super().clean()
        self.refuse_stale_version()
        return cleaned_data

    def refuse_stale_version(self):
        """No silent overwrites: a save over a version someone else saved since this form was
        loaded is refused, naming them; the form comes back with what was typed. Your own
        autosaves since then are your work, not a conflict."""
        if not self.instance.pk:
            return
        loaded_id = self.data.get("loaded_revision_id")
        newer = newer_revision_by_someone_else(
            self.instance, self.for_user, loaded_id, self.data.get("loaded_revision_created_at")
        )
        if newer is None:
            return
        who = (newer.user.get_full_name() or newer.user.get_username()) if newer.user else "someone"
        when = timezone.localtime(newer.created_at).strftime("%H:%M")
        self.add_error(
            None,
            f"{who} saved a newer version of this story at {when} while you were editing. "
            "Compare it under History; save again to replace it with yours.",
        )
        # The form comes back still based on the version you loaded, so Wagtail refuses your
        # autosaves over theirs (autosave pauses). Wagtail marks the refreshed form with the
        # time of their version, so an explicit save from it replaces theirs, knowingly.
        self.instance.latest_revision_id = int(loaded_id)

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
