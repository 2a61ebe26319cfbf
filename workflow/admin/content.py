"""Turn a validated admin change form and its inlines into a content snapshot for the workflow service.

Nothing here writes to the article's rows: new photo files are stored, everything else is described, and the
service decides whether the snapshot becomes the article (drafts) or waits for approval (live articles).
"""

import copy

from django.core.files import File
from django.core.files.storage import default_storage
from django.db.models.fields.files import FieldFile
from PIL import Image

from articles.models import Mention, Photo
from articles.models.photos import photo_upload_to
from workflow.selectors import pending_revision
from workflow.snapshots import RELATED_FIELDS, SCALAR_FIELDS, article_for_snapshot, article_snapshot, empty_snapshot


def current_content(article):
    """What the edit form shows: a live article's pending proposal if there is one, else its rows."""
    if article is None or article.pk is None:
        return empty_snapshot()
    pending = pending_revision(article)
    if pending is not None:
        return copy.deepcopy(pending.snapshot)
    return article_snapshot(article_for_snapshot(article.pk))


def store_upload(upload):
    """Save a new photo file under a random name; return (name, width, height)."""
    upload.seek(0)
    with Image.open(upload) as image:
        width, height = image.size
    upload.seek(0)
    name = default_storage.save(photo_upload_to(None, upload.name or "anh.jpg"), upload)
    return name, width, height


def _sizes(base, formset):
    sizes = {p["image"]: (p.get("width"), p.get("height")) for p in base.get("photos", []) if p.get("image")}
    for form in formset.forms:
        instance = form.instance
        if instance.pk and instance.image:
            sizes.setdefault(instance.image.name, (instance.width, instance.height))
    return sizes


def _kept_forms(formset):
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None)
        if not data or data.get("DELETE"):
            continue
        yield form, data


def _own_id(form, formset):
    instance = form.instance
    return instance.pk if instance.pk and instance.article_id == formset.instance.pk else None


def _photos(formset, base):
    sizes = _sizes(base, formset)
    photos = []
    for form, data in _kept_forms(formset):
        image = data.get("image")
        width = height = None
        if isinstance(image, FieldFile):
            name = image.name or ""
            width, height = sizes.get(name, (None, None))
        elif isinstance(image, File):
            name, width, height = store_upload(image)
        elif isinstance(image, str):
            name = image
            width, height = sizes.get(name, (None, None))
        else:  # cleared, or a caption waiting for its photo
            name = ""
        caption = data.get("caption", "")
        photos.append({
            "id": _own_id(form, formset), "image": name, "width": width, "height": height, "caption": caption,
            "credit": data.get("credit", ""), "alt_text": data.get("alt_text") or caption,
            "position": data.get("position") or 0, "is_featured": bool(data.get("is_featured")),
        })
    return photos


def _officials(formset):
    officials, seen = [], set()
    for _form, data in _kept_forms(formset):
        official = data.get("official")
        if official is None or official.pk in seen:
            continue
        seen.add(official.pk)
        officials.append({"official": official.pk, "name": official.full_name,
                          "title": data.get("title_as_printed", ""), "position": data.get("position") or 0})
    return officials


def content_from_forms(form, formsets, *, base):
    """The snapshot the user asked for: ``base`` (what the form showed) updated with what they submitted."""
    content = copy.deepcopy(base)
    data = form.cleaned_data
    for field in SCALAR_FIELDS:
        if field in data:
            content[field] = data[field] or ""
    if "event_date" in data:
        content["event_date"] = data["event_date"].isoformat() if data["event_date"] else None
    for name in RELATED_FIELDS:
        if name in data:
            content[name] = [{"id": obj.pk, "name": obj.title if name == "documents" else str(obj)} for obj in data[name]]
    for formset in formsets:
        if formset.model is Photo:
            content["photos"] = _photos(formset, base)
        elif formset.model is Mention:
            content["officials"] = _officials(formset)
    return content
