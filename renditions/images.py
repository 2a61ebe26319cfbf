"""Responsive renditions of uploaded photos: several widths, WebP and JPEG, generated once, cached on storage.

The original upload stays untouched for editors. What visitors get is a fresh encoding of the pixels, turned
the way the camera's EXIF orientation says, with no metadata at all (EXIF, GPS, XMP, comments are gone).

Layout on the default storage, next to nothing else::

    renditions/<upload path without extension>/w640.webp, w640.jpg, …, manifest.json

``manifest.json`` records the oriented size and every rendition, or why none could be made. Pages read it
through the cache, and each process keeps the sets it has just used for a minute (``LOCAL_SECONDS``): a home page
of 36 pictures would otherwise make 36 round trips to a shared cache (Redis) and build 36 pairs of ``srcset``
strings on every request.
Generation is bounded: the pixel count is checked from the header before decoding, JPEGs are decoded at a
reduced scale (``draft``), and a decompression bomb is refused and remembered, never retried on every view.
"""

import functools
import io
import json
import logging
import posixpath
import time
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280)
FORMATS = {"webp": ("WEBP", {"quality": 80, "method": 4}), "jpg": ("JPEG", {"quality": 82, "optimize": True,
                                                                             "progressive": True})}
VERSION = 1
CACHE_SECONDS = 30 * 24 * 3600
_LOCK_SECONDS = 60
# A set is fixed once generated, but a name can be reused after a photo is deleted: a process trusts its own copy
# this long at most. Keyed by the storage's place and URL too, so that no two media folders share an entry.
LOCAL_SECONDS = 60
_LOCAL_MAX = 4096
_local = {}


@dataclass(frozen=True)
class Rendition:
    width: int
    height: int
    webp: str
    jpg: str


@dataclass(frozen=True)
class RenditionSet:
    width: int
    height: int
    items: tuple

    @property
    def largest(self):
        return self.items[-1]

    def fallback(self, preferred=640):
        """The JPEG a browser without ``srcset`` support gets: the smallest one at least ``preferred`` wide."""
        return next((item for item in self.items if item.width >= preferred), self.largest)

    def at_least(self, width):
        return self.fallback(width)

    def _srcset(self, fmt):
        return ", ".join(f"{default_storage.url(getattr(item, fmt))} {item.width}w" for item in self.items)

    # Built once per set: a set lives a minute in its process (renditions_for) and is shown on many pages.
    @functools.cached_property
    def webp_srcset(self):
        return self._srcset("webp")

    @functools.cached_property
    def jpg_srcset(self):
        return self._srcset("jpg")


def _folder(name):
    stem = posixpath.splitext(name)[0].lstrip("/")
    return f"renditions/{stem}"


def _cache_key(name):
    return f"renditions:v{VERSION}:{name}"


def _from_manifest(data):
    if not data or data.get("error"):
        return None
    items = tuple(Rendition(i["width"], i["height"], i["webp"], i["jpg"]) for i in data["items"])
    return RenditionSet(data["width"], data["height"], items) if items else None


def renditions_for(image):
    """The ``RenditionSet`` of an ``ImageField`` value, generating it on first use; ``None`` if there is no
    usable image (empty field, missing file, not an image, too many pixels)."""
    name = getattr(image, "name", None)
    if not name:
        return None
    local_key = _local_key(name)
    now = time.monotonic()
    hit = _local.get(local_key)
    if hit is not None and hit[0] > now:
        return hit[1]
    key = _cache_key(name)
    data = cache.get(key)
    if data is None:
        data = _load_or_generate(name)
        cache.set(key, data, CACHE_SECONDS)
    renditions = _from_manifest(data)
    if renditions is not None:  # a failure is not kept here: the shared cache says when to try again
        if len(_local) >= _LOCAL_MAX:
            _local.clear()
        _local[local_key] = (now + LOCAL_SECONDS, renditions)
    return renditions


def _local_key(name):
    return (getattr(default_storage, "location", ""), getattr(default_storage, "base_url", ""), name)


def _manifest_name(name):
    return f"{_folder(name)}/manifest.json"


