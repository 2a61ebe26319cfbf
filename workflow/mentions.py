"""Checks on "Nhân vật trong bài": does each title as printed still match what the article says?

A correction that changes a title in the body ("Phó Bí thư" becomes "Bí thư") leaves the mention box with the old
title, and readers then see two titles for one person. These functions only read; the change form and the
warnings before approval show what they find.
"""

import dataclasses
import html
import re

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from core.text import nfc, tone_fold

# A title is often several, joined: "Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương".
_TITLE_PARTS = re.compile(r"\s*[,;]\s*")
# Words that, placed just before a title, make it another one ("Phó Bí thư" is not "Bí thư").
_RANK_PREFIXES = ("phó", "nguyên", "quyền", "ủy viên", "uỷ viên")


@dataclasses.dataclass(frozen=True)
class TitleMismatch:
    official_id: int
    name: str
    title: str  # as in the mention box
    missing: tuple  # the parts of that title the text no longer contains

    @property
    def message(self):
        return _("“%(name)s”: chức danh trong ô Nhân vật trong bài (“%(title)s”) không còn khớp với nội dung bài "
                 "(không thấy “%(missing)s”).") % {"name": self.name, "title": self.title,
                                                   "missing": "”, “".join(self.missing)}


_NOT_WORD = re.compile(r"[^\w]+")


def _words(value):
    """``value`` as folded words between single spaces: no punctuation, case or tone placement left to differ."""
    return f" {tone_fold(_NOT_WORD.sub(' ', nfc(value)))} "


def _plain(*parts):
    return _words(" ".join(html.unescape(strip_tags(part or "")) for part in parts))


_PREFIXES = tuple(_words(prefix).rstrip() for prefix in _RANK_PREFIXES)


def _says(text, phrase):
    """``phrase`` stands in ``text`` as itself, not as the tail of a longer title such as "Phó …"."""
    phrase = _words(phrase)
    if phrase.strip() == "":
        return True
    start = 0
    while (index := text.find(phrase, start)) >= 0:
        if not text[:index].endswith(_PREFIXES):
            return True
        start = index + 1
    return False


def title_mismatches_in(*, title, lead, body, officials):
    """The mismatches for plain data: the article's texts (``body`` may be HTML) and its officials as a snapshot
    holds them (``[{"official": id, "name": …, "title": …}]``). See ``title_mismatches``."""
    text = _plain(title, lead, body)
    found = []
    for item in officials:
        printed = " ".join((item.get("title") or "").split())
        name = item.get("name") or ""
        if not printed or not name or not _says(text, name):
            continue  # nothing to compare: no title given, or the person is not named in the text
        parts = [part for part in _TITLE_PARTS.split(printed) if part]
        missing = tuple(part for part in parts if not _says(text, part))
        if missing:
            found.append(TitleMismatch(item.get("official"), name, printed, missing))
    return found


def title_mismatches(article):
    """The officials in the article's "Nhân vật trong bài" whose title as printed the article's text contradicts.

    For each mention with a title, whose official is named in the headline, lead or body: every part of the title
    (split at commas and semicolons) must appear in that text, as itself; "Bí thư Tỉnh ủy" found only inside
    "Phó Bí thư Tỉnh ủy" does not count. Comparison ignores case, spacing, HTML and where the tone mark sits.
    A mention whose official the text never names, or that has no title, is not checked (nothing to compare).

    Reads ``article.mentions`` (one query unless prefetched) and writes nothing. Returns a list of
    ``TitleMismatch`` (official_id, name, title, missing parts, and ``message``: a sentence in Vietnamese for the
    editor), empty when all agree. For a live article's pending proposal use ``snapshot_title_mismatches``.
    """
    mentions = article.mentions.select_related("official").order_by("position", "id") if article.pk else []
    officials = [{"official": m.official_id, "name": m.official.full_name, "title": m.title_as_printed}
                 for m in mentions]
    return title_mismatches_in(title=article.title, lead=article.lead, body=article.body, officials=officials)


def snapshot_title_mismatches(snapshot):
    """``title_mismatches`` for a snapshot (a revision, a pending change to a live article)."""
    return title_mismatches_in(title=snapshot.get("title", ""), lead=snapshot.get("lead", ""),
                               body=snapshot.get("body", ""), officials=snapshot.get("officials", []))
