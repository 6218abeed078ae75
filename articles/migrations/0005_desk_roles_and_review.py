"""The desk's roles as groups, and the "Desk review" workflow on the article tree.

Permissions are created after migrations on a fresh database, so they are got-or-created here (as
Wagtail's own migrations do); Django's later pass finds them and adds nothing twice.
"""

from django.db import migrations

PAGE_ROLES = {
    # Reporters create stories and edit their own; they submit for review but cannot publish.
    "Reporters": ["add_page"],
    "Editors": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Photo desk": [],
    "Administrators": [
        "add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page",
    ],
}  # fmt: skip
IMAGE_ROLES = {
    "Reporters": ["add"],
    "Editors": ["add", "change"],
    "Photo desk": ["add", "change", "delete"],
    "Administrators": ["add", "change", "delete"],
}
MODEL_ROLES = {
    "Reporters": [("articles", "author", "view"), ("entities", "place", "view")],
    "Editors": [
        ("articles", "author", "add"), ("articles", "author", "change"),
        ("entities", "place", "add"), ("entities", "place", "change"),
        ("entities", "person", "add"), ("entities", "person", "change"),
        ("entities", "organisation", "add"), ("entities", "organisation", "change"),
        ("entities", "topic", "add"), ("entities", "topic", "change"),
    ],
    "Photo desk": [
        ("media_credits", "licence", "add"), ("media_credits", "licence", "change"),
        ("media_credits", "licence", "view"),
    ],
    "Administrators": [
        ("articles", "author", action) for action in ("add", "change", "delete")
    ] + [
        ("media_credits", "licence", action) for action in ("add", "change", "delete")
    ] + [
        ("entities", model, action)
        for model in ("place", "person", "organisation", "topic")
        for action in ("add", "change", "delete")
    ],
}  # fmt: skip


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return found


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    HomePage = apps.get_model("articles.HomePage")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    home = HomePage.objects.order_by("pk").first()
    root_collection = Collection.objects.filter(depth=1).first()
    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin")

    for name in PAGE_ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for codename in PAGE_ROLES[name]:
            if home:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page_id=home.pk,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )
        for action in IMAGE_ROLES[name]:
            if root_collection:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(
                        apps, "media_credits", "creditedimage", f"{action}_creditedimage"
                    ),
                )
        for app_label, model, action in MODEL_ROLES[name]:
            group.permissions.add(permission(apps, app_label, model, f"{action}_{model}"))

    create_review_workflow(apps, home)


def create_review_workflow(apps, home):
    """Reporters submit; Editors approve (publish) or request changes with a comment."""
    if home is None:
        return
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    ContentType = apps.get_model("contenttypes.ContentType")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name="Editor review").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Editor review", content_type=task_type)
    task.groups.set([Group.objects.get(name="Editors")])
    workflow, _ = Workflow.objects.get_or_create(name="Desk review")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page_id=home.pk, defaults={"workflow": workflow})


def remove_roles(apps, schema_editor):
    apps.get_model("wagtailcore.Workflow").objects.filter(name="Desk review").delete()
    apps.get_model("auth.Group").objects.filter(
        name__in=["Reporters", "Photo desk", "Administrators"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_entity_tag_fields"),
        ("media_credits", "0003_seed_licences"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
