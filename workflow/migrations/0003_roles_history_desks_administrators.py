from django.db import migrations

# Frozen: what this migration adds. workflow/roles.py describes the result of all migrations.
EDITOR_GROUP = "Biên tập viên"
MODERATOR_GROUP = "Kiểm duyệt viên"
ADMINISTRATOR_GROUP = "Quản trị viên"
EDITOR_ADDED = [("workflow", "view_own_history")]
MODERATOR_ADDED = EDITOR_ADDED + [
    ("workflow", "view_transition"), ("workflow", "view_revision"), ("workflow", "view_desk"),
]
ADMINISTRATOR_PERMISSIONS = [
    ("auth", "add_user"), ("auth", "change_user"), ("auth", "view_user"), ("auth", "view_group"),
    ("places", "add_province"), ("places", "change_province"), ("places", "view_province"),
    ("articles", "add_topic"), ("articles", "change_topic"), ("articles", "delete_topic"), ("articles", "view_topic"),
    ("articles", "view_article"),
    ("workflow", "add_desk"), ("workflow", "change_desk"), ("workflow", "delete_desk"), ("workflow", "view_desk"),
    ("workflow", "view_transition"),
]


def _ensure_permissions(apps):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def forwards(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(pairs):
        return [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in pairs]

    Group.objects.get_or_create(name=EDITOR_GROUP)[0].permissions.add(*perms(EDITOR_ADDED))
    Group.objects.get_or_create(name=MODERATOR_GROUP)[0].permissions.add(*perms(MODERATOR_ADDED))
    Group.objects.get_or_create(name=ADMINISTRATOR_GROUP)[0].permissions.set(perms(ADMINISTRATOR_PERMISSIONS))


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name=ADMINISTRATOR_GROUP).delete()
    for name, pairs in ((EDITOR_GROUP, EDITOR_ADDED), (MODERATOR_GROUP, MODERATOR_ADDED)):
        group = Group.objects.filter(name=name).first()
        if group:
            group.permissions.remove(*Permission.objects.filter(
                content_type__app_label="workflow", codename__in=[c for _, c in pairs],
            ))


class Migration(migrations.Migration):
    dependencies = [("workflow", "0002_models")]
    operations = [migrations.RunPython(forwards, backwards)]
