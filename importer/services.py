"""Writes that turn a recognition into rows: links, documents, officials to verify.

Links are only ever added here, never removed: an editor's manual link survives a re-import, and
recognition is a helper, not the judge of what an article is about.
"""

from articles.models import Article, Document, Mention
from importer.recognition.names import TITLE_WORDS
from people.models import Official, Position


def split_titles(title):
    """"Ủy viên Trung ương Đảng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch" -> the two positions.

    A comma starts a new position only when a title word follows it; otherwise it belongs to the
    name of an organisation.
    """
    positions = []
    for part in (p.strip() for p in title.split(",")):
        if not part:
            continue
        if positions and part.split()[0] not in TITLE_WORDS:
            positions[-1] = f"{positions[-1]}, {part}"
        else:
            positions.append(part)
    return positions


def official_create_unverified(*, name, title=""):
    """An official the text names but the newsroom does not know yet, flagged "cần xác minh"."""
    official = Official.objects.create(full_name=name, needs_verification=True)
    Position.objects.bulk_create([Position(official=official, title=t[:255]) for t in split_titles(title)])
    return official


def document_get_or_create(*, cited):
    """The Document row for a cited document; fills in facts an older row was missing."""
    document, created = Document.objects.get_or_create(
        key=cited.key,
        defaults={"number": cited.number, "kind": cited.kind, "title": cited.title[:300], "issuer": cited.issuer,
                  "year": cited.year},
    )
    if not created:
        missing = {f: getattr(cited, f) for f in ("kind", "issuer", "year") if getattr(cited, f) and not getattr(document, f)}
        if missing:
            for field, value in missing.items():
                setattr(document, field, value)
            document.save(update_fields=list(missing))
    return document


def article_link_documents(*, article, documents, lexicon=None):
    """Link cited documents, creating their rows. ``lexicon`` caches document ids across articles."""
    cache = lexicon.documents if lexicon is not None else {}
    ids = []
    for cited in documents:
        if cited.key not in cache:
            cache[cited.key] = document_get_or_create(cited=cited).pk
        ids.append(cache[cited.key])
    _add_links(Article.documents.through, article, "document_id", ids)
    return ids


def article_link_recognition(*, article, recognition, lexicon, create_officials=True, remember=True):
    """Link what ``recognition`` found to ``article``; create unknown officials for verification.

    Returns the officials created. Namesakes ("ambiguous") are left for an editor to choose.
    ``remember=False`` (a dry run, rolled back) keeps the lexicon's caches free of rows that will vanish.
    """
    _add_links(Article.provinces.through, article, "province_id", [hit.id for hit in recognition.provinces])
    _add_links(Article.topics.through, article, "topic_id", [hit.id for hit in recognition.topics])
    article_link_documents(article=article, documents=recognition.documents, lexicon=lexicon if remember else None)
    created, mentions = [], []
    existing = dict(Mention.objects.filter(article=article).values_list("official_id", "position"))
    position = max(existing.values(), default=-1) + 1
    for finding in recognition.officials:
        official_id = finding.official_id
        if official_id is None and finding.status in {"unknown", "different"} and create_officials:
            official = official_create_unverified(name=finding.name, title=finding.title)
            if remember:
                lexicon.officials.remember(official.pk, official.full_name)
            finding.official_id = official_id = official.pk
            created.append(official)
        if official_id is None or official_id in existing:
            continue
        mentions.append(Mention(article=article, official_id=official_id, title_as_printed=finding.title[:500],
                                position=position))
        existing[official_id] = position
        position += 1
    Mention.objects.bulk_create(mentions)
    return created


def _add_links(through, article, column, ids):
    ids = list(dict.fromkeys(i for i in ids if i is not None))
    if ids:
        through.objects.bulk_create([through(article_id=article.pk, **{column: i}) for i in ids], ignore_conflicts=True)
