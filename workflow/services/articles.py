"""Article transitions: save, submit, return, approve (now or scheduled), withdraw, republish."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article, Status
from workflow import permissions
from workflow.display import display_name, local_time
from workflow.exceptions import EditConflict, InvalidState
from workflow.models import Action, Revision, RevokeReason
from workflow.models.revisions import RevisionState
from workflow.notifications import article_admin_url, notify_on_commit
from workflow.selectors import article_scope, moderators_for, snapshot_scope, with_current_titles
from workflow.services._common import (
    bump_version,
    check_lock,
    latest_revision,
    lock_row,
    next_revision_number,
    notify_decision,
    purge_public_pages,
    record,
    require,
    require_text,
    resolve_publish_at,
    sync,
)
from workflow.services.previews import revoke_preview_links
from workflow.snapshots import snapshot_apply


def _last_change(article):
    """Who last changed the article's content or its pending proposal, and when: a save or a decision."""
    events = []
    saved = Revision.objects.filter(article=article).order_by("-created_at", "-id").first()
    if saved:
        events.append((saved.created_at, saved.created_by_name))
    decided = (Revision.objects.filter(article=article, decided_at__isnull=False)
               .select_related("decided_by").order_by("-decided_at").first())
    if decided:
        events.append((decided.decided_at, display_name(decided.decided_by)))
    if not events:
        return article.updated_at, display_name(article.last_edited_by)
    return max(events, key=lambda event: event[0])


def _conflict_message(article):
    when, who = _last_change(article)
    return _(
        "Không lưu được: %(name)s đã lưu bài này lúc %(time)s, sau khi bạn mở trang. Nội dung bạn nhập vẫn "
        "còn nguyên trong biểu mẫu. Hãy mở bài trong thẻ mới để xem bản của họ, gộp các thay đổi, rồi bấm Lưu "
        "lần nữa (bản của họ vẫn được giữ trong lịch sử phiên bản)."
    ) % {"name": who or _("người khác"), "time": local_time(when)}


def _store_revision(*, article, actor, content, state, restored_from=None):
    return Revision.objects.create(
        article=article, number=next_revision_number(article), state=state, snapshot=content,
        created_by=actor, created_by_name=display_name(actor), restored_from=restored_from,
    )


def _hold_for_save(*, article, actor, expected_version):
    locked = lock_row(article)
    require(permissions.is_editor(actor), _("Bạn không có quyền sửa bài."))
    require(permissions.can_edit(actor, locked), _(
        "Bài đang chờ duyệt nên tạm khóa. Bạn sửa được khi kiểm duyệt viên trả lại bài."
    ))
    if expected_version is not None and expected_version != locked.version:
        raise EditConflict(_conflict_message(locked), current_version=locked.version)
    check_lock(actor, locked)
    return locked


@transaction.atomic
def article_hold_for_save(*, article, actor, expected_version=None):
    """Lock the article's row and make the checks article_save_draft will make; return the locked row.

    A form calls this while validating. Inside the caller's transaction (the admin saves in one), the row stays
    locked until the save commits, so no approval, rejection or other save can slip in between the check the
    user is answered by and the write: a refusal always reaches the form, with the input still in it.
    """
    return _hold_for_save(article=article, actor=actor, expected_version=expected_version)


