"""Upload naming and validation for images. Names and content types are never trusted.

An upload is accepted only if Pillow decodes it completely as JPEG, PNG or WebP within the byte and pixel limits,
and what we store is a fresh encoding of the pixels: whatever else the file carried (EXIF and GPS, comments,
a script or an archive glued on the end) is gone, and the stored name is random.
"""

import io
import math
import os
import re
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from PIL import Image, ImageOps, UnidentifiedImageError

# Pillow format name -> (stored extension, save options). GIF, BMP, TIFF, SVG… are refused.
FORMATS = {
    "JPEG": ("jpg", {"quality": 88, "optimize": True, "progressive": True}),
    "PNG": ("png", {"optimize": True}),
    "WEBP": ("webp", {"quality": 85, "method": 4}),
}
ACCEPT = "image/jpeg,image/png,image/webp"

# Markup or an archive inside an "image" makes a polyglot: a file a browser or a JVM could also run. Long markers
# are searched everywhere; short ones only outside the compressed pixels, where random bytes would match them.
_SCRIPT_ANYWHERE = re.compile(rb"<\s*script|<\?php|javascript:|<\s*iframe|<!doctype", re.IGNORECASE)
_MARKUP_OUTSIDE_PIXELS = re.compile(
    rb"<\s*/?\s*(script|html|svg|iframe|object|embed|body|head|meta|\?php|!doctype)\b|PK\x03\x04",
    re.IGNORECASE,
)
_TRAVERSAL = re.compile(r"(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[a-zA-Z]:|\x00")


def random_upload_name(prefix, filename):
    """``prefix/YYYY/MM/<random>.<ext>``: short, ASCII, unguessable, no path from the client."""
    ext = os.path.splitext(os.path.basename(filename or ""))[1].lower().lstrip(".")
    if ext not in {"jpg", "jpeg", "png", "webp"}:
        ext = "jpg"
    now = timezone.now()
    return f"{prefix}/{now:%Y/%m}/{uuid.uuid4().hex}.{ext}"


def _read_limited(uploaded_file, limit):
    size = getattr(uploaded_file, "size", None)
    if size is not None and size > limit:
        raise _too_big(size, limit)
    if hasattr(uploaded_file, "seek"):
        uploaded_file.seek(0)
    data = uploaded_file.read(limit + 1)
    if len(data) > limit:
        raise _too_big(len(data), limit)
    return data


def _too_big(size, limit):
    return ValidationError(
        "Tệp ảnh quá lớn (%(size)s). Dung lượng tối đa cho phép là %(limit)s.",
        code="file_too_large",
        params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
    )


def _jpeg_outside_pixels(data):
    parts, i, n = [], 2, len(data)
    while i + 1 < n:
        if data[i] != 0xFF:
            break
        marker = data[i + 1]
        if marker == 0xFF:
            i += 1
            continue
        if marker == 0xD9:  # end of image
            i += 2
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            i += 2
            continue
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:  # APPn (EXIF, XMP, ICC…) and comments
            parts.append(data[i + 4:i + 2 + length])
        i += 2 + length
        if marker == 0xDA:  # start of scan: skip the entropy-coded pixels up to the next real marker
            j = i
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= n:
                    i = n
                    break
                following = data[j + 1]
                if following == 0x00 or following == 0xFF or 0xD0 <= following <= 0xD7:
                    j += 1
                    continue
                i = j
                break
    parts.append(data[i:])
    return b"".join(parts)


def _png_outside_pixels(data):
    parts, i, n = [], 8, len(data)
    while i + 8 <= n:
        length = int.from_bytes(data[i:i + 4], "big")
        kind = data[i + 4:i + 8]
        if kind not in {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"fdAT", b"fcTL", b"acTL"}:
            parts.append(data[i + 8:i + 8 + length])
        i += 12 + length
        if kind == b"IEND":
            break
    parts.append(data[i:])
    return b"".join(parts)


