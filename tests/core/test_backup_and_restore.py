"""Backups: deploy/backup.sh dumps the database and media; deploy/restore.sh puts them into an
empty database, which then serves the same stories, pictures included."""

import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.browser import live_database
from tests.factories import ArticlePageFactory, ImageFactory, SectionPageFactory
from tests.production_server import admin_sql, database_url, fetch, production_server

pytestmark = live_database
DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_a_backup_restored_into_an_empty_database_serves_the_same_stories(home, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("backs up with pg_dump")
    section = SectionPageFactory(parent=home, slug="region")
    stories = [
        ArticlePageFactory(parent=section, title=title, lead_image=ImageFactory())
        for title in ("Harvest report", "Road reopens", "School term starts")
    ]
    db = connection.settings_dict
    backup, restored_media = tmp_path / "backup", tmp_path / "restored-media"
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": database_url(db)}
    subprocess.run(
        [DEPLOY / "backup.sh", backup], env=env | {"MEDIA_ROOT": str(settings.MEDIA_ROOT)},
        check=True,
    )  # fmt: skip

    restored = f"{db['NAME']}_restored"
    restored_media = str(restored_media)
    admin_sql(db, f'DROP DATABASE IF EXISTS "{restored}"')
    admin_sql(db, f'CREATE DATABASE "{restored}"')
    try:
        subprocess.run(
            [DEPLOY / "restore.sh", backup],
            env=env | {"DATABASE_URL": database_url(db, restored), "MEDIA_ROOT": restored_media},
            check=True,
        )  # fmt: skip
        picture = stories[0].lead_image.file.name
        assert (
            Path(restored_media, picture).read_bytes()
            == Path(settings.MEDIA_ROOT, picture).read_bytes()
        )
        served = database_url(db, restored)
        with production_server(served, tmp_path / "static", MEDIA_ROOT=restored_media) as base:
            status, _headers, home_html = fetch(base + "/")
            assert status == 200
            for story in stories:
                assert story.title in home_html
                status, _headers, html = fetch(base + story.url)
                assert status == 200 and story.title in html
    finally:
        admin_sql(db, f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)')
