"""Submission writes: receive from the public, accept into a draft article, reject with a reason, purge."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image

from articles.figures import figure_html
from articles.models.photos import photo_upload_to
from core.html import text_to_html
from importer.word import TEXT_PHOTO_PARAGRAPHS, split_credit
from submissions.models import Submission, SubmissionPhoto, SubmissionStatus
from workflow import permissions
from workflow.exceptions import ActionNotAllowed, InvalidState, MissingInput
from workflow.notifications import admin_url, notify_on_commit
from workflow.selectors import moderators_for
from workflow.services import article_create_from_submission, article_save_draft
from workflow.snapshots import article_for_snapshot, article_snapshot, empty_snapshot


def _size(content):
    content.seek(0)
    with Image.open(content) as image:
        size = image.size
    content.seek(0)
    return size


@transaction.atomic
def submission_create(*, name, contact, province, title, text, photos=()):
    """``photos``: (validated, re-encoded file, caption) pairs, at most five."""
    submission = Submission.objects.create(
        name=name.strip(), contact=contact.strip(), province=province, title=title.strip(), text=text.strip(),
    )
    for position, (content, caption) in enumerate(photos):
        width, height = _size(content)
        photo = SubmissionPhoto(submission=submission, caption=caption, width=width, height=height, position=position)
        photo.image.save(content.name, content, save=False)
        photo.save()
    # The province's desk hears about it; the mail carries no contact details and no text.
    notify_on_commit(
        template="reader_submission", recipients=moderators_for(province_ids=[province.pk], topic_ids=[]),
        context={"reference": submission.reference, "title": submission.title, "province": str(province),
                 "url": admin_url("submissions_submission_change", submission.pk)},
    )
    return submission


def _require_moderator(actor):
    if not permissions.is_moderator(actor):
        raise ActionNotAllowed(_("Chỉ kiểm duyệt viên được xử lý tin bạn đọc gửi."))


def _locked(submission):
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.status != SubmissionStatus.NEW:
        raise InvalidState(_("Tin này đã được xử lý."))
    return locked


@transaction.atomic
def submission_accept(*, submission, actor):
    """Turn the submission into a draft article credited to the sender; nothing becomes public."""
    _require_moderator(actor)
    submission = _locked(submission)
    content = empty_snapshot()
    content.update({
        "title": submission.title, "body": text_to_html(submission.text), "byline": submission.name,
        "source": _("Bạn đọc gửi qua mục “Gửi tin bài”"),
        "provinces": [{"id": submission.province_id, "name": str(submission.province)}],
    })
    for position, photo in enumerate(submission.photos.all()):
        with photo.image.open("rb") as source:
            data = source.read()
        name = default_storage.save(photo_upload_to(None, photo.image.name), ContentFile(data))
        # A Word file's picture keeps its credit at the end of the caption ("… (Ảnh: TTXVN)").
        caption, credit = split_credit(photo.caption)
        content["photos"].append({
            "id": None, "image": name, "width": photo.width, "height": photo.height, "caption": caption,
            "credit": credit or _("Ảnh: %(name)s") % {"name": submission.name}, "alt_text": caption,
            "position": position, "is_featured": position == 0,
        })
    article = article_create_from_submission(
        actor=actor, content=content,
        comment=_("Từ tin %(reference)s của %(name)s") % {"reference": submission.reference, "name": submission.name},
    )
    _place_word_pictures(article, actor=actor)
    submission.status, submission.article = SubmissionStatus.ACCEPTED, article
    submission.decided_at, submission.decided_by = timezone.now(), actor
    submission.save(update_fields=["status", "article", "decided_at", "decided_by"])
    return article


def _place_word_pictures(article, *, actor):
    """A Word file's pictures back in their places: each "[Ảnh 2/3 trong tệp Word]" line the file's text kept
    (importer.word) becomes that photo's figure, as the body editor writes it, now that the photos have ids.

    The file's pictures are the last photos of the submission (after those sent beside it). Saved as the
    moderator's next version of the new draft, through the workflow; a line that names no photo stays as text.
    """
    photos = list(article.photos.order_by("position", "id"))

    def figure(match):
        number, total = int(match.group(1)), int(match.group(2))
        index = len(photos) - total + number - 1
        if not 0 < number <= total <= len(photos):
            return match.group(0)
        return figure_html(photos[index]) or match.group(0)

    body = TEXT_PHOTO_PARAGRAPHS.sub(figure, article.body)
    if body != article.body:
        content = article_snapshot(article_for_snapshot(article.pk))
        article_save_draft(article=article, actor=actor, content={**content, "body": body})


@transaction.atomic
def submission_reject(*, submission, actor, reason):
    _require_moderator(actor)
    reason = (reason or "").strip()
    if not reason:
        raise MissingInput(_("Hãy ghi lý do từ chối."))
    submission = _locked(submission)
    submission.status, submission.reason = SubmissionStatus.REJECTED, reason
    submission.decided_at, submission.decided_by = timezone.now(), actor
    submission.save(update_fields=["status", "reason", "decided_at", "decided_by"])
    return submission


def submission_purge(*, now=None, dry_run=False):
    """Delete rejected submissions past the retention period, with their photo files. Returns how many."""
    queryset = Submission.objects.purgeable(now=now or timezone.now())
    count = queryset.count()
    if dry_run or not count:
        return count
    with transaction.atomic():
        files = list(SubmissionPhoto.objects.filter(submission__in=queryset).values_list("image", flat=True))
        queryset.delete()
        storage = SubmissionPhoto._meta.get_field("image").storage
        transaction.on_commit(lambda: [storage.delete(name) for name in files if name])
    return count


__all__ = ["submission_accept", "submission_create", "submission_purge", "submission_reject"]
