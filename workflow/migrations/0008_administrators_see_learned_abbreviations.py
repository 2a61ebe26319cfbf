"""Administrators see the abbreviations search learned from the articles (search.Abbreviation) and may delete a
wrong one; nobody types them (they come from articles), so there is no add or change permission to give."""

from django.db import migrations

ADMINISTRATOR_GROUP = "Quản trị viên"
ADDED = [("search", "view_abbreviation"), ("search", "delete_abbreviation")]


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
    group = Group.objects.get_or_create(name=ADMINISTRATOR_GROUP)[0]
    group.permissions.add(*[Permission.objects.get(content_type__app_label=app, codename=codename)
                            for app, codename in ADDED])


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=ADMINISTRATOR_GROUP).first()
    if group:
        group.permissions.remove(*Permission.objects.filter(
            content_type__app_label="search", codename__in=[codename for _, codename in ADDED]))


class Migration(migrations.Migration):
    dependencies = [("workflow", "0007_desk_include_former_units"), ("search", "0009_learned_abbreviations")]
    operations = [migrations.RunPython(forwards, backwards)]
