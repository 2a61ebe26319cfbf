"""The importer's notes on an article (a province mapped to its successor, officials to verify, captions waiting
for photos…), shown at the top of its change form and before approving until a moderator has dealt with them."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from importer.models import ImportRecord
from workflow import permissions
from workflow.exceptions import ActionNotAllowed
from workflow.warnings import ApprovalWarning


def open_note_records(article):
    """The import records of ``article`` with notes nobody has marked handled, oldest first."""
    if article is None or article.pk is None:
        return []
    records = (ImportRecord.objects.filter(article=article, handled_at__isnull=True)
               .exclude(notes=[]).select_related("run__user").order_by("id"))
    return [r for r in records if any(isinstance(n, str) for n in r.notes)]


def open_notes(article):
    """The notes themselves, each once (a re-import repeats what is still true)."""
    notes = []
    for record in open_note_records(article):
        for note in record.notes:
            if isinstance(note, str) and note not in notes:
                notes.append(note)
    return notes


@transaction.atomic
def import_notes_mark_handled(*, article, actor):
    """A moderator has dealt with the article's import notes: they leave its change form and its warnings.

    Returns how many import records were marked. The article itself is not touched: its status and history belong
    to the workflow, and handling a note is not an edit.
    """
    if not permissions.is_moderator(actor):
        raise ActionNotAllowed(_("Chỉ kiểm duyệt viên được đánh dấu ghi chú nhập bài là đã xử lý."))
    return ImportRecord.objects.filter(article=article, handled_at__isnull=True).update(
        handled_at=timezone.now(), handled_by=actor,
    )


def import_notes_warning(article):
    """Approval warning provider (``workflow.warnings``): open import notes."""
    notes = open_notes(article)
    if notes:
        yield ApprovalWarning(
            "import_notes",
            ngettext("%(count)d ghi chú khi nhập bài chưa được xử lý.",
                     "%(count)d ghi chú khi nhập bài chưa được xử lý.", len(notes)) % {"count": len(notes)},
            tuple(notes), reverse("admin:articles_article_change", args=[article.pk]),
        )
