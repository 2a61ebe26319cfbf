"""Staging writes: stage a chosen photo, hand staged photos to the form that was saved, purge expired ones.

Validation is core.images', the same as a photo sent with its form: decoded, within the byte and pixel limits,
re-encoded under a random name. Only the re-encoding is stored.
"""

import io

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from PIL import Image

from core.images import validate_and_reencode_image
from uploads.limits import limit
from uploads.models import Purpose, StagedPhoto


def _max_side(purpose):
    # A reader's photo is stored no larger than the public form stores it; an editor's keeps its size.
    return settings.SUBMISSION_IMAGE_MAX_SIDE if purpose == Purpose.SUBMISSION else None


def _check_room(uploader, incoming):
    """Refuse before decoding anything when the uploader (or all anonymous uploaders) hold enough already."""
    mine = StagedPhoto.objects.alive().of(uploader)
    if uploader.is_anonymous:
        count, held = mine.count(), mine.aggregate(total=Sum("size"))["total"] or 0
        if count >= limit("UPLOADS_VISITOR_MAX_FILES"):
            raise ValidationError(
                "Bạn đã tải lên %(count)s ảnh chưa gửi. Hãy gửi tin hoặc bỏ bớt ảnh rồi chọn tiếp.",
                code="too_many_files", params={"count": count},
            )
        if held + incoming > limit("UPLOADS_VISITOR_MAX_BYTES"):
            raise ValidationError(
                "Tổng dung lượng ảnh chưa gửi vượt quá %(limit)s. Hãy gửi tin hoặc bỏ bớt ảnh.",
                code="too_many_bytes", params={"limit": filesizeformat(limit("UPLOADS_VISITOR_MAX_BYTES"))},
            )
        everyone = StagedPhoto.objects.alive().filter(owner__isnull=True).aggregate(total=Sum("size"))["total"] or 0
        if everyone + incoming > limit("UPLOADS_VISITORS_TOTAL_BYTES"):
            raise ValidationError(
                "Máy chủ đang nhận quá nhiều ảnh. Vui lòng thử lại sau ít phút, hoặc gửi ảnh cùng lúc gửi tin.",
                code="staging_full",
            )
    elif mine.count() >= limit("UPLOADS_USER_MAX_FILES"):
        raise ValidationError(
            "Bạn có quá nhiều ảnh tải lên chưa lưu. Hãy lưu bài đang viết rồi tải tiếp.", code="too_many_files",
        )


def staged_photo_create(*, uploader, form_token, purpose, upload):
    """Validate ``upload`` and keep its clean re-encoding for ``form_token``; return the StagedPhoto.

    Raises ``ValidationError`` (a Vietnamese message) for an image the forms would refuse, or when the
    uploader's staging is full. Expired staging is purged first, so that it never counts against anyone.
    """
    if purpose not in Purpose.values:
        raise ValidationError("Không rõ ảnh tải lên để dùng cho biểu mẫu nào.", code="invalid_purpose")
    if uploader.is_anonymous and (not uploader.visitor or purpose != Purpose.SUBMISSION):
        raise ValidationError("Bạn không có quyền tải ảnh lên đây.", code="not_allowed")
    staged_photos_purge()
    _check_room(uploader, getattr(upload, "size", 0) or 0)
    clean = validate_and_reencode_image(upload, prefix="anh", max_side=_max_side(purpose))
    with Image.open(io.BytesIO(clean.read())) as image:
        width, height = image.size
    clean.seek(0)
    photo = StagedPhoto(
        owner=uploader.user, visitor="" if uploader.user is not None else uploader.visitor, form_token=form_token,
        purpose=purpose, width=width, height=height, size=clean.size,
    )
    photo.image.save(clean.name, clean, save=False)
    try:
        photo.save()
    except Exception:
        photo.image.delete(save=False)
        raise
    return photo


def staged_photos_for(*, uploader, form_token, purpose, ids):
    """{id: StagedPhoto} for the ids that belong to this uploader and this form and have not expired."""
    ids = [i for i in ids if isinstance(i, int)]
    if not ids or not form_token:
        return {}
    queryset = StagedPhoto.objects.alive().of(uploader).filter(form_token=form_token, purpose=purpose, pk__in=ids)
    return {photo.pk: photo for photo in queryset}


def _delete(queryset):
    names = list(queryset.values_list("image", flat=True))
    count = queryset.delete()[0]
    storage = StagedPhoto._meta.get_field("image").storage
    # Files go once the rows are surely gone: a rolled-back delete must not leave rows without files.
    transaction.on_commit(lambda: [storage.delete(name) for name in names if name])
    return count


def staged_photos_discard(*, photos):
    """Delete staged photos whose form was saved: their bytes now live in the saved rows."""
    return _delete(StagedPhoto.objects.filter(pk__in=[photo.pk for photo in photos]))


def staged_photo_delete(*, uploader, pk):
    """The uploader took a photo back before sending. True if there was such a photo of theirs."""
    return bool(_delete(StagedPhoto.objects.of(uploader).filter(pk=pk)))


def staged_photos_purge(*, now=None, dry_run=False):
    """Delete staged photos older than STAGING_HOURS, with their files. Returns how many."""
    queryset = StagedPhoto.objects.expired(now=now or timezone.now())
    if dry_run:
        return queryset.count()
    return _delete(queryset)


__all__ = [
    "staged_photo_create", "staged_photo_delete", "staged_photos_discard", "staged_photos_for", "staged_photos_purge",
]
