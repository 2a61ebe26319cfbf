"""Signed, expiring preview links for people without an account, each backed by a PreviewLink row.

The signature proves the link was issued here; the row says whether it still opens. A link ends for good when its
article is published, withdrawn or deleted, or when an editor revokes it: the end is written down, so the link
stays dead whatever the article does next.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.sites import site_url
from workflow import permissions
from workflow.display import local_time
from workflow.exceptions import InvalidState, PreviewLinkInvalid
from workflow.models import Action, PreviewLink, RevokeReason
from workflow.services._common import lock_row, record, require

SALT = "workflow.preview-link"


@transaction.atomic
def preview_link_create(*, article, actor, hours=None):
    """Return (absolute URL, expiry). The link stops at its expiry, on publication or withdrawal, or when revoked."""
    require(permissions.is_moderator(actor), _("Chỉ kiểm duyệt viên được tạo liên kết xem trước."))
    if article.is_live:
        raise InvalidState(_("Bài đã xuất bản; hãy gửi đường dẫn công khai."))
    hours = hours or settings.WORKFLOW_PREVIEW_LINK_HOURS
    if not 1 <= hours <= 24 * 30:
        raise InvalidState(_("Thời hạn liên kết phải từ 1 giờ đến 30 ngày."))
    expires = timezone.now() + datetime.timedelta(hours=hours)
    link = PreviewLink.objects.create(article=article, created_by=actor, expires_at=expires)
    token = signing.dumps({"l": link.pk, "a": article.pk, "e": int(expires.timestamp())}, salt=SALT)
    record(article=article, actor=actor, action=Action.PREVIEW_LINK, from_status=article.status,
           comment=_("Hết hạn lúc %(time)s") % {"time": local_time(expires)})
    return site_url() + reverse("workflow:preview", kwargs={"token": token}), expires


def revoke_preview_links(*, article, reason):
    """End every preview link of ``article`` still open. For the workflow services that publish or withdraw."""
    return PreviewLink.objects.filter(article_id=article.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason,
    )


@transaction.atomic
def preview_links_revoke(*, article, actor):
    """An editor or moderator ends the article's preview links now (a link sent to the wrong person, say)."""
    require(permissions.can_revoke_preview_links(actor, article),
            _("Bạn không có quyền thu hồi liên kết xem trước của bài này."))
    locked = lock_row(article)
    count = revoke_preview_links(article=locked, reason=RevokeReason.BY_HAND)
    if count:
        record(article=locked, actor=actor, action=Action.PREVIEW_REVOKE, from_status=locked.status,
               comment=_("Thu hồi %(count)d liên kết") % {"count": count})
    return count


_REVOKED_MESSAGES = {
    RevokeReason.PUBLISHED: gettext_lazy("Bài đã xuất bản nên liên kết xem trước không còn hiệu lực."),
    RevokeReason.WITHDRAWN: gettext_lazy("Bài đã bị gỡ nên liên kết xem trước không còn hiệu lực."),
    RevokeReason.BY_HAND: gettext_lazy("Liên kết xem trước đã bị thu hồi."),
}


def preview_link_resolve(token):
    try:
        data = signing.loads(token, salt=SALT)
        link_id, article_id = int(data["l"]), int(data["a"])
    except (signing.BadSignature, KeyError, TypeError, ValueError, OverflowError) as exc:
        # Links issued before links had rows ("l") cannot be revoked, so they no longer open either.
        raise PreviewLinkInvalid(_("Liên kết xem trước không hợp lệ.")) from exc
    link = PreviewLink.objects.select_related("article").filter(pk=link_id, article_id=article_id).first()
    if link is None:
        raise PreviewLinkInvalid(_("Bài viết không còn tồn tại hoặc liên kết đã bị xóa."))
    article = link.article
    if link.revoked_at is None and article.is_live:
        # A scheduled article goes live with no service running: write the end down on the first visit after.
        revoke_preview_links(article=article, reason=RevokeReason.PUBLISHED)
        link.revoked_reason = RevokeReason.PUBLISHED
        link.revoked_at = timezone.now()
    if link.revoked_at is not None:
        message = _REVOKED_MESSAGES.get(link.revoked_reason, _REVOKED_MESSAGES[RevokeReason.BY_HAND])
        raise PreviewLinkInvalid(str(message), article=article)
    if timezone.now() >= link.expires_at:
        raise PreviewLinkInvalid(_("Liên kết xem trước đã hết hạn."))
    return article
