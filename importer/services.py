"""Writes that turn a recognition into rows: links, documents, officials to verify.

Links are only ever added here, never removed: an editor's manual link survives a re-import, and
recognition is a helper, not the judge of what an article is about.
"""

from dataclasses import dataclass, field

from articles.models import Article, Document, Mention
from core.models import unique_slug
from core.text import slugify_vi
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
    official = Official(full_name=name, needs_verification=True)
    slug = slugify_vi(name, max_length=200) or "nhan-vat"
    # The plain slug when free, by an indexed lookup; the model's own numbered search otherwise.
    official.slug = unique_slug(Official, name) if Official.objects.filter(slug=slug).exists() else slug
    official.save()
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
    """Link cited documents, creating their rows; return them. ``lexicon`` caches them across articles."""
    cache = lexicon.documents if lexicon is not None else {}
    found = []
    for cited in documents:
        if cited.key not in cache:
            cache[cited.key] = document_get_or_create(cited=cited)
        found.append(cache[cited.key])
    article_add_links(Article.documents.through, article, "document_id", [d.pk for d in found])
    return found


@dataclass
class Links:
    """What ``article_link_recognition`` added: enough to describe the article without reading it back."""

    province_ids: list = field(default_factory=list)
    topic_ids: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    created_officials: list = field(default_factory=list)


def article_link_recognition(*, article, recognition, lexicon, create_officials=True, remember=True, new=False,
                             staging=None):
    """Link what ``recognition`` found to ``article``; create unknown officials for verification.

    Namesakes ("ambiguous") are left for an editor to choose.
    ``remember=False`` (a dry run, rolled back) keeps the lexicon's caches free of rows that will vanish;
    ``new=True`` says the article was just created, so it has no mentions to read first;
    ``staging`` (an importer's) receives the link rows to write them in bulk later.
    """
    province_ids = list(dict.fromkeys(h.id for h in recognition.provinces))
    topic_ids = list(dict.fromkeys(h.id for h in recognition.topics))
    documents = []
    cache = lexicon.documents if remember else {}
    for cited in recognition.documents:
        if cited.key not in cache:
            cache[cited.key] = document_get_or_create(cited=cited)
        if cache[cited.key] not in documents:
            documents.append(cache[cited.key])
    if staging is not None:
        staging.link("provinces", article, province_ids)
        staging.link("topics", article, topic_ids)
        staging.link("documents", article, [d.pk for d in documents])
    else:
        article_add_links(Article.provinces.through, article, "province_id", province_ids)
        article_add_links(Article.topics.through, article, "topic_id", topic_ids)
        article_add_links(Article.documents.through, article, "document_id", [d.pk for d in documents])
    links = Links(province_ids=province_ids, topic_ids=topic_ids, documents=documents)
    existing = {} if new else dict(Mention.objects.filter(article=article).values_list("official_id", "position"))
    position = max(existing.values(), default=-1) + 1
    for finding in recognition.officials:
        official = None
        if finding.official_id is not None:
            official = Official(pk=finding.official_id, full_name=finding.official_name or finding.name)
        elif finding.status in {"unknown", "different"} and create_officials:
            official = official_create_unverified(name=finding.name, title=finding.title)
            if remember:
                lexicon.officials.remember(official.pk, official.full_name)
            finding.official_id, finding.official_name = official.pk, official.full_name
            links.created_officials.append(official)
        if official is None or official.pk in existing:
            continue
        links.mentions.append(Mention(article=article, official=official, title_as_printed=finding.title[:500],
                                      position=position))
        existing[official.pk] = position
        position += 1
    if staging is not None:
        staging.mentions.extend(links.mentions)
    else:
        Mention.objects.bulk_create(links.mentions)
    return links


def article_add_links(through, article, column, ids):
    """Link ``article`` to rows by id through a many-to-many table; existing links are kept, not doubled."""
    ids = list(dict.fromkeys(i for i in ids if i is not None))
    if ids:
        through.objects.bulk_create([through(article_id=article.pk, **{column: i}) for i in ids], ignore_conflicts=True)
    return ids
