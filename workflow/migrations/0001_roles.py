from django.db import migrations

# Frozen copy of the roles as this migration created them; later migrations change them (see workflow/roles.py).
EDITOR_GROUP = "Biên tập viên"
MODERATOR_GROUP = "Kiểm duyệt viên"
EDITOR_PERMISSIONS = [
    ("articles", "add_article"), ("articles", "change_article"), ("articles", "view_article"),
    ("articles", "submit_article"),
    ("articles", "add_photo"), ("articles", "change_photo"), ("articles", "delete_photo"), ("articles", "view_photo"),
    ("articles", "add_mention"), ("articles", "change_mention"), ("articles", "delete_mention"), ("articles", "view_mention"),
    ("articles", "view_topic"), ("articles", "view_document"), ("articles", "add_document"), ("articles", "change_document"),
    ("places", "view_province"),
    ("people", "add_official"), ("people", "change_official"), ("people", "view_official"),
    ("people", "add_position"), ("people", "change_position"), ("people", "delete_position"), ("people", "view_position"),
    ("people", "add_organisation"), ("people", "change_organisation"), ("people", "view_organisation"),
]
MODERATOR_PERMISSIONS = EDITOR_PERMISSIONS + [
    ("articles", "moderate_article"),
]


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; create them now so the groups can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ((EDITOR_GROUP, EDITOR_PERMISSIONS), (MODERATOR_GROUP, MODERATOR_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        perms = [Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in wanted]
        group.permissions.set(perms)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("articles", "0002_initial_topics"),
        ("people", "0001_initial"),
        ("places", "0002_load_provinces"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
