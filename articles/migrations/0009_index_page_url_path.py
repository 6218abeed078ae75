"""An index on Wagtail's pages' URL paths: a story is routed by its whole path in one lookup
(articles.models.pages.RoutesToSpecificChildren), which without it reads every page (both
databases understand this SQL)."""

from django.db import migrations

INDEX = "articles_page_url_path"


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_index_page_last_published_at")]
    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (url_path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