def _read_manifest(name):
    manifest = _manifest_name(name)
    try:
        if default_storage.exists(manifest):
            with default_storage.open(manifest, "rb") as handle:
                data = json.loads(handle.read().decode("utf-8"))
            if data.get("version") == VERSION:
                return data
    except (OSError, ValueError):
        logger.warning("Unreadable rendition manifest %s; generating again.", manifest)
    return None


def _load_or_generate(name):
    data = _read_manifest(name)
    if data is not None:
        return data
    lock = f"{_cache_key(name)}:lock"
    if not cache.add(lock, 1, _LOCK_SECONDS):
        # Another request is generating this image: wait a little for its manifest instead of doing it twice.
        for _ in range(20):
            time.sleep(0.25)
            data = _read_manifest(name)
            if data is not None:
                return data
        return {"version": VERSION, "error": "busy"}
    try:
        data = generate(name)
    finally:
        cache.delete(lock)
    return data


def _open_bounded(handle, target_width):
    """Open an image, refusing more pixels than MAX_IMAGE_PIXELS before any pixel is decoded."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(handle)
        width, height = image.size
        if width * height > settings.MAX_IMAGE_PIXELS:
            raise ValueError(f"too many pixels: {width}x{height}")
        if image.format == "JPEG":
            # Decode at 1/2, 1/4 or 1/8 scale when that still leaves the largest rendition's width.
            image.draft("RGB", (target_width, max(1, height * target_width // width)))
        image.load()
    return image


def _to_srgb(image):
    profile = image.info.get("icc_profile")
    if profile and image.mode in {"RGB", "RGBA"}:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=image.mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass
    return image


def _flatten(image):
    image = ImageOps.exif_transpose(image)
    if image.mode in {"RGBA", "LA", "PA"} or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        image = background
    elif image.mode == "CMYK":
        image = image.convert("RGB")
    elif image.mode != "RGB":
        image = _to_srgb(image).convert("RGB")
    else:
        image = _to_srgb(image)
    # A new image carries pixels only: no EXIF, GPS, XMP, ICC or comment survives into what is served.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    return clean


def widths_for(width):
    """Rendition widths for a picture ``width`` pixels wide: never upscaled, the full width included."""
    chosen = [w for w in WIDTHS if w < width]
    if width <= WIDTHS[-1] or not chosen:
        chosen.append(min(width, WIDTHS[-1]))
    elif WIDTHS[-1] not in chosen:
        chosen.append(WIDTHS[-1])
    return sorted(set(chosen))


def generate(name):
    """Make every rendition of the upload ``name`` and write the manifest. Returns the manifest data."""
    folder = _folder(name)
    try:
        with default_storage.open(name, "rb") as handle:
            image = _open_bounded(handle, WIDTHS[-1])
            with image:
                picture = _flatten(image)
    except (FileNotFoundError, UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            ValueError, OSError, SyntaxError, EOFError) as exc:
        logger.warning("No renditions for %s: %s", name, exc)
        data = {"version": VERSION, "error": type(exc).__name__}
        _write(f"{folder}/manifest.json", json.dumps(data).encode())
        return data
    width, height = picture.size
    items = []
    current = picture
    for target in sorted(widths_for(width), reverse=True):
        target_height = max(1, round(height * target / width))
        if current.size != (target, target_height):
            current = current.resize((target, target_height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        entry = {"width": target, "height": target_height}
        for ext, (fmt, options) in FORMATS.items():
            out = io.BytesIO()
            current.save(out, fmt, **options)
            entry[ext] = _write(f"{folder}/w{target}.{ext}", out.getvalue())
        items.append(entry)
    items.sort(key=lambda entry: entry["width"])
    data = {"version": VERSION, "width": width, "height": height, "items": items}
    _write(f"{folder}/manifest.json", json.dumps(data).encode())
    return data


def _write(path, content):
    if default_storage.exists(path):
        default_storage.delete(path)
    return default_storage.save(path, ContentFile(content))


def forget(image):
    """Drop the cached manifest of an image (after its files were removed or regenerated)."""
    name = getattr(image, "name", image)
    if name:
        cache.delete(_cache_key(name))
        _local.pop(_local_key(name), None)