@transaction.atomic
def article_save_draft(*, article, actor, content, expected_version=None, restored_from=None):
    """Store ``content`` (a snapshot) for the article and return the new Revision.

    A new or unpublished article takes the content at once. A published one (live or scheduled) keeps its
    rows untouched: the content becomes a pending revision that a moderator must approve.
    """
    if restored_from is None:  # a restore brings back the old version as it was
        content = with_current_titles(content)
    if article.pk is None:
        require(actor.is_active and actor.has_perm("articles.add_article"), _("Bạn không có quyền viết bài mới."))
        article.status, article.publish_at, article.first_published_at = Status.DRAFT, None, None
        article.author = article.last_edited_by = actor
        article.version = 1
        snapshot_apply(article, content)
        return _store_revision(article=article, actor=actor, content=content, state=RevisionState.SAVED,
                               restored_from=restored_from)

    locked = _hold_for_save(article=article, actor=actor, expected_version=expected_version)

    if locked.status == Status.PUBLISHED:
        previous = Revision.objects.pending().filter(article=locked).first()
        if previous:
            previous.state = RevisionState.SUPERSEDED
            previous.save(update_fields=["state"])
        revision = _store_revision(article=locked, actor=actor, content=content, state=RevisionState.PENDING,
                                   restored_from=restored_from)
        bump_version(locked)
        if previous is None:
            record(article=locked, actor=actor, action=Action.PROPOSE_CHANGE, from_status=locked.status,
                   revision=revision)
            province_ids, topic_ids = snapshot_scope(content)
            notify_on_commit(
                template="change_proposed", recipients=moderators_for(province_ids=province_ids, topic_ids=topic_ids),
                context={"article_title": locked.title, "actor": display_name(actor), "url": article_admin_url(locked)},
            )
    else:
        locked.last_edited_by = actor
        locked.version += 1
        snapshot_apply(locked, content)
        revision = _store_revision(article=locked, actor=actor, content=content, state=RevisionState.SAVED,
                                   restored_from=restored_from)
    sync(article, locked)
    return revision


@transaction.atomic
def article_create_from_submission(*, actor, content, comment):
    """A new draft from what a reader sent (``content``: a snapshot); the log says where it came from."""
    revision = article_save_draft(article=Article(), actor=actor, content=content)
    article = revision.article
    record(article=article, actor=actor, action=Action.FROM_SUBMISSION, from_status=article.status, revision=revision,
           comment=comment)
    return article


@transaction.atomic
def article_submit(*, article, actor, comment=""):
    locked = lock_row(article)
    require(actor.is_active and actor.has_perm("articles.submit_article"), _("Bạn không có quyền gửi bài chờ duyệt."))
    if locked.status not in (Status.DRAFT, Status.WITHDRAWN):
        raise InvalidState(_("Chỉ gửi duyệt được bản nháp hoặc bài đã gỡ; bài này đang ở trạng thái “%(status)s”.")
                           % {"status": locked.get_status_display()})
    if not locked.title.strip() or not (locked.body.strip() or locked.lead.strip()):
        raise InvalidState(_("Bài cần có tiêu đề và nội dung trước khi gửi duyệt."))
    from_status = locked.status
    locked.status = Status.SUBMITTED
    locked.save(update_fields=["status", "updated_at"])
    record(article=locked, actor=actor, action=Action.SUBMIT, from_status=from_status, comment=comment.strip(),
           revision=latest_revision(locked))
    province_ids, topic_ids = article_scope(locked)
    notify_on_commit(
        template="submitted", recipients=moderators_for(province_ids=province_ids, topic_ids=topic_ids),
        context={"article_title": locked.title, "actor": display_name(actor), "comment": comment.strip(),
                 "url": article_admin_url(locked)},
    )
    sync(article, locked)
    return locked


@transaction.atomic
def article_return(*, article, actor, comment):
    locked = lock_row(article)
    require(permissions.is_moderator(actor), _("Chỉ kiểm duyệt viên được trả lại bài."))
    if locked.status != Status.SUBMITTED:
        raise InvalidState(_("Chỉ trả lại được bài đang chờ duyệt."))
    comment = require_text(comment, _("Hãy ghi ý kiến để người viết biết cần sửa gì."))
    locked.status = Status.DRAFT
    locked.save(update_fields=["status", "updated_at"])
    record(article=locked, actor=actor, action=Action.RETURN, from_status=Status.SUBMITTED, comment=comment,
           revision=latest_revision(locked))
    notify_decision(article=locked, actor=actor, action_label=_("Bài được trả lại để sửa"), comment=comment)
    sync(article, locked)
    return locked


def _four_eyes(actor, article):
    require(permissions.is_moderator(actor), _("Chỉ kiểm duyệt viên được xuất bản bài."))
    require(permissions.can_approve(actor, article), _(
        "Nguyên tắc bốn mắt: bạn là người viết hoặc người sửa cuối của bài này nên không thể tự duyệt. "
        "Hãy nhờ một kiểm duyệt viên khác."
    ))


