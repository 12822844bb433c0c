"""The media library for the Reporter and Editor groups (articles 0002_roles).

Reporters upload photos and describe them (title, alt text, caption, credit, focal point);
editors may also delete photos no article uses.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REPORTER = ["add_image", "change_image", "view_image", "view_rendition"]
EDITOR = REPORTER + ["delete_image"]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Reporter", REPORTER), ("Editor", EDITOR)):
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(content_type__app_label="media", codename__in=codenames)
        group.permissions.add(*perms)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=["Reporter", "Editor"]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="media"))


class Migration(migrations.Migration):
    dependencies = [
        ("media", "0001_initial"),
        ("articles", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