def _webp_outside_pixels(data):
    end = 8 + int.from_bytes(data[4:8], "little")
    parts, i = [], 12
    while i + 8 <= min(end, len(data)):
        kind, length = data[i:i + 4], int.from_bytes(data[i + 4:i + 8], "little")
        if kind not in {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"}:
            parts.append(data[i + 8:i + 8 + length])
        i += 8 + length + (length & 1)
    parts.append(data[end:])
    return b"".join(parts)


def _outside_pixels(data):
    """Metadata and anything after the image's end: where a polyglot hides its second format."""
    if data.startswith(b"\xff\xd8"):
        return _jpeg_outside_pixels(data)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png_outside_pixels(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_outside_pixels(data)
    return data  # not one of ours: Pillow will refuse it anyway, but markup deserves the clearer message


def _invalid():
    return ValidationError(
        "Tệp không phải ảnh hợp lệ. Chỉ nhận ảnh JPEG, PNG hoặc WebP còn nguyên vẹn.", code="invalid_image",
    )


def _bomb(max_pixels):
    return ValidationError(
        "Ảnh quá lớn: số điểm ảnh vượt giới hạn %(limit)s triệu (nghi là “bom giải nén”). "
        "Vui lòng thu nhỏ ảnh rồi tải lên lại.",
        code="too_many_pixels", params={"limit": f"{max_pixels / 1_000_000:g}"},
    )


@contextmanager
def _pillow_guard():
    """Pillow's decompression-bomb refusal, and any decoder failure, become a clear message."""
    max_pixels = settings.MAX_IMAGE_PIXELS
    try:
        yield
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _bomb(max_pixels) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _invalid() from exc


def _open_checked(data, max_side=None):
    """Open ``data`` lazily and check what its header declares; no pixel is decoded here.

    With ``max_side``, a JPEG is set to decode at the smallest DCT scale (1/2, 1/4, 1/8) that still covers
    ``max_side``: a 40-megapixel photo then costs a quarter or less of the memory and time.
    """
    max_pixels = settings.MAX_IMAGE_PIXELS
    image = Image.open(io.BytesIO(data))
    fmt = image.format
    width, height = image.size
    if fmt not in FORMATS:
        image.close()
        raise ValidationError(
            "Định dạng %(format)s không được chấp nhận. Chỉ nhận ảnh JPEG, PNG hoặc WebP.",
            code="invalid_format", params={"format": fmt or "không rõ"},
        )
    # Checked before any pixel is decoded: a few kilobytes can declare billions of pixels.
    if width * height > max_pixels:
        image.close()
        raise ValidationError(
            "Ảnh quá lớn: %(width)s × %(height)s điểm ảnh, vượt giới hạn %(limit)s triệu điểm ảnh. "
            "Vui lòng thu nhỏ ảnh rồi tải lên lại.",
            code="too_many_pixels",
            params={"width": width, "height": height, "limit": f"{max_pixels / 1_000_000:g}"},
        )
    # Pillow only warns between its limit and twice that; a size it calls a bomb is refused here, whatever our
    # own setting says (a global warnings filter would be neither thread-safe nor kept by test runners).
    if Image.MAX_IMAGE_PIXELS and width * height > Image.MAX_IMAGE_PIXELS:
        image.close()
        raise _bomb(Image.MAX_IMAGE_PIXELS)
    if max_side and fmt == "JPEG" and max(width, height) > max_side:
        # Pillow keeps both sides at least as large as asked, so ask for the box of the final shape.
        scale = max(width, height) / max_side
        image.draft(image.mode, (max(1, math.ceil(width / scale)), max(1, math.ceil(height / scale))))
    return image, fmt


class PixelBudget:
    """How many pixels one request may still decode, summed over all its images.

    ``MAX_IMAGE_PIXELS`` bounds one image; without a total, five of them at the limit would cost five times the
    memory and time of one.
    """

    def __init__(self, total):
        self.total = total
        self.remaining = total

    def spend(self, pixels):
        if pixels > self.remaining:
            raise ValidationError(
                "Các ảnh gửi cùng lúc quá lớn: tổng số điểm ảnh vượt giới hạn %(limit)s triệu cho một lần gửi. "
                "Vui lòng gửi ít ảnh hơn hoặc thu nhỏ ảnh.",
                code="pixel_budget", params={"limit": f"{self.total / 1_000_000:g}"},
            )
        self.remaining -= pixels


def _decode(data, max_side=None):
    """Open, check and fully decode ``data``; return the loaded image and its format."""
    with _pillow_guard():
        probe, _fmt = _open_checked(data)
        with probe:
            probe.verify()
        image, fmt = _open_checked(data, max_side)
        try:
            image.load()
        except BaseException:
            image.close()
            raise
    return image, fmt


def _reencode(image, fmt):
    # Rotate the pixels as the camera said, because the EXIF that says so is about to be dropped.
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in {"RGBA", "LA", "PA"} or (image.mode == "P" and "transparency" in image.info)
    if fmt == "JPEG":
        image = image.convert("RGB")
    else:
        image = image.convert("RGBA" if has_alpha else "RGB")
    clean = Image.new(image.mode, image.size)
    clean.paste(image)  # a new image carries pixels only: no EXIF, XMP, ICC, comments or text chunks
    ext, options = FORMATS[fmt]
    out = io.BytesIO()
    clean.save(out, fmt, **options)
    return out.getvalue(), ext


def _checked_bytes(uploaded_file):
    name = getattr(uploaded_file, "name", "") or ""
    if _TRAVERSAL.search(name):
        raise ValidationError("Tên tệp không hợp lệ (chứa đường dẫn thư mục).", code="invalid_name")
    data = _read_limited(uploaded_file, settings.MAX_UPLOAD_BYTES)
    if not data:
        raise ValidationError("Tệp ảnh rỗng.", code="empty")
    if _SCRIPT_ANYWHERE.search(data) or _MARKUP_OUTSIDE_PIXELS.search(_outside_pixels(data)):
        raise ValidationError(
            "Tệp ảnh chứa mã lệnh hoặc dữ liệu lạ (mã HTML, script hay tệp nén) nên bị từ chối.",
            code="active_content",
        )
    return data


def inspect_image(uploaded_file, *, max_side=None):
    """The cheap checks, without decoding any pixel: name, bytes, markup, format, declared size.

    Returns how many pixels decoding will produce (after the JPEG reduction ``max_side`` allows), so that a caller
    holding several uploads can refuse the lot against a ``PixelBudget`` before decoding any of them.
    """
    data = _checked_bytes(uploaded_file)
    with _pillow_guard():
        image, _fmt = _open_checked(data, max_side)
        with image:
            width, height = image.size
    return width * height


def validate_and_reencode_image(uploaded_file, *, prefix="", max_side=None):
    """Check an uploaded image and return a clean re-encoding of it under a random name.

    Raises ``ValidationError`` with a Vietnamese message for anything that is not a complete JPEG, PNG or WebP
    within ``MAX_UPLOAD_BYTES`` and ``MAX_IMAGE_PIXELS``: SVG, HTML, polyglots, truncated files, path tricks,
    decompression bombs. With ``max_side``, the stored image is at most that many pixels wide and high.
    """
    data = _checked_bytes(uploaded_file)
    image, fmt = _decode(data, max_side)
    del data
    with image:
        if max_side and max(image.size) > max_side:
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        content, ext = _reencode(image, fmt)
    name = os.path.basename(random_upload_name(prefix or "x", f"anh.{ext}"))
    return ContentFile(content, name=name)
