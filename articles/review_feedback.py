"""What the desk review tells people: the editor's requested changes at the top of the story
while it is back with the reporter, and messages that say what an action did."""

from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import TaskState, WorkflowState


def requested_changes(page):
    """The task state in which an editor asked for changes, while the story waits for the
    reporter's revision (None otherwise). It, not the workflow state, names the editor: the
    workflow state's requested_by is whoever submitted the story."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    return task_state


class DeskEditView(EditView):
    """Wagtail's page editor; after Request changes or Approve it says what happened instead
    of "Page … has been updated"."""

    def add_save_confirmation_message(self):
        if self.action_name != "perform_workflow_action":
            return super().add_save_confirmation_message()
        headline = self.page.get_admin_display_title()
        requested_by = self.workflow_state.requested_by if self.workflow_state else None
        if self.workflow_action == "reject":
            message = _("Changes requested on '%(headline)s'; %(reporter)s has been told.") % {
                "headline": headline,
                "reporter": get_user_display_name(requested_by)
                if requested_by
                else _("the reporter"),
            }
        elif self.workflow_action == "approve" and self.published():
            message = _("'%(headline)s' approved and published.") % {"headline": headline}
        elif self.workflow_action == "approve":
            message = _("'%(headline)s' approved.") % {"headline": headline}
        else:
            return super().add_save_confirmation_message()
        messages.success(self.request, message)
        return None

    def published(self):
        # The approval published the revision in the database, not the form's copy of the page.
        return (
            type(self.page)
            .objects.filter(pk=self.page.pk, live=True, has_unpublished_changes=False)
            .exists()
        )
