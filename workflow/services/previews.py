"""Signed, expiring preview links for people without an account. No table: the link carries its own expiry."""

import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article
from workflow import permissions
from workflow.exceptions import InvalidState, PreviewLinkInvalid
from workflow.models import Action
from workflow.services._common import local_time, record, require

SALT = "workflow.preview-link"


def preview_link_create(*, article, actor, hours=None):
    """Return (absolute URL, expiry). The link stops at its expiry or once the article is public."""
    require(permissions.is_moderator(actor), _("Chỉ kiểm duyệt viên được tạo liên kết xem trước."))
    if article.is_live:
        raise InvalidState(_("Bài đã xuất bản; hãy gửi đường dẫn công khai."))
    hours = hours or settings.WORKFLOW_PREVIEW_LINK_HOURS
    if not 1 <= hours <= 24 * 30:
        raise InvalidState(_("Thời hạn liên kết phải từ 1 giờ đến 30 ngày."))
    expires = timezone.now() + datetime.timedelta(hours=hours)
    token = signing.dumps({"a": article.pk, "e": int(expires.timestamp())}, salt=SALT)
    record(article=article, actor=actor, action=Action.PREVIEW_LINK, from_status=article.status,
           comment=_("Hết hạn lúc %(time)s") % {"time": local_time(expires)})
    return settings.SITE_URL + reverse("workflow:preview", kwargs={"token": token}), expires


def preview_link_resolve(token):
    try:
        data = signing.loads(token, salt=SALT)
        article_id, expires = int(data["a"]), int(data["e"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise PreviewLinkInvalid(_("Liên kết xem trước không hợp lệ.")) from exc
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise PreviewLinkInvalid(_("Bài viết không còn tồn tại."))
    if article.is_live:
        raise PreviewLinkInvalid(_("Bài đã xuất bản nên liên kết xem trước không còn hiệu lực."), article=article)
    if timezone.now().timestamp() > expires:
        raise PreviewLinkInvalid(_("Liên kết xem trước đã hết hạn."))
    return article
