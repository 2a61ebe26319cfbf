"""Every change to what an account may do is stored, logged and mailed to the superusers.

Signals rather than admin hooks: a role changes through the admin, ``createsuperuser``, the shell or a script, and
each must leave a trace. The admin names the actor with ``acting_as``; elsewhere the actor is unknown and the
record says so. Restores (loaddata, ``raw``) bring back old state rather than change it, so they are not recorded.
"""

import contextvars
import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from core.models import RoleChange
from core.sites import site_url

logger = logging.getLogger(__name__)

_actor = contextvars.ContextVar("role_change_actor", default=None)
_paused = contextvars.ContextVar("role_change_paused", default=False)
_pending = threading.local()  # the mail batch of the current transaction, per thread like the connection

FLAGS = {
    "is_superuser": "quản trị tối cao (superuser)",
    "is_staff": "được vào trang quản trị (staff)",
    "is_active": "tài khoản hoạt động",
}


@contextmanager
def acting_as(user):
    """Name ``user`` as the actor of any role change made inside the block."""
    token = _actor.set(user)
    try:
        yield
    finally:
        _actor.reset(token)


@contextmanager
def paused():
    """Record nothing inside the block: a restore brings back old state, with its own records, rather than change
    it (the flush before it re-creates groups and their permissions, which is not anybody's change either)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def _display(user):
    return user.get_full_name() or user.get_username()


def record_role_change(*, account_name, change, account=None):
    if _paused.get():
        return None
    actor = _actor.get()
    if actor is None or getattr(actor, "pk", None) is None:
        actor = None
    entry = RoleChange.objects.create(
        account=account, account_name=account_name[:300], change=change,
        actor=actor, actor_name=_display(actor)[:300] if actor else "",
    )
    # Warning, not info: the default log level is WARNING, and a change of powers must reach the log.
    logger.warning("Role change for %s: %s (by %s)", entry.account_name, change,
                   entry.actor_name or "someone outside the admin")
    _mail_on_commit(entry)
    return entry


# --- Mail ----------------------------------------------------------------------------------------------------

class _Batch:
    """The changes of one transaction, sent in one message once it commits (never if it rolls back)."""

    def __init__(self):
        self.entries = []

    def send(self):
        send_role_change_mail(self.entries)


def _mail_on_commit(entry):
    connection = transaction.get_connection()
    batch = getattr(_pending, "batch", None)
    # Join the batch queued at this same savepoint level: Django drops the callbacks of a block that rolls back,
    # so a change undone with its savepoint is never mailed, and a batch still queued will be sent.
    # (None marks a block without a savepoint: it cannot roll back alone.)
    level = set(connection.savepoint_ids) - {None}
    if batch is not None and connection.in_atomic_block and any(
        func == batch.send and sids - {None} == level for sids, func, _robust in connection.run_on_commit
    ):
        batch.entries.append(entry)
        return
    batch = _pending.batch = _Batch()
    batch.entries.append(entry)
    transaction.on_commit(batch.send, robust=True)


def _one_line(text):
    return " ".join(str(text).split())


def _account_url(entry):
    if entry.account_id is None:
        return ""
    try:
        return site_url() + reverse("admin:auth_user_change", args=[entry.account_id])
    except NoReverseMatch:
        return ""


def send_role_change_mail(entries):
    """Plain text, built without templates: nothing in a subject or body is HTML-escaped."""
    if not entries:
        return 0
    emails = sorted(set(
        get_user_model().objects.filter(is_active=True, is_superuser=True).exclude(email="")
        .values_list("email", flat=True)
    ))
    if not emails:
        return 0
    names = list(dict.fromkeys(entry.account_name for entry in entries))
    shown = ", ".join(names[:3]) + (f" và {len(names) - 3} tài khoản khác" if len(names) > 3 else "")
    subject = _one_line(f"[{settings.SITE_NAME}] Thay đổi quyền tài khoản: {shown}")
    lines = ["Quyền của các tài khoản sau vừa thay đổi:", ""]
    for entry in entries:
        when = timezone.localtime(entry.created_at).strftime("%H:%M:%S %d/%m/%Y")
        who = entry.actor_name or "ngoài trang quản trị (dòng lệnh hoặc tập lệnh)"
        lines.append(f"- {when} · {entry.account_name}: {entry.change} · người thực hiện: {who}")
        url = _account_url(entry)
        if url:
            lines.append(f"  {url}")
    lines += ["", "Nếu thay đổi này không do bạn hoặc đồng nghiệp chủ động làm, hãy kiểm tra tài khoản ngay."]
    try:
        # One message per superuser: their addresses are not shown to each other.
        return send_mass_mail([(subject, "\n".join(lines), None, [email]) for email in emails])
    except Exception:  # a mail outage must not undo the change; the stored record and the log still hold it
        logger.exception("Role change mail could not be sent to %s", emails)
        return 0


# --- Signals -------------------------------------------------------------------------------------------------

def _on_user_pre_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        instance._role_audit_raw = True  # loaddata sets the m2m rows on this same instance next
        return
    if instance.pk is None or (update_fields is not None and not set(update_fields) & set(FLAGS)):
        instance._role_audit_before = None
        return
    instance._role_audit_before = sender.objects.filter(pk=instance.pk).values(*FLAGS).first()


def _on_user_post_save(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if created:
        granted = [label for flag, label in FLAGS.items() if flag != "is_active" and getattr(instance, flag)]
        if granted:
            record_role_change(account=instance, account_name=instance.get_username(),
                               change="Tạo tài khoản với: " + ", ".join(granted))
        return
    before = getattr(instance, "_role_audit_before", None)
    instance._role_audit_before = None
    if not before:
        return
    changes = [
        ("Bật" if getattr(instance, flag) else "Tắt") + f" “{label}”"
        for flag, label in FLAGS.items() if bool(before[flag]) != bool(getattr(instance, flag))
    ]
    if changes:
        record_role_change(account=instance, account_name=instance.get_username(), change="; ".join(changes))


def _group_name(group):
    return group.name


def _permission_name(permission):
    return f"{permission.content_type.app_label}.{permission.codename}"


def _m2m_specs():
    User = get_user_model()
    # through model: (forward accessor, reverse accessor, how to name an item, words for added / removed)
    return {
        User.groups.through: ("groups", "user_set", _group_name, "Thêm vào nhóm", "Bỏ khỏi nhóm"),
        User.user_permissions.through: ("user_permissions", "user_set", _permission_name,
                                        "Cấp quyền riêng", "Thu hồi quyền riêng"),
        Group.permissions.through: ("permissions", "group_set", _permission_name,
                                    "Nhóm được thêm quyền", "Nhóm bị bớt quyền"),
    }


def _holder_name(holder):
    return f"Nhóm {holder.name}" if isinstance(holder, Group) else holder.get_username()


def _on_m2m_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    spec = _m2m_specs().get(sender)
    if spec is None or getattr(instance, "_role_audit_raw", False):
        return
    forward_accessor, reverse_accessor, item_name, added_words, removed_words = spec
    if action == "pre_clear":
        manager = getattr(instance, reverse_accessor if reverse else forward_accessor)
        instance._role_audit_cleared = set(manager.values_list("pk", flat=True))
        return
    if action == "post_clear":
        action, pk_set = "post_remove", getattr(instance, "_role_audit_cleared", set())
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    words = added_words if action == "post_add" else removed_words
    others = model.objects.filter(pk__in=pk_set)
    if model is Permission:
        others = others.select_related("content_type")
    others = list(others)
    if reverse:
        # group.user_set.add(...), permission.user_set.add(...): one record per account (or group) concerned.
        pairs = [(holder, [instance]) for holder in others]
    else:
        pairs = [(instance, others)]
    for holder, items in pairs:
        record_role_change(
            account=None if isinstance(holder, Group) else holder, account_name=_holder_name(holder),
            change=f"{words}: " + ", ".join(sorted(item_name(item) for item in items)),
        )


def connect():
    User = get_user_model()
    pre_save.connect(_on_user_pre_save, sender=User, dispatch_uid="core.role_audit.pre_save")
    post_save.connect(_on_user_post_save, sender=User, dispatch_uid="core.role_audit.post_save")
    for through in _m2m_specs():
        m2m_changed.connect(_on_m2m_changed, sender=through, dispatch_uid=f"core.role_audit.{through._meta.label}")
