"""The soft edit lock: acquire on opening the edit page, refresh by heartbeat, take over, release."""

import dataclasses

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from workflow import permissions
from workflow.models import EditLock
from workflow.notifications import article_admin_url, notify_on_commit
from workflow.services._common import display_name, local_time, require


@dataclasses.dataclass
class LockState:
    """What one user's page should say about the lock."""

    held: bool
    holder: str = ""
    since: str = ""
    taken_over: bool = False
    message: str = ""

    def as_dict(self):
        return dataclasses.asdict(self)


def lock_state(lock, actor):
    if lock is None or not lock.is_active():
        return LockState(held=False)
    if lock.holder_id == actor.pk:
        return LockState(held=True, holder=display_name(lock.holder), since=local_time(lock.since, "H:i"),
                         message=_("Bạn đang giữ quyền chỉnh sửa bài này."))
    taken_over = lock.taken_from_id == actor.pk
    values = {"name": display_name(lock.holder), "time": local_time(lock.since, "H:i")}
    message = (
        _("%(name)s đã tiếp quản bài này lúc %(time)s. Thay đổi chưa lưu của bạn sẽ không được lưu; "
          "hãy sao chép nội dung cần giữ.") % values
        if taken_over else _("Bài đang được chỉnh sửa bởi %(name)s từ %(time)s.") % values
    )
    return LockState(held=False, holder=values["name"], since=values["time"], taken_over=taken_over, message=message)


@transaction.atomic
def lock_acquire(*, article, actor):
    """Hold the lock if it is free, expired or already ours; otherwise leave it with its holder.

    Returns the lock as it now stands, whoever holds it.
    """
    require(permissions.can_edit(actor, article), _("Bạn không có quyền sửa bài này."))
    now = timezone.now()
    lock = EditLock.objects.select_for_update().filter(article=article).select_related("holder").first()
    if lock is None:
        try:
            with transaction.atomic():
                return EditLock.objects.create(article=article, holder=actor, since=now, heartbeat_at=now)
        except IntegrityError:  # opened at the same moment by someone else: theirs
            return EditLock.objects.select_related("holder").get(article=article)
    if lock.holder_id == actor.pk:
        lock.heartbeat_at = now
        lock.save(update_fields=["heartbeat_at"])
    elif not lock.is_active(now):
        lock.holder, lock.since, lock.heartbeat_at, lock.taken_from = actor, now, now, None
        lock.save()
    return lock


def lock_refresh(*, article, actor):
    """The page's heartbeat: keep our lock alive, or pick it up once the other holder has gone."""
    return lock_acquire(article=article, actor=actor)


@transaction.atomic
def lock_take_over(*, article, actor):
    require(permissions.is_moderator(actor) and permissions.can_edit(actor, article),
            _("Chỉ kiểm duyệt viên được tiếp quản bài đang có người sửa."))
    now = timezone.now()
    lock = EditLock.objects.select_for_update().filter(article=article).select_related("holder").first()
    if lock is None or not lock.is_active(now) or lock.holder_id == actor.pk:
        return lock_acquire(article=article, actor=actor)
    previous = lock.holder
    lock.holder, lock.since, lock.heartbeat_at, lock.taken_from = actor, now, now, previous
    lock.save()
    notify_on_commit(template="lock_taken_over", recipients=[previous], context={
        "article_title": article.title, "actor": display_name(actor), "time": local_time(now),
        "url": article_admin_url(article),
    })
    return lock


@transaction.atomic
def lock_release(*, article, actor):
    return EditLock.objects.filter(article=article, holder=actor).delete()[0] > 0
