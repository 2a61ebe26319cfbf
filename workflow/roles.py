"""The newsroom's roles. Groups are created by a migration with exact permissions, never by hand."""

EDITOR_GROUP = "Biên tập viên"
MODERATOR_GROUP = "Kiểm duyệt viên"

# (app_label, codename) pairs. Moderators get everything editors get, plus moderation.
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


def is_moderator(user):
    return user.is_active and (user.is_superuser or user.has_perm("articles.moderate_article"))


def is_editor(user):
    return user.is_active and user.has_perm("articles.change_article")
