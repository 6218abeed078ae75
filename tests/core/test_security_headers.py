"""HTTPS, cookies and browser protections, as a browser receives them."""

import pytest
from django.test import override_settings

from tests.factories import ArticlePageFactory, SectionPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.fixture
def story(home):
    return ArticlePageFactory(parent=SectionPageFactory(parent=home))


def test_public_pages_carry_a_strict_policy_and_protections(client, story):
    response = client.get(story.url, secure=True)
    assert response.status_code == 200
    csp = directives(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    hsts = response["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts


def test_the_admin_alone_allows_inline_scripts(client):
    client.force_login(UserFactory(is_superuser=True))
    response = client.get("/admin/", secure=True)
    csp = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert "Permissions-Policy" in response


@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_is_redirected_to_https(client, story):
    response = client.get(story.url)
    assert response.status_code == 301
    assert response["Location"] == f"https://testserver{story.url}"


@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_login_cookies_are_secure_and_hidden_from_scripts(client):
    UserFactory(username="aynur", is_superuser=True)
    client.get("/admin/login/", secure=True)
    response = client.post(
        "/admin/login/",
        {"username": "aynur", "password": "correct horse battery"},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"]
    csrf = client.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"]
