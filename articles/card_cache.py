"""Article cards drawn once per change of what they show, not once per request.

A card (articles/templatetags/cards.py) shows an article's headline, lead, publish date, featured photo (with its
renditions) and provinces. The home page shows 51 of them and a list 20; drawing them, and building the Article
instances they are drawn from, was about half of those pages' server time. ``Cards`` gives a page's cards together:
one read of the tag versions, one ``get_many``, and for the missing cards alone one query of their rows
(``for_cards()``, two prefetches). A page whose cards are all cached builds no Article at all: the lists' paginators
(articles/paginators.py) and the home page give ids.

**Key.** The article, the card's variant (featured, eager, compact), the official whose page lists it (the card
names them before the title the article printed for them), the language, the time zone, the script prefix,
MEDIA_URL, and the code that draws a card (the source of the card, picture and rendition modules): a deploy that
changes the markup draws new cards.

**Staleness.** The page cache's tag versions decide (core/cache.py, core/cache_purge.py). A card is stored with
the versions of ``article:<id>`` and ``public`` it was drawn under, and used only while both are still current.
Every change of what a card shows purges one of them (articles/signals.py, articles/cache_tags.py): an edit, a
withdrawal, a photo or a province link added or removed, a mention's printed title or an official's name purge
``article:<id>``; a province renamed (or any province, topic or organisation saved) purges ``public``. The versions
are read before the rows: a card drawn from rows read after a purge is stored under the version before it and
never used, and a change not yet committed is purged again when it commits. A version nobody knows (never purged,
or lost with Redis) is settled as the page cache settles it, to the purge sequence read before the rows; with
the versions in a file (local memory), a tag is forgotten PUBLIC_CACHE_SECONDS + 60 s after its last purge, so
cards live less than that there. A card whose photo has no renditions (yet) is drawn without the picture and not
stored: the next view draws it again, with the picture once the renditions exist.

**Where.** The CARD_CACHE_ALIAS cache (``default``: Redis in production, shared by every worker and machine), with
each process keeping the cards it used (LOCAL_MAX at most) so that a page of cards is not 75 KB fetched from Redis;
a local-memory cache, per process anyway, is not written at all. Clearing the cache forgets every card in every
process: each card carries the cache's generation, a random value drawn anew when the cache has none.

**Visibility.** Ids that a page found through its own queryset (``published()`` and the page's narrowing) are shown
as they are. Other ids (the home page's sections, chosen once per change; a listing index) are checked against the
queryset on every view: the cached cards' ids in one query of ids, the missing ones by reading their rows.
"""

import functools
import hashlib
import itertools
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from articles.cache_tags import article_tag
from articles.templatetags import cards as card_markup
from core.cache import tag_versions, versions_in_file
from core.cache_purge import ALL_TAG, is_process_local
from renditions import images as rendition_images
from renditions.images import renditions_for
from renditions.templatetags import renditions as picture_markup

GENERATION_KEY = "card:generation"
# With Redis: cards nobody views leave by themselves. Their versions are checked on every use, whatever this is.
CARD_SECONDS = 24 * 3600
# Per process: about 1.5 KB a card, so some 7 MB; the home page and the first pages of the lists fit many times.
LOCAL_MAX = 5000
# A file-kept tag version is forgotten (falls back to the file's floor) PUBLIC_CACHE_SECONDS + 60 s after its last
# purge (core/cache_purge.py, FileVersions.purge); a card must be gone before then, with room for its drawing.
FILE_VERSIONS_MARGIN = 30

_local = {}  # key -> (expires, generation, stamp, html), this process's cards


@dataclass(frozen=True)
class Variant:
    featured: bool = False
    eager: bool = False
    compact: bool = False

    @property
    def code(self):
        return f"{self.featured:d}{self.eager:d}{self.compact:d}"


PLAIN = Variant()
# The first card of the latest news: large, and its picture loaded at once (it is above the fold).
LEAD = Variant(featured=True, eager=True)


