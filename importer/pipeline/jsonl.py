"""Reading an export back (its format: ``importer.exchange``): each line becomes an article in the queue again."""

import hashlib
import json

from django.contrib.auth import get_user_model
from django.utils.dateparse import parse_date, parse_datetime

from articles.models import Article, Document, Mention, Status, Topic
from core.text import fold
from importer.exchange.export import CONTENT_KEYS, FORMAT, article_record, export_queryset
from importer.pipeline.base import Outcome, Result
from importer.reading import max_bytes
from importer.recognition.documents import CitedDocument
from importer.services import article_add_links, document_get_or_create
from people.models import Official, Organisation, Position
from places.models import Province


def _content(record):
    content = {key: record.get(key) for key in CONTENT_KEYS}
    content["photos"] = [{k: v for k, v in p.items() if k not in {"file"}} | {"has_file": bool(p.get("file"))}
                         for p in record.get("photos") or []]
    return content


def record_hash(record, photo_bytes):
    digest = hashlib.sha256(json.dumps(_content(record), ensure_ascii=False, sort_keys=True).encode("utf-8"))
    for data in photo_bytes:
        digest.update(b"\x00photo\x00")
        digest.update(data or b"")
    return digest.hexdigest()


def _date(value):
    return parse_date(value) if value else None


def _datetime(value):
    return parse_datetime(value) if value else None


class RecordError(ValueError):
    pass


def import_jsonl(path, *, importer):

    limit = max_bytes()
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield importer.finish(Result(str(path), Outcome.FAILED, message=f"Không đọc được tệp: {exc.strerror}."))
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            key = str(path.resolve())[-500:]
            if len(raw) > limit:
                yield importer.finish(Result(key, Outcome.FAILED, line=number, message="Dòng quá dài."))
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig"))
                yield import_record(record, key=key, line=number, base=path.parent, importer=importer)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield importer.finish(Result(key, Outcome.FAILED, line=number, message=f"Dòng không phải JSON hợp lệ: {exc}."))
            except RecordError as exc:
                yield importer.finish(Result(key, Outcome.FAILED, line=number, message=str(exc)))


def _photo_files(record, base):
    files = []
    for item in record.get("photos") or []:
        name = item.get("file")
        if not name:
            files.append(None)
            continue
        candidate = (base / name).resolve()
        if base.resolve() not in candidate.parents or not candidate.is_file():
            files.append(None)
            continue
        files.append((candidate, candidate.read_bytes()))
    return files


def import_record(record, *, key, line, base, importer):
    if not isinstance(record, dict) or not isinstance(record.get("title"), str) or not record["title"].strip():
        raise RecordError("Bản ghi thiếu tiêu đề.")
    if record.get("format", FORMAT) != FORMAT:
        raise RecordError(f"Định dạng “{record.get('format')}” không được hỗ trợ.")
    photo_files = _photo_files(record, base)
    digest = record_hash(record, [f[1] if f else b"" for f in photo_files])
    result = Result(key, Outcome.CREATED, line=line, title=record["title"], content_hash=digest,
                    headline_key=fold(record["title"])[:300])
    missing = [p.get("file") for p, f in zip(record.get("photos") or [], photo_files, strict=True) if p.get("file") and not f]
    known = importer.known_hash(digest)
    existing = Article.objects.filter(slug=record.get("slug") or "").first()
    if not known and existing is not None and _content(article_record(
        export_queryset().get(pk=existing.pk), photo_names=None,
    )) == _content(record):
        known = existing.pk
    if known:
        result.outcome, result.article_id = Outcome.UNCHANGED, known
        return importer.finish(result)
    if missing:
        result.notes.append(f"Không thấy tệp ảnh: {', '.join(missing)}; chú thích được giữ, chờ ảnh.")
    if record.get("status") not in (None, Status.DRAFT, Status.SUBMITTED):
        result.notes.append(f"Trạng thái gốc “{record.get('status')}” không khôi phục: bài vào hàng chờ duyệt.")
    fields = {
        "title": record["title"], "lead": record.get("lead") or "", "body": record.get("body") or "",
        "byline": (record.get("byline") or "")[:200], "event_date": _date(record.get("event_date")),
    }
    # What comes back of the status is the workflow's decision (article_restore_save): never a public one.
    restore = {
        "status": record.get("status"), "publish_at": _datetime(record.get("publish_at")),
        "first_published_at": _datetime(record.get("first_published_at")),
    }
    extra = {"source": (record.get("source") or importer.options.source)[:200]}
    slug = record.get("slug") or ""
    same = existing is not None and _same_article(existing, record, result)
    if slug and existing is None:
        extra["slug"] = slug
    elif slug and not same:
        result.notes.append(f"Đường dẫn “{slug}” đã có bài khác dùng: tạo đường dẫn mới.")
    previous = existing.pk if same else None
    User = get_user_model()
    for field in ("author", "last_edited_by"):
        username = record.get(field) or ""
        user = User.objects.filter(**{User.USERNAME_FIELD: username}).first() if username else None
        if user is not None:
            extra[field] = user
        elif username:
            result.notes.append(f"Không có tài khoản “{username}” ({field}).")
    photos = [{"caption": p.get("caption") or "", "credit": p.get("credit") or "", "alt_text": p.get("alt_text") or "",
               "is_featured": bool(p.get("is_featured"))} for p in record.get("photos") or []]
    revisions = record.get("revisions") or []
    if revisions:
        result.notes.append({"revisions": revisions})

    def link(article):
        if record.get("created_at"):
            Article.objects.filter(pk=article.pk).update(created_at=_datetime(record["created_at"]))
        return _link_record(article, record, importer)

    return importer.store(result, fields=fields, photos=photos, photo_files=photo_files, recognition=None,
                          extra=extra, restore=restore, link=link, previous=previous)


