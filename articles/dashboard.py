"""The desk's panels on the admin home page, beside Wagtail's own "Awaiting your review":
your drafts, scheduled and embargoed stories, recently published, recent corrections."""

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Revision

from articles.models import ArticlePage, Correction

PANEL_SIZE = 10


class StoryPanel(Component):
    """A dashboard table of stories, each with the time that matters for this panel."""

    template_name = "articles/dashboard/story_panel.html"
    heading = ""
    time_label = ""
    empty = ""

    def rows(self, user):
        """(story, time, note) tuples."""
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "time_label": self.time_label,
            "empty": self.empty,
            "rows": self.rows(parent_context["request"].user),
        }


class MyDraftsPanel(StoryPanel):
    """A reporter's own stories that never went out, including those Wagtail's autosave created
    when a story was started and its tab closed: each can be taken up again or thrown away."""

    name = "desk_my_drafts"
    order = 230
    heading = "My drafts"
    time_label = "Last saved"
    empty = "No drafts of yours: every story you started has been published."
    template_name = "articles/dashboard/drafts_panel.html"

    def rows(self, user):
        # A story scheduled to go out is in "Scheduled and embargoed", not a draft any more.
        scheduled = Revision.page_revisions.filter(approved_go_live_at__isnull=False)
        drafts = (
            ArticlePage.objects.filter(owner=user, live=False, first_published_at__isnull=True)
            .exclude(pk__in=[int(pk) for pk in scheduled.values_list("object_id", flat=True)])
            .order_by("-latest_revision_created_at")[:PANEL_SIZE]
        )
        return [(story, story.latest_revision_created_at, story.status_string) for story in drafts]

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["rows"] = [
            (story, when, note, story.permissions_for_user(user).can_delete())
            for story, when, note in context["rows"]
        ]
        return context


class ScheduledPanel(StoryPanel):
    name = "desk_scheduled"
    order = 240
    heading = "Scheduled and embargoed"
    time_label = "Goes live"
    empty = "Nothing is scheduled."

    def rows(self, user):
        # A scheduled story's go-live time sits on its approved revision (a live story can have a
        # scheduled new version too).
        revisions = list(
            Revision.page_revisions.filter(
                content_type=ContentType.objects.get_for_model(ArticlePage),
                approved_go_live_at__isnull=False,
            ).order_by("approved_go_live_at")[:PANEL_SIZE]
        )
        stories = ArticlePage.objects.in_bulk([int(r.object_id) for r in revisions])
        return [
            (
                stories[int(r.object_id)],
                r.approved_go_live_at,
                "new version" if stories[int(r.object_id)].live else "embargoed",
            )
            for r in revisions
            if int(r.object_id) in stories
        ]


class RecentlyPublishedPanel(StoryPanel):
    name = "desk_recently_published"
    order = 250
    heading = "Recently published"
    time_label = "Published"
    empty = "Nothing published yet."

    def rows(self, user):
        stories = ArticlePage.objects.live().order_by("-last_published_at")[:PANEL_SIZE]
        return [
            (story, story.last_published_at, "updated" if story.was_updated else "")
            for story in stories
        ]


class RecentCorrectionsPanel(StoryPanel):
    name = "desk_recent_corrections"
    order = 260
    heading = "Corrections in the last 7 days"
    time_label = "Noted"
    empty = "No corrections or updates in the last 7 days."

    def rows(self, user):
        since = timezone.now() - dt.timedelta(days=7)
        notes = (
            Correction.objects.filter(noted_at__gte=since, article__live=True)
            .select_related("article")
            .order_by("-noted_at")[:PANEL_SIZE]
        )
        return [
            (note.article, note.noted_at, f"{note.get_kind_display()}: {note.text}")
            for note in notes
        ]


def desk_panels():
    return [MyDraftsPanel(), ScheduledPanel(), RecentlyPublishedPanel(), RecentCorrectionsPanel()]
