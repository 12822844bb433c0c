"""The Reporter and Editor groups.

Reporters write and edit drafts and submit them for review; editors also publish, unpublish,
archive, assign sections, import and export. Publishing is guarded by ``articles.publish_article``.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REPORTER = [
    "add_article",
    "change_article",
    "view_article",
    "view_source",
    "view_section",
]
EDITOR = REPORTER + [
    "delete_article",
    "publish_article",
    "import_article",
    "export_article",
    "add_source",
    "change_source",
    "add_section",
    "change_section",
    "view_rawdump",
    "view_importbatch",
]


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure ours exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Reporter", REPORTER), ("Editor", EDITOR)):
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
        group.permissions.set(perms)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Reporter", "Editor"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
