"""A mail problem never fails or rolls back a review action: it is logged, the editor is told on
the page, and `manage.py check` says when mail is not configured at all."""

import socket

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

from articles.models import ArticlePage
from articles.review_notifications import NeverFails
from tests.articles.test_roles_and_review import desk as desk  # the fixture
from tests.articles.test_roles_and_review import write_story
from tests.core.test_settings import SECRET, run_check

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens there once the socket is closed


MAILERS = {
    "no host (InvalidMailer)": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"},
    "not configured": {"BACKEND": "core.mail.NotConfiguredBackend"},
    "server refuses": {
        "BACKEND": "core.mail.SMTPMailer",
        "OPTIONS": {"host": "127.0.0.1", "port": closed_port(), "timeout": 2},
    },
}


def workflow_action(story, name, state):
    task_state = state.current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[story.pk, name, task_state.pk])


def warnings(response):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def test_only_the_wrapped_notifiers_are_connected():
    for signal, sender in (
        (task_submitted, TaskState),
        (workflow_rejected, WorkflowState),
        (workflow_approved, WorkflowState),
    ):
        receivers = signal._live_receivers(sender)[0]
        assert [type(r) for r in receivers] == [NeverFails]


@pytest.mark.parametrize("mailer", MAILERS.values(), ids=MAILERS.keys())
def test_submit_request_changes_and_approve_go_through_whatever_mail_does(
    client, desk, settings, mailer, caplog
):
    settings.MAILERS = {"default": mailer}
    client.force_login(desk["reporter"])
    submitted = write_story(client, desk["section"], "action-submit")
    assert submitted.status_code == 302
    assert any("e-mail" in text for text in warnings(submitted)), warnings(submitted)
    story = ArticlePage.objects.get()
    state = WorkflowState.objects.get(object_id=str(story.pk))
    assert state.status == "in_progress"

    client.force_login(desk["editor"])
    rejected = client.post(
        workflow_action(story, "reject", state), {"comment": "Needs the council's reply."}
    )
    assert rejected.status_code == 302
    state.refresh_from_db()
    assert state.status == "needs_changes"

    client.force_login(desk["reporter"])
    state.resume(desk["reporter"])
    client.force_login(desk["editor"])
    state.refresh_from_db()
    approved = client.post(workflow_action(story, "approve", state), {"comment": ""})
    assert approved.status_code == 302
    assert any("could not be e-mailed" in t or "No e-mail" in t for t in warnings(approved))
    story.refresh_from_db()
    assert story.live
    assert any(r.name == "newsroom.mail" for r in caplog.records)  # and it is logged


def test_check_says_when_mail_is_not_configured():
    result = run_check(DEBUG="0", SECRET_KEY=SECRET)
    assert "Mail is not configured" in result.stderr + result.stdout
    configured = run_check(DEBUG="0", SECRET_KEY=SECRET, EMAIL_HOST="mail.example.org")
    assert "Mail is" not in configured.stderr + configured.stdout
