import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "k3Vd9-production-like-secret-key-with-enough-entropy-7Qx2LmZp0aRt"


def run_check(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(DJANGO_SETTINGS_MODULE="newsroom.settings.base", **env)
    environment.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/check.sqlite3")
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_check(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_refuses_the_insecure_development_key_when_debug_is_off():
    result = run_check(DEBUG="0", SECRET_KEY="django-insecure-abc")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_starts_with_a_real_secret_key():
    result = run_check(DEBUG="0", SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = run_check(
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="news.example.org",
        EMAIL_HOST="mail.example.org",  # without it, the check rightly warns (core.mail)
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.django_db
def test_static_files_are_served_with_debug_off(client, settings):
    assert settings.DEBUG is False
    response = client.get("/static/css/newsroom.css")
    assert response.status_code == 200
    assert b"--accent" in b"".join(response.streaming_content)


@pytest.mark.django_db
def test_the_admin_calls_no_outside_services(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/").content.decode()
    assert "w-upgrade" not in html  # no release check against wagtail.org
    assert "gravatar.com" not in html
