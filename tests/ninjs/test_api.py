"""The import endpoint from outside: tokens, permissions, status codes and summaries."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import APIToken, GroupPagePermission

from articles.models import ArticlePage
from tests.factories import UserFactory
from tests.ninjs.test_import import document

pytestmark = pytest.mark.django_db


def token_for(username, group=None):
    user = UserFactory(username=username)
    if group:
        user.groups.add(Group.objects.get(name=group))
    _token, secret = APIToken.create_token(user=user, name="test")
    return secret


def post(client, payload, token=None, query="", raw=None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post(
        f"/api/ninjs/{query}",
        data=raw if raw is not None else json.dumps(payload),
        content_type="application/json",
        headers=headers,
    )


def test_reporter_imports_a_draft_and_gets_a_summary(client, home):
    token = token_for("reporter", "Reporters")
    response = post(client, document(), token)
    assert response.status_code == 201
    body = response.json()
    assert (body["created"], body["updated"], body["skipped"], body["failed"]) == (1, 0, 0, 0)
    story = ArticlePage.objects.get(pk=body["documents"][0]["article_id"])
    assert not story.live
    assert story.get_latest_revision().user.username == "reporter"

    again = post(client, document(), token)
    assert again.status_code == 200
    assert again.json()["skipped"] == 1


def test_array_batch_is_all_or_nothing_per_document(client, home):
    token = token_for("moderator", "Moderators")
    good = document(uri="http://example.org/a")
    bad = document(uri="http://example.org/b", headlines=[])
    response = post(client, [good, bad], token, "?publish=1")
    assert response.status_code == 400
    body = response.json()
    assert (body["created"], body["failed"]) == (1, 1)
    failure = body["documents"][1]
    assert failure["source"] == "request[1]"
    assert failure["path"] == "$.headlines"
    assert "headline" in failure["reason"]
    assert ArticlePage.objects.get().live


def test_only_publishers_may_import_with_publish(client, home):
    token = token_for("reporter", "Reporters")
    response = post(client, document(), token, "?publish=1")
    assert response.status_code == 403
    assert "not publish" in response.json()["error"]
    assert not ArticlePage.objects.exists()


def test_users_without_page_permissions_are_forbidden(client, home):
    response = post(client, document(), token_for("reader"))
    assert response.status_code == 403
    assert not ArticlePage.objects.exists()


@pytest.mark.parametrize("header", [None, "Bearer nonsense", "Basic dXNlcjpwYXNz"])
def test_missing_or_bad_tokens_are_401(client, home, header):
    headers = {"Authorization": header} if header else {}
    response = client.post(
        "/api/ninjs/", data=json.dumps(document()), content_type="application/json", headers=headers
    )
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_revoked_token_and_inactive_user_are_401(client, home):
    user = UserFactory(username="gone")
    user.groups.add(Group.objects.get(name="Moderators"))
    token, secret = APIToken.create_token(user=user, name="t")
    token.revoke()
    assert post(client, document(), secret).status_code == 401
    _token, secret = APIToken.create_token(user=user, name="t2")
    user.is_active = False
    user.save()
    assert post(client, document(), secret).status_code == 401


def test_session_login_does_not_authenticate_the_import(client, home):
    admin = UserFactory(username="boss", is_superuser=True, is_staff=True)
    client.force_login(admin)
    assert post(client, document()).status_code == 401


@pytest.mark.parametrize(
    "raw", ["not json", "{", '"a string"', "[1]", b"\xff\xfe garbage"], ids=str
)
def test_malformed_bodies_are_400_not_500(client, home, raw):
    token = token_for("editor", "Moderators")
    response = post(client, None, token, raw=raw)
    assert response.status_code == 400
    failure = response.json()["documents"][0]
    assert failure["path"] == "$"
    assert failure["reason"]


def test_huge_document_is_rejected(client, home, settings):
    settings.NINJS_MAX_DOCUMENT_BYTES = 10_000
    token = token_for("editor", "Moderators")
    huge = document(bodies=[{"contentType": "text/plain", "value": "word " * 5000}])
    response = post(client, huge, token)
    assert response.status_code == 400
    assert "limit" in response.json()["documents"][0]["reason"]
    settings.NINJS_MAX_REQUEST_BYTES = 10_000
    response = post(client, [huge], token)
    assert response.status_code == 413
    assert not ArticlePage.objects.exists()


def test_create_api_token_command_prints_a_working_token(client, home, capsys):
    user = UserFactory(username="desk")
    user.groups.add(Group.objects.get(name="Editors"))
    call_command("create_api_token", "desk", "--name", "AFP feed")
    secret = capsys.readouterr().out.strip()
    token = APIToken.objects.get(user=user)
    assert token.name == "AFP feed"
    assert secret not in (token.key_hash, token.prefix)
    assert post(client, document(), secret).status_code == 201


def test_admin_creates_a_token_shown_once_and_revokes_it(client, home):
    reporter = UserFactory(username="reporter")
    reporter.groups.add(Group.objects.get(name="Reporters"))
    admin = UserFactory(username="boss", is_superuser=True, is_staff=True)
    admin_client = type(client)()
    admin_client.force_login(admin)
    assert admin_client.get("/admin/api-tokens/").status_code == 200

    response = admin_client.post(
        "/admin/api-tokens/new/", {"name": "AFP feed", "user": reporter.pk}
    )
    assert response.status_code == 200
    token = APIToken.objects.get(user=reporter)
    secret = response.context["token"]
    assert secret in response.content.decode()
    assert post(client, document(), secret).status_code == 201

    response = admin_client.post(f"/admin/api-tokens/delete/{token.pk}/")
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert post(client, document(uri="http://example.org/2"), secret).status_code == 401


def test_only_publishers_may_take_a_story_down(client, home):
    post(client, document(), token_for("moderator", "Moderators"), "?publish=1")
    # A sub-editor may edit any story but not publish or unpublish it.
    subeditors = Group.objects.create(name="Sub-editors")
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=subeditors, page=home, permission=Permission.objects.get(codename=codename)
        )
    reporter = token_for("subeditor", "Sub-editors")
    response = post(client, document(version="2", pubStatus="canceled"), reporter)
    assert response.status_code == 400
    assert response.json()["documents"][0]["path"] == "$.pubStatus"
    assert ArticlePage.objects.get().live
    # A reporter may still send a usable update: it waits as a draft revision.
    response = post(client, document(version="2"), reporter)
    assert response.json()["updated"] == 1
    story = ArticlePage.objects.get()
    assert story.live and story.has_unpublished_changes


def test_tokens_are_stored_only_as_digests(client, home):
    secret = token_for("wire-desk", "Reporters")
    stored = [str(value) for row in APIToken.objects.values() for value in row.values()]
    assert all(secret not in value for value in stored)
    assert post(client, document(), secret).status_code == 201  # and still work
