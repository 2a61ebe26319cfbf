"""The newsroom's roles. Groups are created by migrations with exact permissions, never by hand.

These lists describe the groups as they are after all migrations; each migration keeps its own frozen copy of
what it changed, and tests/workflow/test_roles.py checks the database against these lists.
"""

EDITOR_GROUP = "Biên tập viên"
MODERATOR_GROUP = "Kiểm duyệt viên"
ADMINISTRATOR_GROUP = "Quản trị viên"

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
    # Their own articles' timeline and revisions (diff, restore).
    ("workflow", "view_own_history"),
]
MODERATOR_PERMISSIONS = EDITOR_PERMISSIONS + [
    ("articles", "moderate_article"),
    ("workflow", "view_transition"), ("workflow", "view_revision"), ("workflow", "view_desk"),
    # Reader submissions, contact details included: accept or reject.
    ("submissions", "view_submission"), ("submissions", "change_submission"),
]
# Administrators run the office, not the news: users, provinces, topics, desks. They cannot edit or publish articles.
ADMINISTRATOR_PERMISSIONS = [
    ("auth", "add_user"), ("auth", "change_user"), ("auth", "view_user"), ("auth", "view_group"),
    ("places", "add_province"), ("places", "change_province"), ("places", "view_province"),
    ("articles", "add_topic"), ("articles", "change_topic"), ("articles", "delete_topic"), ("articles", "view_topic"),
    ("articles", "view_article"),
    ("workflow", "add_desk"), ("workflow", "change_desk"), ("workflow", "delete_desk"), ("workflow", "view_desk"),
    ("workflow", "view_transition"),
]

ROLE_PERMISSIONS = {
    EDITOR_GROUP: EDITOR_PERMISSIONS,
    MODERATOR_GROUP: MODERATOR_PERMISSIONS,
    ADMINISTRATOR_GROUP: ADMINISTRATOR_PERMISSIONS,
}


def is_moderator(user):
    return user.is_active and (user.is_superuser or user.has_perm("articles.moderate_article"))


def is_editor(user):
    return user.is_active and user.has_perm("articles.change_article")
