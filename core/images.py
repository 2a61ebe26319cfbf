"""Upload naming and validation for images. Names and content types are never trusted."""

import os
import uuid

from django.utils import timezone


def random_upload_name(prefix, filename):
    """``prefix/YYYY/MM/<random>.<ext>``: short, ASCII, unguessable, no path from the client."""
    ext = os.path.splitext(os.path.basename(filename or ""))[1].lower().lstrip(".")
    if ext not in {"jpg", "jpeg", "png", "webp"}:
        ext = "jpg"
    now = timezone.now()
    return f"{prefix}/{now:%Y/%m}/{uuid.uuid4().hex}.{ext}"