def _same_article(existing, record, result):
    """An article with the record's slug is the record's article when it is the very article exported
    (same id or same headline) or an earlier import of this export made it."""
    return (
        existing.pk == record.get("id") or fold(existing.title) == result.headline_key
        or existing.import_records.filter(path=result.path, line=result.line).exists()
    )


def _link_record(article, record, importer):

    notes = []
    slugs = [p.get("slug") for p in record.get("provinces") or []]
    provinces = dict(Province.objects.filter(slug__in=slugs).values_list("slug", "id"))
    notes += [f"Không có tỉnh “{s}”." for s in slugs if s not in provinces]
    article_add_links(Article.provinces.through, article, "province_id", [provinces.get(s) for s in slugs])

    topic_ids = []
    for item in record.get("topics") or []:
        topic = Topic.objects.filter(slug=item.get("slug")).first() or Topic.objects.filter(name=item.get("name")).first()
        if topic is None and item.get("name"):
            topic = Topic.objects.create(name=item["name"], slug=item.get("slug") or "")
            notes.append(f"Tạo chủ đề “{topic.name}”.")
        if topic:
            topic_ids.append(topic.pk)
    article_add_links(Article.topics.through, article, "topic_id", topic_ids)

    document_ids = []
    for item in record.get("documents") or []:
        if not item.get("key"):
            continue
        document = document_get_or_create(cited=CitedDocument(
            key=item["key"], number=item.get("number") or "", kind=item.get("kind") or "",
            title=item.get("title") or item["key"], issuer=item.get("issuer") or "", year=item.get("year"),
        ))
        document_ids.append(document.pk)
    article_add_links(Article.documents.through, article, "document_id", document_ids)
    if Document.objects.filter(pk__in=document_ids).count() != len(set(document_ids)):
        notes.append("Một số văn bản không lưu được.")

    existing = set(Mention.objects.filter(article=article).values_list("official_id", flat=True))
    mentions = []
    for item in record.get("officials") or []:
        official = _official_for(item, importer)
        if official is None or official.pk in existing:
            continue
        existing.add(official.pk)
        mentions.append(Mention(article=article, official=official, title_as_printed=item.get("title_as_printed") or "",
                                position=item.get("position") or 0))
    Mention.objects.bulk_create(mentions)
    return notes


def _official_for(item, importer):
    name = item.get("name") or ""
    if not name.strip():
        return None
    by_slug = Official.objects.filter(slug=item.get("slug") or "").first()
    if by_slug is not None and by_slug.name_folded == fold(name):
        return by_slug
    status, match = importer.lexicon.officials.match(name)
    if status == "linked":
        return Official.objects.get(pk=match.id)
    official = Official(full_name=name, needs_verification=bool(item.get("needs_verification", True)))
    if item.get("slug") and by_slug is None:
        official.slug = item["slug"]
    official.save()
    for position in item.get("positions") or []:
        organisation = None
        if position.get("organisation"):
            organisation = Organisation.objects.filter(name=position["organisation"]).first() or \
                Organisation.objects.create(name=position["organisation"])
        Position.objects.create(
            official=official, title=(position.get("title") or "")[:255], organisation=organisation,
            start_date=_date(position.get("start_date")), end_date=_date(position.get("end_date")),
        )
    if not importer.options.dry_run:
        importer.lexicon.officials.remember(official.pk, official.full_name)
    return official

