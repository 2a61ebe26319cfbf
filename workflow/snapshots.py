"""Article content as a JSON snapshot: taken from the rows, applied back to them, or rendered for preview.

One shape serves revisions, pending changes to live articles, restores and previews, so what a moderator
reviews is exactly what approval writes.
"""

import copy
import datetime

from django.db.models import Prefetch

from articles.models import Article, Document, Mention, Photo, Topic
from people.models import Official
from places.models import Province

SCALAR_FIELDS = ["title", "slug", "lead", "body", "byline", "source"]
RELATED_FIELDS = {"provinces": Province, "topics": Topic, "documents": Document}


def article_for_snapshot(pk):
    """The article with everything a snapshot reads, in a fixed number of queries."""
    return Article.objects.prefetch_related(
        "provinces", "topics", "documents", "photos",
        Prefetch("mentions", queryset=Mention.objects.select_related("official").order_by("position", "id")),
    ).get(pk=pk)


def empty_snapshot():
    return {**dict.fromkeys(SCALAR_FIELDS, ""), "event_date": None, "provinces": [], "topics": [], "documents": [],
            "officials": [], "photos": []}


def article_snapshot(article):
    """The content of ``article`` as stored now, as plain JSON."""
    snapshot = {field: getattr(article, field) or "" for field in SCALAR_FIELDS}
    snapshot["event_date"] = article.event_date.isoformat() if article.event_date else None
    snapshot["provinces"] = [{"id": p.id, "name": str(p)} for p in article.provinces.all()]
    snapshot["topics"] = [{"id": t.id, "name": t.name} for t in article.topics.all()]
    snapshot["documents"] = [{"id": d.id, "name": d.title} for d in article.documents.all()]
    snapshot["officials"] = [
        {"official": m.official_id, "name": m.official.full_name, "title": m.title_as_printed, "position": m.position}
        for m in sorted(article.mentions.all(), key=lambda m: (m.position, m.id))
    ]
    snapshot["photos"] = [photo_snapshot(p) for p in sorted(article.photos.all(), key=lambda p: (p.position, p.id))]
    return snapshot


def photo_snapshot(photo):
    return {
        "id": photo.id,
        "image": photo.image.name if photo.image else "",
        "width": photo.width,
        "height": photo.height,
        "caption": photo.caption,
        "credit": photo.credit,
        "alt_text": photo.alt_text,
        "position": photo.position,
        "is_featured": photo.is_featured,
    }


def _event_date(snapshot):
    value = snapshot.get("event_date")
    return datetime.date.fromisoformat(value) if value else None


def _existing_ids(model, items):
    wanted = [item["id"] for item in items]
    return list(model.objects.filter(id__in=wanted).values_list("id", flat=True))


def snapshot_apply(article, snapshot):
    """Write ``snapshot`` into the article's rows. Things deleted since the snapshot was taken are skipped.

    Photo files are never deleted with their rows, so restoring an old revision brings its photos back.
    """
    for field in SCALAR_FIELDS:
        setattr(article, field, snapshot.get(field, "") or "")
    # Another article may have taken the slug since the snapshot; keep ours rather than fail the approval.
    if article.slug and Article.objects.exclude(pk=article.pk).filter(slug=article.slug).exists():
        article.slug = Article.objects.filter(pk=article.pk).values_list("slug", flat=True).first() or ""
    article.event_date = _event_date(snapshot)
    article.save()
    for name, model in RELATED_FIELDS.items():
        getattr(article, name).set(_existing_ids(model, snapshot.get(name, [])))

    officials = {o["official"]: o for o in snapshot.get("officials", [])}
    present = set(Official.objects.filter(id__in=officials).values_list("id", flat=True))
    article.mentions.exclude(official_id__in=present).delete()
    for official_id in present:
        item = officials[official_id]
        Mention.objects.update_or_create(
            article=article, official_id=official_id,
            defaults={"title_as_printed": item.get("title", ""), "position": item.get("position", 0)},
        )

    photos = snapshot.get("photos", [])
    keep = {p["id"] for p in photos if p.get("id")}
    article.photos.exclude(id__in=keep).delete()
    # Clear the featured flag first: the one-featured constraint holds after every single UPDATE.
    article.photos.update(is_featured=False)
    existing = {p.id: p for p in article.photos.all()}
    for item in photos:
        photo = existing.get(item.get("id")) or Photo(article=article)
        # Bypass the ImageField descriptor: it would re-open the file to measure it, and the snapshot already
        # holds the measured size.
        photo.__dict__["image"] = item.get("image", "")
        photo.width, photo.height = item.get("width"), item.get("height")
        for field in ("caption", "credit", "alt_text", "position", "is_featured"):
            setattr(photo, field, item.get(field, photo._meta.get_field(field).get_default()))
        photo.save()
    return article


def _with_cache(queryset, objects):
    queryset._result_cache = list(objects)
    queryset._prefetch_done = True
    return queryset


def snapshot_as_article(article, snapshot):
    """An unsaved copy of ``article`` that looks like ``snapshot`` to templates, for previews.

    Related lists are pre-filled caches, so ``article.photos.all`` and friends show the snapshot, not the rows.
    """
    preview = copy.copy(article)
    preview._state = copy.copy(article._state)
    for field in SCALAR_FIELDS:
        setattr(preview, field, snapshot.get(field, "") or "")
    preview.event_date = _event_date(snapshot)
    cache = {}
    for name, model in RELATED_FIELDS.items():
        ids = [item["id"] for item in snapshot.get(name, [])]
        found = model.objects.in_bulk(ids)
        cache[name] = _with_cache(model.objects.none(), [found[i] for i in ids if i in found])
    officials = Official.objects.in_bulk([o["official"] for o in snapshot.get("officials", [])])
    cache["mentions"] = _with_cache(Mention.objects.none(), [
        Mention(official=officials[o["official"]], title_as_printed=o.get("title", ""), position=o.get("position", 0))
        for o in snapshot.get("officials", []) if o["official"] in officials
    ])
    cache["photos"] = _with_cache(Photo.objects.none(), [
        Photo(id=p.get("id"), image=p.get("image", ""), width=p.get("width"), height=p.get("height"),
              caption=p.get("caption", ""), credit=p.get("credit", ""), alt_text=p.get("alt_text") or p.get("caption", ""),
              position=p.get("position", 0), is_featured=p.get("is_featured", False))
        for p in snapshot.get("photos", [])
    ])
    preview._prefetched_objects_cache = cache
    preview.__dict__.pop("featured_photos", None)
    return preview
