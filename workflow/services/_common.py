"""Helpers shared by the workflow services."""

import datetime

from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.cache_tags import purge_article
from articles.models import Article
from core.params import MAX_YEAR
from core.sites import site_url
from workflow.display import LATE_PUBLISH_MESSAGE, display_name, local_time
from workflow.exceptions import ActionNotAllowed, EditLocked, MissingInput
from workflow.models import EditLock, Revision, Transition
from workflow.notifications import article_admin_url, notify_on_commit


def lock_row(article):
    """Re-read the article under a row lock, so two decisions on it cannot interleave."""
    return Article.objects.select_for_update().get(pk=article.pk)


def sync(article, locked):
    """Copy the stored state back onto the caller's instance."""
    if article is not locked:
        article.refresh_from_db()


def record(*, article, actor, action, from_status, comment="", revision=None, publish_at=None):
    return Transition.objects.create(
        article=article, actor=actor, actor_name=display_name(actor), action=action,
        from_status=from_status, to_status=article.status, comment=comment, revision=revision,
        publish_at=publish_at,
    )


def bump_version(article):
    Article.objects.filter(pk=article.pk).update(version=F("version") + 1)
    article.version += 1


def next_revision_number(article):
    return (Revision.objects.filter(article=article).aggregate(n=Max("number"))["n"] or 0) + 1


def latest_revision(article):
    return Revision.objects.filter(article=article).order_by("-number").first()


def require_text(value, message):
    value = (value or "").strip()
    if not value:
        raise MissingInput(message)
    return value


def require(condition, message):
    if not condition:
        raise ActionNotAllowed(message)


def check_lock(actor, article):
    lock = EditLock.objects.filter(article=article).select_related("holder").first()
    if lock and lock.holder_id != actor.pk and lock.is_active():
        raise EditLocked(
            _("Bài đang được %(name)s chỉnh sửa từ %(time)s. Bạn chưa thể lưu cho đến khi họ đóng trang "
              "(hoặc kiểm duyệt viên tiếp quản).")
            % {"name": display_name(lock.holder), "time": local_time(lock.since, "H:i")}
        )


def resolve_publish_at(publish_at, *, now=None):
    """Now, or a future time to the minute. A time that has passed is refused rather than back-dated.

    A time past MAX_YEAR is a typo (31/12/9999), and such a date breaks what is built on it: the admin's
    date drill-down adds a year to it, a time zone pushes it past Python's last date.
    """
    now = now or timezone.now()
    if publish_at is None:
        return now
    if publish_at.year > MAX_YEAR:
        raise MissingInput(LATE_PUBLISH_MESSAGE % {"year": MAX_YEAR})
    publish_at = publish_at.replace(second=0, microsecond=0)
    if publish_at <= now - datetime.timedelta(minutes=1):
        raise MissingInput(_("Thời điểm xuất bản %(time)s đã qua. Hãy chọn một thời điểm trong tương lai "
                             "hoặc để trống để xuất bản ngay.") % {"time": local_time(publish_at)})
    return now if publish_at <= now else publish_at


def purge_public_pages(article):
    """Make stale the cached pages that show the article, now and on commit (articles/cache_tags.py)."""
    purge_article(article)


def notify_decision(*, article, actor, action_label, comment="", recipients=None):
    people = recipients if recipients is not None else [article.author, article.last_edited_by]
    people = [u for u in {u.pk: u for u in people if u is not None}.values() if u.pk != actor.pk]
    notify_on_commit(template="decision", recipients=people, context={
        "article_title": article.title, "action": action_label, "actor": display_name(actor),
        "comment": comment, "url": article_admin_url(article),
        "public_url": site_url() + article.get_absolute_url() if article.is_live else "",
        "publish_at": local_time(article.publish_at) if article.publish_at else "",
    })
