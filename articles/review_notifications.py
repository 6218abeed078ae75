"""The desk review's e-mails (Wagtail's workflow notifiers) can never fail the review action.

Wagtail sends them from inside submit, approve and request changes, and only catches connection
errors: an InvalidMailer (Django 6.1's MAILERS without a host), a template error or anything else
raised there answered 500 after the revision was saved (an orphan draft). Each notifier is
wrapped: whatever it raises is logged, and the editor is told nobody was e-mailed; the action
itself goes on. SMTP failures themselves are handled by the mailer (core.mail.SMTPMailer)."""

import logging

from wagtail.admin import signal_handlers as wagtail_notifications
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from core.mail import report_mail_problem

logger = logging.getLogger("newsroom.mail")


class NeverFails:
    """A Wagtail notifier that logs and reports what it raises instead of raising it."""

    def __init__(self, notifier, who):
        self.notifier = notifier
        self.who = who

    def __call__(self, sender=None, instance=None, **kwargs):
        if not self.notifier.can_handle(instance, **kwargs):
            return
        text = f"The {self.who} could not be e-mailed; the problem is logged."
        try:
            sent = self.notifier(instance=instance, **kwargs)
        except Exception:
            logger.exception("The %s notification about %r was not sent", self.who, instance)
            report_mail_problem(text)
            return
        if not sent:  # Wagtail logged why; the mailer has usually said so already
            report_mail_problem(text, unless_told=True)


# (signal, sender, Wagtail's dispatch_uid, Wagtail's notifier, who it e-mails)
NOTIFICATIONS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification",
     wagtail_notifications.task_submission_email_notifier, "editors"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification",
     wagtail_notifications.workflow_submission_email_notifier, "administrators"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification",
     wagtail_notifications.workflow_rejection_email_notifier, "reporter"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification",
     wagtail_notifications.workflow_approval_email_notifier, "reporter"),
]  # fmt: skip


def connect():
    """Connect the wrapped notifiers under Wagtail's own dispatch_uids, before wagtail.admin's
    ready() connects the bare ones (this app comes first in INSTALLED_APPS): a signal keeps the
    first receiver per dispatch_uid, so Wagtail's are not connected as well."""
    for signal, sender, uid, notifier, who in NOTIFICATIONS:
        signal.connect(NeverFails(notifier, who), sender=sender, dispatch_uid=uid, weak=False)
