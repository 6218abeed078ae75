"""Outgoing mail that never fails the action that sends it. An editorial action (submit,
approve, request changes, a comment) has happened once it is saved; a mail server that refuses,
times out or is not configured at all is logged, and the person who acted is told, on the page
they land on, that nobody was e-mailed."""

import contextvars
import logging

from django.contrib import messages
from django.core import checks
from django.core.mail import InvalidMailer, mailers
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend

logger = logging.getLogger("newsroom.mail")

_current_request = contextvars.ContextVar("mail_request", default=None)


def report_mail_problem(text, *, unless_told=False):
    """Tell whoever made the current request (once) that mail was not sent; the caller logs
    the cause. ``unless_told``: only if nothing else about mail was said in this request."""
    request = _current_request.get()
    if request is None:  # the scheduler, a management command: the log is all
        return
    told = request.__dict__.setdefault("_newsroom_mail_problems", set())
    if text not in told and not (unless_told and told):
        told.add(text)
        messages.warning(request, text)


class MailProblemsMiddleware:
    """Lets mail sent during a request reach that request's messages (after MessageMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


class NotConfiguredBackend(BaseEmailBackend):
    """The mailer without EMAIL_HOST when DEBUG is off: each message is logged and dropped
    (``manage.py check`` warns at start-up)."""

    def send_messages(self, email_messages):
        for message in email_messages:
            logger.warning(
                "Mail is not configured (no EMAIL_HOST): not sent to %s: %r",
                ", ".join(message.recipients()),
                message.subject,
            )
        if email_messages:
            report_mail_problem("No e-mail was sent: mail is not configured on this server.")
        return 0


class SMTPMailer(SMTPBackend):
    """Django's SMTP backend, but a server that refuses, drops or times out is logged and
    reported instead of raised into the view that sends."""

    def open(self):
        try:
            return super().open()
        except OSError:  # refused, unreachable, timed out, TLS or login failed (SMTPException)
            self._give_up("connecting to %s:%s", self.host, self.port)
            return None

    def send_messages(self, email_messages):
        try:
            return super().send_messages(email_messages)
        except OSError:
            self._give_up("sending through %s:%s", self.host, self.port)
            return 0

    def close(self):
        try:
            super().close()
        except OSError:
            logger.warning("Closing the mail connection failed", exc_info=True)

    def _give_up(self, doing, *args):
        logger.warning("Mail not sent: failed " + doing, *args, exc_info=True)
        report_mail_problem("No e-mail was sent: the mail server could not be reached.")


@checks.register(checks.Tags.compatibility)
def check_mail_is_configured(app_configs=None, **kwargs):
    try:
        mailer = mailers.default
    except InvalidMailer as error:
        return [
            checks.Warning(
                f"Mail is misconfigured, so no notification e-mail is sent: {error}",
                hint="Check EMAIL_BACKEND, EMAIL_HOST and EMAIL_PORT (README, Configuration).",
                id="core.W002",
            )
        ]
    if isinstance(mailer, NotConfiguredBackend):
        return [
            checks.Warning(
                "Mail is not configured: notification e-mails (review requests, approvals, "
                "requested changes) are logged and not sent.",
                hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, ...) to an SMTP server.",
                id="core.W001",
            )
        ]
    return []
