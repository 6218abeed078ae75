from django.db import migrations

from media_credits.licences import seed_licences


def seed(apps, schema_editor):
    Licence = apps.get_model("media_credits", "Licence")
    for fields in seed_licences():
        Licence.objects.update_or_create(name=fields["name"], defaults=fields)


def unseed(apps, schema_editor):
    names = [fields["name"] for fields in seed_licences()]
    apps.get_model("media_credits", "Licence").objects.filter(name__in=names, images=None).delete()


class Migration(migrations.Migration):
    dependencies = [("media_credits", "0002_licences_and_image_rights")]

    operations = [migrations.RunPython(seed, unseed)]
