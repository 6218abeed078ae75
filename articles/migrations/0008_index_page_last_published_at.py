"""An index on Wagtail's pages' last publication time: the sitemap index's lastmod is the newest
of them, which without it reads every page (both databases understand this SQL)."""

from django.db import migrations

INDEX = "articles_page_last_published_at"


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_latest_story_at")]
    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (last_published_at)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
