"""The small shared pieces of an import: options, one report line, hashing, slugs."""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from articles.models import Article
from core.models import unique_slug
from core.text import slugify_vi
from importer.models import ImportRecord

Outcome = ImportRecord.Outcome

# An import files a report under its best few topics (recognition ranks them); the others stay suggestions on the
# change form (importer.recognition.suggest_for_article). Capped here too, whatever recognition's own tuning.
MAX_IMPORTED_TOPICS = 3


@dataclass
class Options:
    year: int | None = None
    source: str = ""
    user: object = None
    dry_run: bool = False


@dataclass
class Result:
    """One line of the report."""

    path: str
    outcome: str
    message: str = ""
    article_id: int | None = None
    title: str = ""
    line: int | None = None
    notes: list = field(default_factory=list)
    content_hash: str = ""
    headline_key: str = ""
    converted: str = ""  # the legacy encodings (TCVN3, VNI) the source was converted from


def content_hash(text, photos=()):
    """sha256 of the normalised text and the photo bytes: the same report saved again hashes the same."""
    digest = hashlib.sha256(text.encode("utf-8"))
    for data in photos:
        digest.update(b"\x00photo\x00")
        digest.update(data)
    return digest.hexdigest()


def path_key(path):
    return str(Path(path).resolve())[-500:]


def plain_slug(title):
    """The slug ``Article.save()`` would give ``title`` if it were free."""
    return slugify_vi(" ".join(title.split())[:300], max_length=200) or "muc"


def free_slug(title, *, taken=None):
    """The slug ``Article.save()`` would choose (``base``, ``base-2``, ``base-3``…), found by indexed lookups.

    ``unique_slug`` runs a prefix LIKE that SQLite cannot answer from an index, which grows with the table
    on every article; ``taken`` (plain slugs known to exist, looked up for a whole batch at once) spares even
    the lookup when the plain slug is free.
    """
    base = plain_slug(title)
    if taken is not None and base not in taken:
        taken.add(base)
        return base
    candidates = [base] + [f"{base}-{n}" for n in range(2, 22)]
    existing = set(Article.objects.filter(slug__in=candidates).values_list("slug", flat=True))
    for candidate in candidates:
        if candidate not in existing and (taken is None or candidate not in taken):
            if taken is not None:
                taken.add(candidate)
            return candidate
    return unique_slug(Article, title, max_length=200)
