from django.db import migrations, models

LINKS = [  # (owner model, link model, the link's fields for the owner and for the story)
    ("articles.Author", "articles.Byline", "author", "article"),
    ("entities.Place", "articles.TaggedPlace", "tag", "content_object"),
    ("entities.Person", "articles.TaggedPerson", "tag", "content_object"),
    ("entities.Organisation", "articles.TaggedOrganisation", "tag", "content_object"),
    ("entities.Topic", "articles.TaggedTopic", "tag", "content_object"),
]


def fill_latest_story_at(apps, schema_editor):
    """Each author's and tag's newest visible story (live, and under no view restriction), as
    public_site.latest_story computes it from here on."""
    restrictions = apps.get_model("wagtailcore", "PageViewRestriction").objects
    restricted = list(restrictions.values_list("page__path", flat=True))
    for owner_name, link_name, owner, story in LINKS:
        Owner, Link = apps.get_model(owner_name), apps.get_model(link_name)
        latest = {}
        rows = Link.objects.filter(**{f"{story}__live": True}).values_list(
            f"{owner}_id", f"{story}__path", f"{story}__last_published_at"
        )
        for owner_id, path, published in rows.iterator():
            if published and not any(path.startswith(prefix) for prefix in restricted):
                latest[owner_id] = max(latest.get(owner_id, published), published)
        for owner_id, published in latest.items():
            Owner.objects.filter(pk=owner_id).update(latest_story_at=published)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_corrections_and_minor_changes"),
        ("entities", "0003_latest_story_at"),
    ]

    operations = [
        migrations.AddField(
            model_name="author",
            name="latest_story_at",
            field=models.DateTimeField(blank=True, db_index=True, editable=False, null=True),
        ),
        migrations.RunPython(fill_latest_story_at, migrations.RunPython.noop),
    ]