def _go_public(locked, publish_at):
    locked.status = Status.PUBLISHED
    locked.publish_at = publish_at
    locked.first_published_at = locked.first_published_at or publish_at
    locked.save(update_fields=["status", "publish_at", "first_published_at", "updated_at"])
    # Preview links are for what is not public yet; once approved they end, even if the article is later withdrawn.
    revoke_preview_links(article=locked, reason=RevokeReason.PUBLISHED)
    purge_public_pages(locked)


@transaction.atomic
def article_approve(*, article, actor, publish_at=None, comment=""):
    """Approve a submitted article: public now, or at ``publish_at`` (to the minute) with no job needed."""
    locked = lock_row(article)
    _four_eyes(actor, locked)
    if locked.status != Status.SUBMITTED:
        raise InvalidState(_("Chỉ duyệt được bài đang chờ duyệt."))
    now = timezone.now()
    when = resolve_publish_at(publish_at, now=now)
    _go_public(locked, when)
    action = Action.SCHEDULE if when > now else Action.PUBLISH
    record(article=locked, actor=actor, action=action, from_status=Status.SUBMITTED, comment=comment.strip(),
           revision=latest_revision(locked), publish_at=when)
    label = (_("Bài được duyệt, hẹn giờ xuất bản lúc %(time)s") % {"time": local_time(when)} if action == Action.SCHEDULE
             else _("Bài được duyệt và đã xuất bản"))
    notify_decision(article=locked, actor=actor, action_label=label, comment=comment.strip())
    sync(article, locked)
    return locked


@transaction.atomic
def article_withdraw(*, article, actor, reason):
    locked = lock_row(article)
    require(permissions.is_moderator(actor), _("Chỉ kiểm duyệt viên được gỡ bài."))
    if locked.status != Status.PUBLISHED:
        raise InvalidState(_("Chỉ gỡ được bài đã xuất bản hoặc đã hẹn giờ."))
    reason = require_text(reason, _("Hãy ghi lý do gỡ bài; lý do được lưu trong hồ sơ."))
    locked.status = Status.WITHDRAWN
    locked.save(update_fields=["status", "updated_at"])
    revoke_preview_links(article=locked, reason=RevokeReason.WITHDRAWN)
    # A proposal made against the live version no longer has a live version to change.
    for revision in Revision.objects.pending().filter(article=locked):
        revision.state = RevisionState.SUPERSEDED
        revision.decision_comment = _("Bài đã bị gỡ trước khi thay đổi được duyệt.")
        revision.save(update_fields=["state", "decision_comment"])
    record(article=locked, actor=actor, action=Action.WITHDRAW, from_status=Status.PUBLISHED, comment=reason)
    purge_public_pages(locked)
    notify_decision(article=locked, actor=actor, action_label=_("Bài đã bị gỡ"), comment=reason)
    sync(article, locked)
    return locked


@transaction.atomic
def article_republish(*, article, actor, publish_at=None, comment=""):
    """Put a withdrawn article back. Without a new time it keeps its original publication time."""
    locked = lock_row(article)
    _four_eyes(actor, locked)
    if locked.status != Status.WITHDRAWN:
        raise InvalidState(_("Chỉ đăng lại được bài đã gỡ."))
    now = timezone.now()
    when = resolve_publish_at(publish_at, now=now) if publish_at else (locked.publish_at or now)
    _go_public(locked, when)
    record(article=locked, actor=actor, action=Action.REPUBLISH, from_status=Status.WITHDRAWN,
           comment=comment.strip(), revision=latest_revision(locked), publish_at=when)
    notify_decision(article=locked, actor=actor, action_label=_("Bài được đăng lại"), comment=comment.strip())
    sync(article, locked)
    return locked


__all__ = [
    "Article", "article_approve", "article_create_from_submission", "article_hold_for_save", "article_republish",
    "article_return", "article_save_draft", "article_submit", "article_withdraw",
]
