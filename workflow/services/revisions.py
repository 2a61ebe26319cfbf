"""Revision services: restore an old version as a draft; approve or reject a change to a live article."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Status
from workflow import permissions
from workflow.exceptions import InvalidState
from workflow.models import Action, Correction, Revision
from workflow.models.revisions import RevisionState
from workflow.services._common import (
    bump_version,
    lock_row,
    notify_decision,
    purge_public_pages,
    record,
    require,
    require_text,
)
from workflow.services.articles import article_save_draft
from workflow.snapshots import snapshot_apply


@transaction.atomic
def revision_restore(*, revision, actor):
    """Bring back an old version as a new revision. It never publishes: on a live article it waits for approval."""
    article = lock_row(revision.article)
    require(permissions.can_view_history(actor, article), _("Bạn không có quyền xem lịch sử bài này."))
    new = article_save_draft(article=article, actor=actor, content=revision.snapshot, restored_from=revision)
    record(article=article, actor=actor, action=Action.RESTORE, from_status=article.status, revision=new,
           comment=_("Khôi phục nội dung phiên bản %(number)s") % {"number": revision.number})
    return new


def _locked_pending(revision):
    article = lock_row(revision.article)
    revision = Revision.objects.select_for_update().get(pk=revision.pk)
    if revision.state != RevisionState.PENDING or article.status != Status.PUBLISHED:
        raise InvalidState(_("Phiên bản này không còn chờ duyệt."))
    return article, revision


@transaction.atomic
def revision_approve_pending(*, revision, actor, is_correction=False, correction_note="", comment=""):
    """Apply a proposed change to the live article, optionally with a public correction note."""
    require(permissions.is_moderator(actor), _("Chỉ kiểm duyệt viên được duyệt thay đổi."))
    article, revision = _locked_pending(revision)
    require(permissions.can_approve(actor, article, extra_user_ids=[revision.created_by_id]), _(
        "Nguyên tắc bốn mắt: bạn viết bài này hoặc đề xuất thay đổi này nên không thể tự duyệt. "
        "Hãy nhờ một kiểm duyệt viên khác."
    ))
    if is_correction:
        correction_note = require_text(correction_note, _("Hãy ghi nội dung đính chính để bạn đọc thấy."))
    article.last_edited_by = revision.created_by
    snapshot_apply(article, revision.snapshot)
    bump_version(article)
    revision.state = RevisionState.APPROVED
    revision.decided_by, revision.decided_at, revision.decision_comment = actor, timezone.now(), comment.strip()
    revision.save(update_fields=["state", "decided_by", "decided_at", "decision_comment"])
    if is_correction:
        Correction.objects.create(article=article, revision=revision, note=correction_note, created_by=actor)
    record(article=article, actor=actor, action=Action.APPROVE_CHANGE, from_status=Status.PUBLISHED,
           revision=revision, comment=(_("Đính chính: %(note)s") % {"note": correction_note}) if is_correction
           else comment.strip())
    purge_public_pages(article)
    notify_decision(article=article, actor=actor, action_label=_("Thay đổi bài đang đăng đã được duyệt"),
                    comment=comment.strip(), recipients=[revision.created_by])
    return revision


@transaction.atomic
def revision_reject_pending(*, revision, actor, comment):
    require(permissions.is_moderator(actor), _("Chỉ kiểm duyệt viên được trả lại thay đổi."))
    article, revision = _locked_pending(revision)
    comment = require_text(comment, _("Hãy ghi ý kiến để người sửa biết lý do."))
    revision.state = RevisionState.REJECTED
    revision.decided_by, revision.decided_at, revision.decision_comment = actor, timezone.now(), comment
    revision.save(update_fields=["state", "decided_by", "decided_at", "decision_comment"])
    bump_version(article)
    record(article=article, actor=actor, action=Action.REJECT_CHANGE, from_status=Status.PUBLISHED,
           revision=revision, comment=comment)
    notify_decision(article=article, actor=actor, action_label=_("Thay đổi bài đang đăng bị trả lại"),
                    comment=comment, recipients=[revision.created_by])
    return revision
