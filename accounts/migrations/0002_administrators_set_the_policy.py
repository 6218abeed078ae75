"""Administrators decide which roles must use two-factor authentication (Settings → Two-factor
authentication). Nobody is required to at first: turning it on is the desk's decision."""

from django.db import migrations


def permission(apps, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="accounts", model="twofactorpolicy")
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return found


def set_up(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    TwoFactorPolicy = apps.get_model("accounts.TwoFactorPolicy")
    administrators = Group.objects.filter(name="Administrators").first()
    if administrators:
        administrators.permissions.add(permission(apps, "change_twofactorpolicy"))
    TwoFactorPolicy.objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_two_factor_policy"),
        ("articles", "0005_desk_roles_and_review"),
    ]
    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