@functools.cache
def _code_signature():
    digest = hashlib.sha256()
    for module in (card_markup, picture_markup, rendition_images):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def _key_prefix(official):
    """What every card of a page is drawn with, besides its article and variant."""
    parts = [_code_signature(), get_language() or "", timezone.get_current_timezone_name(), get_script_prefix(),
             str(settings.MEDIA_URL), str(getattr(official, "pk", "") or "")]
    return "card:" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def _tag_versions():
    """The page cache's tag versions, and whether they are kept in a file."""
    return tag_versions(), versions_in_file()


def _lifetime(file_based):
    seconds = getattr(settings, "CARD_CACHE_SECONDS", CARD_SECONDS)
    if file_based:
        horizon = max(getattr(settings, "PUBLIC_CACHE_SECONDS", 300), 0) + 60
        seconds = min(seconds, horizon - FILE_VERSIONS_MARGIN)
    return seconds


def _store():
    return caches[getattr(settings, "CARD_CACHE_ALIAS", "default")]


def _generation(cache, found):
    generation = found.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation  # None only when the cache is down: then nothing is used or stored


def _read(stamps, lifetime):
    """(the cache's generation, {key: (generation, stamp, html)}) for ``stamps`` ({key: the versions its card
    must carry}): from this process, else from the cache. What the cache gives is kept in this process too."""
    cache = _store()
    now = time.monotonic()
    found, wanted = {}, []
    for key, stamp in stamps.items():
        entry = _local.get(key)
        if entry is not None and entry[0] > now and entry[2] == stamp:
            found[key] = entry[1:]
        else:  # missing here, or older than the cache's (another process drew it anew)
            wanted.append(key)
    if is_process_local(cache):
        shared = {GENERATION_KEY: cache.get(GENERATION_KEY)}
    else:
        shared = cache.get_many([GENERATION_KEY, *wanted])
    generation = _generation(cache, shared)
    shared = {key: entry for key, entry in shared.items() if key != GENERATION_KEY and entry[1] == stamps[key]}
    if shared:
        _keep_here(shared, lifetime)
        found.update(shared)
    return generation, found


def _write(entries, lifetime):
    cache = _store()
    if not is_process_local(cache):
        cache.set_many(entries, lifetime)
    _keep_here(entries, lifetime)


