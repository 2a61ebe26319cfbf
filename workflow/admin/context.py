"""What the article's admin pages show about the workflow: state, lock, pending change, buttons, timeline."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from articles.models import Status
from workflow import permissions
from workflow.display import local_time
from workflow.models import EditLock, PreviewLink, Transition
from workflow.selectors import pending_revision
from workflow.services import lock_state


def admin_url(name, article, *args):
    return reverse(f"admin:articles_article_{name}", args=[article.pk, *args])


def status_label(article):
    if article.is_scheduled:
        return _("Hẹn giờ xuất bản lúc %(time)s") % {"time": local_time(article.publish_at)}
    if article.is_live:
        return _("Đang đăng từ %(time)s") % {"time": local_time(article.publish_at)}
    return article.get_status_display()


def available_actions(user, article, *, pending=None):
    """(label, url, style) for every step this user can take from here."""
    moderator = permissions.is_moderator(user)
    actions = []
    if permissions.can_submit(user, article):
        actions.append((_("Gửi duyệt"), admin_url("action", article, "submit"), "default"))
    if moderator and article.status == Status.SUBMITTED:
        actions.append((_("Xem khác biệt và duyệt"), admin_url("review", article), "default"))
        actions.append((_("Trả lại"), admin_url("action", article, "return"), ""))
    if moderator and pending is not None:
        actions.append((_("Xem và duyệt thay đổi đang chờ"), admin_url("review", article), "default"))
    if moderator and article.status == Status.PUBLISHED:
        actions.append((_("Gỡ bài"), admin_url("action", article, "withdraw"), "danger"))
    if moderator and article.status == Status.WITHDRAWN:
        actions.append((_("Đăng lại"), admin_url("action", article, "republish"), ""))
    actions.append((_("Xem trước"), admin_url("preview", article), ""))
    if moderator and not article.is_live:
        actions.append((_("Tạo liên kết xem trước"), admin_url("preview_link", article), ""))
    if (permissions.can_revoke_preview_links(user, article)
            and PreviewLink.objects.filter(article=article).usable().exists()):
        actions.append((_("Thu hồi liên kết xem trước"), admin_url("preview_revoke", article), ""))
    if permissions.can_view_history(user, article):
        actions.append((_("Phiên bản"), admin_url("revisions", article), ""))
    return actions


def workflow_context(request, article, *, lock=None, can_edit=False, lock_token=""):
    if article is None or article.pk is None:
        return {"workflow": None}
    user = request.user
    pending = pending_revision(article)
    if lock is None:
        lock = EditLock.objects.filter(article=article).select_related("holder").first()
    state = lock_state(lock, user, lock_token or None)
    history = permissions.can_view_history(user, article)
    return {"workflow": {
        "status": status_label(article),
        "pending": pending,
        "lock": state,
        "can_edit": can_edit,
        "can_take_over": can_edit and permissions.is_moderator(user) and bool(state.holder) and not state.held,
        "heartbeat_url": admin_url("lock", article, "heartbeat") if can_edit else "",
        "release_url": admin_url("lock", article, "release") if can_edit else "",
        "take_over_url": admin_url("lock", article, "take-over"),
        "heartbeat_seconds": settings.WORKFLOW_LOCK_HEARTBEAT_SECONDS,
        "lock_token": lock_token if can_edit else "",
        "actions": available_actions(user, article, pending=pending),
        "timeline": list(Transition.objects.filter(article=article).timeline()) if history else None,
        "submitted_locked": article.status == Status.SUBMITTED and not permissions.is_moderator(user),
    }}
