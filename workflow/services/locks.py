"""The soft edit lock: acquire on opening the edit page, refresh by heartbeat, take over, release.

Every page view carries its own random token. The lock remembers the token of the page that holds it, so a
message from an older page of the same person (the release beacon of a page being reloaded or left by "Lưu và
tiếp tục sửa", a heartbeat still in flight) cannot free or renew the lock that the newer page now holds.
"""

import dataclasses
import re
import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from workflow import permissions
from workflow.display import display_name, local_time
from workflow.models import EditLock
from workflow.notifications import article_admin_url, notify_on_commit
from workflow.services._common import require

TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_page_token():
    return secrets.token_urlsafe(16)


def is_page_token(value):
    return isinstance(value, str) and TOKEN_PATTERN.fullmatch(value) is not None


@dataclasses.dataclass
class LockState:
    """What one user's page should say about the lock."""

    held: bool
    holder: str = ""
    since: str = ""
    taken_over: bool = False
    other_page: bool = False
    message: str = ""

    def as_dict(self):
        return dataclasses.asdict(self)


def _held_by_page(lock, token):
    """A page without a token (or a lock from before tokens) speaks for all of its user's pages."""
    return not token or not lock.token or lock.token == token


def lock_state(lock, actor, token=None):
    if lock is None or not lock.is_active():
        return LockState(held=False)
    values = {"name": display_name(lock.holder), "time": local_time(lock.since, "H:i")}
    if lock.holder_id == actor.pk:
        if _held_by_page(lock, token):
            return LockState(held=True, holder=values["name"], since=values["time"],
                             message=_("Bạn đang giữ quyền chỉnh sửa bài này."))
        return LockState(held=False, holder=values["name"], since=values["time"], other_page=True, message=_(
            "Bạn đang sửa bài này ở một trang khác (mở lúc %(time)s). Hãy dùng trang đó và đóng trang này để hai "
            "bản sửa không ghi đè nhau."
        ) % values)
    taken_over = lock.taken_from_id == actor.pk
    message = (
        _("%(name)s đã tiếp quản bài này lúc %(time)s. Thay đổi chưa lưu của bạn sẽ không được lưu; "
          "hãy sao chép nội dung cần giữ.") % values
        if taken_over else _("Bài đang được chỉnh sửa bởi %(name)s từ %(time)s.") % values
    )
    return LockState(held=False, holder=values["name"], since=values["time"], taken_over=taken_over, message=message)


def _locked_row(article):
    return EditLock.objects.select_for_update().filter(article=article).select_related("holder").first()


def _take(lock, *, article, actor, token, now):
    """Hold a free or expired lock for this page; if another page created it a moment ago, it is theirs."""
    if lock is None:
        try:
            with transaction.atomic():
                return EditLock.objects.create(article=article, holder=actor, since=now, heartbeat_at=now,
                                               token=token or "")
        except IntegrityError:  # opened at the same moment by someone else: theirs
            return EditLock.objects.select_related("holder").get(article=article)
    lock.holder, lock.since, lock.heartbeat_at, lock.taken_from, lock.token = actor, now, now, None, token or ""
    lock.save()
    return lock


@transaction.atomic
def lock_acquire(*, article, actor, token):
    """A new edit page (``token`` is its own): hold the lock if it is free, expired or already ours.

    The newest page of the lock's holder becomes the page that holds it, so that only its release counts.
    Returns the lock as it now stands, whoever holds it.
    """
    require(permissions.can_edit(actor, article), _("Bạn không có quyền sửa bài này."))
    now = timezone.now()
    lock = _locked_row(article)
    if lock is None or not lock.is_active(now):
        return _take(lock, article=article, actor=actor, token=token, now=now)
    if lock.holder_id == actor.pk:
        lock.heartbeat_at, lock.token = now, token or ""
        lock.save(update_fields=["heartbeat_at", "token"])
    return lock


@transaction.atomic
def lock_refresh(*, article, actor, token=None):
    """The page's heartbeat: keep its lock alive, or pick the lock up once its holder has gone.

    A heartbeat from an older page of the holder changes nothing: the newer page keeps the lock.
    """
    require(permissions.can_edit(actor, article), _("Bạn không có quyền sửa bài này."))
    now = timezone.now()
    lock = _locked_row(article)
    if lock is None or not lock.is_active(now):
        return _take(lock, article=article, actor=actor, token=token, now=now)
    if lock.holder_id == actor.pk and _held_by_page(lock, token):
        lock.heartbeat_at = now
        fields = ["heartbeat_at"]
        if token and not lock.token:
            lock.token = token
            fields.append("token")
        lock.save(update_fields=fields)
    return lock


@transaction.atomic
def lock_take_over(*, article, actor):
    require(permissions.is_moderator(actor) and permissions.can_edit(actor, article),
            _("Chỉ kiểm duyệt viên được tiếp quản bài đang có người sửa."))
    now = timezone.now()
    lock = _locked_row(article)
    # No page holds it yet (the edit page the moderator is sent to next will): no earlier page's beacon can free it.
    token = new_page_token()
    if lock is None or not lock.is_active(now) or lock.holder_id == actor.pk:
        return lock_acquire(article=article, actor=actor, token=token)
    previous = lock.holder
    lock.holder, lock.since, lock.heartbeat_at, lock.taken_from, lock.token = actor, now, now, previous, token
    lock.save()
    notify_on_commit(template="lock_taken_over", recipients=[previous], context={
        "article_title": article.title, "actor": display_name(actor), "time": local_time(now),
        "url": article_admin_url(article),
    })
    return lock


@transaction.atomic
def lock_release(*, article, actor, token=None):
    """Free the lock if this user holds it and, when a page asks, if that page is the one holding it.

    Without a token (the server itself, after "Lưu") any of the user's pages is meant.
    """
    locks = EditLock.objects.filter(article=article, holder=actor)
    if token is not None:
        locks = locks.filter(token=token)
    return locks.delete()[0] > 0
