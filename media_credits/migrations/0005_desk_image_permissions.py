"""The desk's picture powers as the permissions Wagtail checks: ``wagtailimages.*_image`` on the
root collection (articles 0005 granted ``media_credits.*_creditedimage``, which Wagtail never
reads). Only Administrators may delete: ``media_credits.permissions`` makes "delete" need
``delete_image``. Run again on a database made before, it corrects the groups to this table.
"""

from django.db import migrations

IMAGE_ROLES = {
    "Reporters": ["add", "choose"],  # upload; edit their own uploads; choose any for a story
    "Editors": ["add", "change", "choose"],
    "Photo desk": ["add", "change", "choose"],
    "Administrators": ["add", "change", "choose", "delete"],
}
ACTIONS = ("add", "change", "choose", "delete")


def image_permission(apps, action):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailimages", model="image")
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_image",
        defaults={"name": f"Can {action} image"},
    )
    return found


def grant_image_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    permissions = {action: image_permission(apps, action) for action in ACTIONS}
    for name, allowed in IMAGE_ROLES.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        GroupCollectionPermission.objects.filter(
            group=group, permission__content_type__app_label="media_credits",
            permission__codename__endswith="_creditedimage",
        ).delete()  # fmt: skip
        GroupCollectionPermission.objects.filter(
            group=group, permission__in=[permissions[a] for a in ACTIONS if a not in allowed]
        ).delete()
        for action in allowed:
            if root:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permissions[action]
                )


class Migration(migrations.Migration):
    dependencies = [
        ("media_credits", "0004_keep_location"),
        ("articles", "0005_desk_roles_and_review"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant_image_roles, migrations.RunPython.noop)]