def _keep_here(entries, lifetime):
    if len(_local) + len(entries) > LOCAL_MAX:
        try:  # the oldest quarter goes
            for key in list(itertools.islice(_local, LOCAL_MAX // 4 + len(entries))):
                _local.pop(key, None)
        except RuntimeError:  # another thread changed the dict meanwhile
            _local.clear()
    expires = time.monotonic() + lifetime
    for key, value in entries.items():
        _local[key] = (expires, *value)


def _renditions_pending(article):
    photo = article.featured_photo
    return bool(photo is not None and photo.image and renditions_for(photo.image) is None)


class Cards:
    """The cards of one page, drawn from ``queryset`` (``published()``, the page's narrowing, ``for_cards()``).

    ``verified``: the ids come from ``queryset`` itself in this request, so they need no check against it.
    ``official``: the official whose page this is (their printed titles are on the cards).
    """

    def __init__(self, queryset, *, official=None, verified=False):
        self.queryset = queryset
        self.official = official
        self.verified = verified
        self.entries = []  # (article id, Variant), in the page's order
        self._html = []
        self._rows = {}

    def list(self, ids, *, lead=False):
        """A ``CardList`` of these articles; with ``lead``, the first one's card is the large one."""
        start = len(self.entries)
        self.entries.extend((pk, LEAD if lead and not index else PLAIN) for index, pk in enumerate(ids))
        return CardList(self, range(start, len(self.entries)))

    def rows(self, ids):
        """{id: Article} of those ``ids`` the queryset shows, each read once per page."""
        wanted = [pk for pk in dict.fromkeys(ids) if pk not in self._rows]
        if wanted:
            found = {article.pk: article for article in self.queryset.filter(pk__in=wanted).order_by()}
            self._rows.update((pk, found.get(pk)) for pk in wanted)
        return {pk: self._rows[pk] for pk in ids if self._rows[pk] is not None}

    def visible(self, ids):
        if self.verified or not ids:
            return set(ids)
        known = {pk for pk in ids if pk in self._rows}
        rest = set(ids) - known
        shown = {pk for pk in known if self._rows[pk] is not None}
        if rest:
            queryset = self.queryset.filter(pk__in=rest).order_by().prefetch_related(None)
            shown |= set(queryset.values_list("pk", flat=True))
        return shown

    def html(self, indices):
        if len(self._html) < len(self.entries):
            self._html.extend(self._draw(self.entries[len(self._html):]))
        return [self._html[index] for index in indices]

    def _draw(self, entries):
        versions, file_based = _tag_versions()
        # Read before the versions and the rows: a version settled from it is never newer than the rows drawn.
        started = versions.sequence()
        current = versions.current([ALL_TAG, *{article_tag(pk) for pk, _variant in entries}])
        prefix = _key_prefix(self.official)
        keys = [f"{prefix}:{variant.code}:{pk}" for pk, variant in entries]

        def stamp(pk):
            return current[article_tag(pk)], current[ALL_TAG]

        lifetime = _lifetime(file_based)
        generation, stored = _read({key: stamp(pk) for key, (pk, _variant) in zip(keys, entries, strict=True)},
                                   lifetime)
        cached = {}
        for key, (pk, _variant) in zip(keys, entries, strict=True):
            entry = stored.get(key)
            if entry is not None and generation is not None and entry[0] == generation and entry[1] == stamp(pk) \
                    and None not in entry[1]:
                cached[key] = entry[2]
        visible = self.visible({pk for key, (pk, _variant) in zip(keys, entries, strict=True) if key in cached})
        missing = {key: entry for key, entry in zip(keys, entries, strict=True) if key not in cached}
        drawn = self._draw_missing(missing, versions, current, started, generation, lifetime) if missing else {}
        html = []
        for key, (pk, _variant) in zip(keys, entries, strict=True):
            if key in cached:
                html.append(mark_safe(cached[key]) if pk in visible else "")
            else:
                html.append(drawn.get(key, ""))
        return html

    def _draw_missing(self, missing, versions, current, started, generation, lifetime):
        rows = self.rows([pk for pk, _variant in missing.values()])
        unknown = {tag for pk, _variant in missing.values() for tag in (article_tag(pk), ALL_TAG) if current[tag] is None}
        if unknown:
            # Never purged, or lost: from now on their version is the sequence read before the rows (or, when one
            # was purged meanwhile, unknown still, and these cards are not kept).
            settled = versions.settle(sorted(unknown), started)
            if settled is not None:
                current.update(settled)
        drawn, keep, urls = {}, {}, {}
        for key, (pk, variant) in missing.items():
            article = rows.get(pk)
            if article is None:
                continue
            drawn[key] = card_markup.render_card(
                article, featured=variant.featured, eager=variant.eager, compact=variant.compact,
                official=self.official, province_urls=urls,
            )
            stamp = (current[article_tag(pk)], current[ALL_TAG])
            if generation is not None and None not in stamp and not _renditions_pending(article):
                keep[key] = (generation, stamp, str(drawn[key]))
        if keep:
            _write(keep, lifetime)
        return drawn


class CardList(Sequence):
    """Some of a page's articles, in order, as the template shows them: ``{% article_cards list %}`` gives their
    cards; indexing or iterating gives the Article instances, read (once) only when asked for. A slice is a
    ``CardList`` of the same page."""

    def __init__(self, cards, indices):
        self.cards = cards
        self.indices = indices

    @property
    def ids(self):
        return [self.cards.entries[index][0] for index in self.indices]

    def __len__(self):
        return len(self.indices)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return CardList(self.cards, self.indices[index])
        return self.articles[index]

    def __iter__(self):
        return iter(self.articles)

    def __repr__(self):
        return f"<CardList {self.ids}>"

    @cached_property
    def articles(self):
        ids = self.ids
        rows = self.cards.rows(ids)
        return [rows[pk] for pk in ids if pk in rows]

    def card_html(self):
        return self.cards.html(self.indices)
