"""Writing the export: one JSON line per article, photos copied into a folder beside it."""

import json
from pathlib import Path

from django.db.models import Prefetch

from articles.models import Article, Mention
from importer.models import ImportRecord
from people.models import Position
from workflow.selectors import revision_summaries

FORMAT = "newsroom-article/1"
# What counts as the content of a record: changing any of these makes a new version.
CONTENT_KEYS = (
    "title", "slug", "lead", "body", "byline", "source", "event_date", "publish_at", "first_published_at",
    "provinces", "topics", "officials", "documents", "photos",
)


def _iso(value):
    return value.isoformat() if value else None


def _photo_name(article, photo, index):
    ext = Path(photo.image.name).suffix.lower() or ".jpg"
    return f"photos/{article.slug}-{index + 1}{ext}"


def imported_revisions(article):
    """The revision history an earlier export carried in for ``article``, if it came from one."""
    for notes in ImportRecord.objects.filter(article=article).exclude(notes=[]).order_by("-id").values_list(
        "notes", flat=True
    )[:20]:
        for note in notes:
            if isinstance(note, dict) and "revisions" in note:
                return note["revisions"]
    return []


def article_record(article, *, photo_names=None, history=False):
    """The export record of ``article`` (prefetched as ``export_queryset`` does); ``history``: with the
    workflow's revisions (a query per article, which comparing contents does not need)."""
    photos = []
    for index, photo in enumerate(sorted(article.photos.all(), key=lambda p: (p.position, p.id))):
        name = photo_names.get(photo.pk) if photo_names is not None else (
            _photo_name(article, photo, index) if photo.image else None
        )
        photos.append({
            "file": name, "caption": photo.caption, "credit": photo.credit, "alt_text": photo.alt_text,
            "position": photo.position, "is_featured": photo.is_featured, "width": photo.width,
            "height": photo.height,
        })
    officials = []
    for mention in sorted(article.mentions.all(), key=lambda m: (m.position, m.id)):
        official = mention.official
        officials.append({
            "name": official.full_name, "slug": official.slug, "title_as_printed": mention.title_as_printed,
            "position": mention.position, "needs_verification": official.needs_verification,
            "positions": [
                {"title": p.title, "organisation": p.organisation.name if p.organisation else "",
                 "start_date": _iso(p.start_date), "end_date": _iso(p.end_date)}
                for p in official.positions.all()
            ],
        })
    revisions = imported_revisions(article) + (revision_summaries(article) if history else [])
    return {
        "format": FORMAT, "id": article.pk, "slug": article.slug, "title": article.title, "lead": article.lead,
        "body": article.body, "byline": article.byline, "source": article.source,
        "event_date": _iso(article.event_date), "status": article.status, "publish_at": _iso(article.publish_at),
        "first_published_at": _iso(article.first_published_at), "created_at": _iso(article.created_at),
        "updated_at": _iso(article.updated_at), "version": article.version,
        "author": article.author.get_username() if article.author else None,
        "last_edited_by": article.last_edited_by.get_username() if article.last_edited_by else None,
        "content_hash": article.content_hash, "import_path": article.import_path,
        "provinces": [{"slug": p.slug, "name": p.name} for p in sorted(article.provinces.all(), key=lambda p: p.slug)],
        "topics": [{"slug": t.slug, "name": t.name} for t in sorted(article.topics.all(), key=lambda t: t.slug)],
        "documents": [
            {"key": d.key, "number": d.number, "kind": d.kind, "title": d.title, "issuer": d.issuer, "year": d.year,
             "slug": d.slug}
            for d in sorted(article.documents.all(), key=lambda d: d.key)
        ],
        "officials": officials,
        "photos": photos,
        "revisions": revisions,
    }


def export_queryset():
    return Article.objects.select_related("author", "last_edited_by").prefetch_related(
        "provinces", "topics", "documents", "photos",
        Prefetch("mentions", queryset=Mention.objects.select_related("official").prefetch_related(
            Prefetch("official__positions", queryset=Position.objects.select_related("organisation"))
        )),
    ).order_by("pk")


def articles_export(*, out_dir, queryset=None):
    """Write ``out_dir/articles.jsonl`` and ``out_dir/photos/``; return (articles, photos, missing files)."""
    out_dir = Path(out_dir)
    (out_dir / "photos").mkdir(parents=True, exist_ok=True)
    counts = [0, 0, 0]
    with (out_dir / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for article in (queryset if queryset is not None else export_queryset()).iterator(chunk_size=200):
            names = {}
            for index, photo in enumerate(sorted(article.photos.all(), key=lambda p: (p.position, p.id))):
                if not photo.image:
                    continue
                name = _photo_name(article, photo, index)
                try:
                    with photo.image.open("rb") as source:
                        (out_dir / name).write_bytes(source.read())
                except OSError:
                    counts[2] += 1
                    name = None
                else:
                    counts[1] += 1
                names[photo.pk] = name
            record = article_record(article, photo_names=names, history=True)
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            counts[0] += 1
    return tuple(counts)
