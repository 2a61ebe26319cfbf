from django.db import migrations

# Frozen: moderators read reader submissions (contact details included) and accept or reject them.
MODERATOR_GROUP = "Kiểm duyệt viên"
MODERATOR_ADDED = [("submissions", "view_submission"), ("submissions", "change_submission")]


def forwards(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.get_or_create(name=MODERATOR_GROUP)[0]
    group.permissions.add(*[
        Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in MODERATOR_ADDED
    ])


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=MODERATOR_GROUP).first()
    if group:
        group.permissions.remove(*group.permissions.filter(content_type__app_label="submissions"))


class Migration(migrations.Migration):
    dependencies = [("submissions", "0001_initial"), ("workflow", "0001_roles")]
    operations = [migrations.RunPython(forwards, backwards)]
