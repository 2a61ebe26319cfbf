"""The newsroom's roles. Groups are created by migrations with exact permissions, never by hand.

These lists describe the groups as they are after all migrations; each migration keeps its own frozen copy of
what it changed, and tests/workflow/test_roles.py checks the database against these lists.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.utils.translation import gettext

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
    # What search learned from the articles' own definitions: a wrong one is deleted, none is typed.
    ("search", "view_abbreviation"), ("search", "delete_abbreviation"),
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


# --- Who may manage whose account -----------------------------------------------------------------------
# Roles rank: editor < moderator, administrator < superuser. Whoever manages accounts without being a superuser
# reaches only accounts that hold no more than an editor does. Reaching a moderator's or an administrator's
# account (its password, its groups, its flags) would let them become that person, so only a superuser, created
# on the command line, grants or touches those roles.
EDITOR_LEVEL = frozenset(EDITOR_PERMISSIONS)


def held_permissions(user):
    """(app_label, codename) of every permission the account holds, through groups or directly.

    Read from the database whatever ``is_active`` says: Django reports no permissions for an inactive account, but
    a deactivated moderator is one tick away from being a moderator again.
    """
    if user.pk is None:
        return set()
    return set(
        Permission.objects.filter(Q(group__user=user) | Q(user=user))
        .values_list("content_type__app_label", "codename").distinct()
    )


def holds_at_most_editor_role(user):
    return not user.is_superuser and held_permissions(user) <= EDITOR_LEVEL


def can_manage_account(actor, target):
    """May ``actor`` change ``target``'s account (details, password, groups, flags)?

    Superusers manage everyone. Anyone else reaches only accounts below their own role, so never their own (a
    second account they created cannot lift them either: it can be given the editor role at most).
    """
    if not (actor.is_active and actor.is_staff):
        return False
    if actor.is_superuser:
        return True
    return target.pk != actor.pk and holds_at_most_editor_role(target)


def grantable_groups(actor):
    """The groups ``actor`` may hand out: every group for a superuser, otherwise the roles within the editor's."""
    if actor.is_superuser:
        return Group.objects.order_by("name")
    groups = Group.objects.filter(name__in=list(ROLE_PERMISSIONS)).prefetch_related("permissions__content_type")
    allowed = [
        group.pk for group in groups
        if {(p.content_type.app_label, p.codename) for p in group.permissions.all()} <= EDITOR_LEVEL
    ]
    return Group.objects.filter(pk__in=allowed).order_by("name")


def role_names(user, *, groups=None):
    """The user's roles by name, as the newsroom says them ("Biên tập viên, Kiểm duyệt viên").

    ``groups``: the user's groups if already read (a prefetched list), so a list of users costs one query.
    """
    if user.is_superuser:
        return gettext("Siêu quản trị")
    names = {group.name for group in (user.groups.all() if groups is None else groups)}
    roles = [name for name in ROLE_PERMISSIONS if name in names]
    others = sorted(names - set(roles))
    return ", ".join(roles + others) or gettext("Chưa có vai trò")
