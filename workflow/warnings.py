"""What a moderator should see before approving an article: open warnings, from the workflow and the apps above.

Approving makes an article public (an imported report can become the home page's lead story), so the approve
step lists what still looks unfinished and asks for an explicit tick when anything is listed. The workflow
checks what it can see itself (officials not yet verified, captions waiting for a photo, too many topics,
titles in the officials box that the text contradicts);
apps above it add theirs with ``register`` (the importer its open notes), since the workflow may not import
them. A provider is a function ``provider(article) -> iterable of ApprovalWarning``.
"""

import logging
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from workflow.mentions import title_mismatches

logger = logging.getLogger(__name__)

# More topics than this reads as tagging by keyword rather than filing by subject.
MAX_TOPICS = 4


@dataclass(frozen=True)
class ApprovalWarning:
    """One line of the list: ``message`` says what is wrong, ``items`` name the rows it is about."""

    kind: str
    message: str
    items: tuple = ()
    url: str = ""


_providers = []


def register(provider):
    """Add a warning provider (once: an admin module imported twice must not list its warnings twice)."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def unregister(provider):
    if provider in _providers:
        _providers.remove(provider)


def approval_warnings(article):
    """Every open warning for ``article``, the workflow's own first, then the registered providers' in order."""
    warnings = []
    for provider in [*BUILT_IN, *_providers]:
        try:
            warnings.extend(provider(article) or ())
        except Exception:  # noqa: BLE001 - a broken check must not hide the others nor block the decision page
            logger.exception("Approval warning provider %r failed for article %s", provider, article.pk)
            warnings.append(ApprovalWarning("error", _("Không kiểm tra được một mục cảnh báo; hãy xem kỹ bài trước "
                                                       "khi duyệt.")))
    return warnings


# --- The workflow's own checks ------------------------------------------------------------------------------


def unverified_officials(article):
    names = [m.official.full_name for m in article.mentions.select_related("official").order_by("position")
             if m.official.needs_verification]
    if names:
        yield ApprovalWarning(
            "unverified_officials",
            ngettext("%(count)d nhân vật trong bài chưa được xác minh họ tên và chức vụ.",
                     "%(count)d nhân vật trong bài chưa được xác minh họ tên và chức vụ.", len(names))
            % {"count": len(names)},
            tuple(names),
        )


def captions_without_photo(article):
    captions = [p.caption for p in article.photos.order_by("position", "pk") if not p.image]
    if captions:
        yield ApprovalWarning(
            "captions_without_photo",
            ngettext("%(count)d chú thích chưa có ảnh: bạn đọc sẽ không thấy ảnh nào ở vị trí này.",
                     "%(count)d chú thích chưa có ảnh: bạn đọc sẽ không thấy ảnh nào ở vị trí này.", len(captions))
            % {"count": len(captions)},
            tuple(captions),
        )


def too_many_topics(article):
    names = list(article.topics.values_list("name", flat=True))
    if len(names) > MAX_TOPICS:
        yield ApprovalWarning(
            "too_many_topics",
            _("Bài gắn %(count)d chủ đề (nên không quá %(max)d): hãy giữ những chủ đề chính.")
            % {"count": len(names), "max": MAX_TOPICS},
            tuple(names),
        )


def titles_out_of_step(article):
    mismatches = title_mismatches(article)
    if mismatches:
        yield ApprovalWarning(
            "titles_out_of_step",
            ngettext("%(count)d chức danh trong ô Nhân vật trong bài khác với nội dung bài.",
                     "%(count)d chức danh trong ô Nhân vật trong bài khác với nội dung bài.", len(mismatches))
            % {"count": len(mismatches)},
            tuple(mismatch.message for mismatch in mismatches),
        )


BUILT_IN = (unverified_officials, captions_without_photo, too_many_topics, titles_out_of_step)
