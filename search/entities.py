"""Names a query means: provinces (current and former), topics and officials whose name, folded, is a run of
the query's words ("ha nam" is Hà Nam, "xay dung dang" the topic Xây dựng Đảng, "tphcm" Hồ Chí Minh), and
the gazetteer's districts, towns and communes ("nam du" is the commune Nam Du, ``search.place_names``).

A recognised name does two things: the search page shows the entity first with a link to its page, and the
ranking prefers the articles where the name occurs as such (linked to the entity, or written with its
diacritics) over those where its folded words merely coincide ("hà … năm", "bên … trẻ"). A place of the
gazetteer has no page and no links: it is not shown, and only how an article writes it counts ("Nam Du", not
"Năm Du lịch"). A province's, topic's or official's name is never a place as well ("kien giang" is the
province, not also the town Kiến Giang): its links say more than the town's spelling would.
"""

import itertools
import re
import time
from dataclasses import dataclass, field

from django.db.models import DateField, F, Prefetch, Value, prefetch_related_objects

from articles.models import Topic
from core.cache import public_cache_version
from core.text import fold, sort_key
from people.models import Official, Position
from places.models import Province
from search.models import Abbreviation
from search.place_names import place_names

MAX_NAME_WORDS = 6
# A word of a folded name, as the query's words are read (``search.query``).
_NAME_WORD = re.compile(r"[a-z0-9]+")
MAX_NAMED_OFFICIALS = 5
# The kind words a query may put before a place's name, folded: "xa nam du", "huyen pac nam", "dac khu truong sa".
PLACE_KINDS = {("huyen",), ("quan",), ("thi", "xa"), ("thanh", "pho"), ("xa",), ("phuong",), ("thi", "tran"),
               ("dac", "khu"), ("dao",), ("quan", "dao"), ("tp",), ("tx",)}
HCM_SPELLINGS = {"tp hcm", "tphcm", "thanh pho ho chi minh", "tp ho chi minh"}


@dataclass
class Entity:
    kind: str  # "province", "topic", "official" or "place" (the gazetteer's: no page, no links)
    objects: list  # the same name can be a former and a current unit
    name: str  # as written, with diacritics
    words: tuple  # the folded words of the query it covers
    link_ids: list = field(default_factory=list)
    whole: bool = False  # the name is the whole query ("ha nam"), not a part of it ("dai hoi ha nam")
    spellings: tuple = ()  # a place: every way the gazetteer writes its folded name ("Nậm Càn", "Năm Căn")
    within: tuple = ()  # a province: the longer provinces' names that end with its own ("Thừa Thiên Huế" for Huế)

    @property
    def main(self):
        return self.objects[0]


def _runs(groups):
    """Every run of consecutive groups, as the folded words of each spelling, with the number of groups it
    spans: {"ha nam": 2, ...}."""
    runs = {}
    for start in range(len(groups)):
        spellings = [()]
        for length, group in enumerate(groups[start:start + MAX_NAME_WORDS], 1):
            spellings = [s + alternative for s in spellings for alternative in group][:16]
            for spelling in spellings:
                if len(spelling) <= MAX_NAME_WORDS:
                    runs.setdefault(" ".join(spelling), length)
    return runs


_cache = {"names": None, "abbreviations": None, "at": 0.0}
NAMES_SECONDS = 300
_LEARNED = "~learned"  # the kind column's marker of a learned abbreviation's row in the union below


def _names():
    """(kind, folded name, object) for every province and topic: a hundred-odd rows that change a few times
    a decade, kept per process for NAMES_SECONDS (and dropped at once when one is saved here). The abbreviations
    the coverage defined (``search.abbreviations``) come in the same query: another few hundred short rows."""
    if _cache["names"] is None or time.monotonic() - _cache["at"] > NAMES_SECONDS:
        columns = ("pk", "name", "slug", "valid_to", "kind", "is_topic")
        provinces = Province.objects.annotate(is_topic=Value(False)).values_list(*columns).order_by()
        topics = Topic.objects.annotate(valid_to=Value(None, output_field=DateField()), kind=Value(""),
                                        is_topic=Value(True)).values_list(*columns).order_by()
        learned = Abbreviation.objects.annotate(
            name=F("spelled"), slug=F("short"), valid_to=Value(None, output_field=DateField()),
            kind=Value(_LEARNED), is_topic=Value(False)).values_list(*columns).order_by()
        names, by_short, by_spelled = [], {}, {}
        for pk, name, slug, valid_to, kind, is_topic in provinces.union(topics, learned, all=True):
            if kind == _LEARNED:
                by_short.setdefault(slug, []).append(name)
                by_spelled.setdefault(name, []).append(slug)
                continue
            # Compared as words: a query has no punctuation, a name may ("Bà Rịa - Vũng Tàu", "Biển, đảo").
            key = " ".join(_NAME_WORD.findall(fold(name)))
            if is_topic:
                names.append(("topic", key, Topic(pk=pk, name=name, slug=slug)))
            else:
                names.append(("province", key, Province(pk=pk, name=name, slug=slug, valid_to=valid_to, kind=kind)))
        _cache.update(names=names, abbreviations=(by_short, by_spelled), at=time.monotonic())
    return _cache["names"]


def learned_abbreviations():
    """({short form: [full forms]}, {full form: [short forms]}), folded, read with the names above."""
    _names()
    return _cache["abbreviations"]


_officials = {"version": None, "names": None}


def _official_names():
    """({folded word: {official ids}}, {folded name: {official ids}}) of every official, kept per process under the
    public content's version, which saving an official moves (``articles.cache_tags.purge_articles_showing``
    purges "search"). Asking the database for the officials whose name holds every word of the query read each
    name with a regular expression, a few milliseconds a page, for a table that changes a few times a day. The
    officials found are still read from the database: one deleted since is not listed."""
    version = public_cache_version()
    if _officials["version"] != version or _officials["names"] is None:
        by_word, by_folded = {}, {}
        for pk, folded in Official.objects.values_list("pk", "name_folded").order_by().iterator():
            by_folded.setdefault(folded, set()).add(pk)
            for word in _NAME_WORD.findall(folded or ""):
                by_word.setdefault(word, set()).add(pk)
        _officials.update(version=version, names=(by_word, by_folded))
    return _officials["names"]


def forget_names(**kwargs):
    _cache["names"] = None
    _cache["abbreviations"] = None
    _officials["names"] = None


def recognise(parsed, *, official_limit=8):
    """The entities the query names, longest names first, and the officials to list: those it names in full,
    then those whose name holds every word of the query. One query (two with officials' positions)."""
    if not parsed.groups or parsed.documents:
        return [], []
    runs = _runs(parsed.groups)
    hcm = [runs[s] for s in HCM_SPELLINGS if s in runs]
    if hcm:
        runs["ho chi minh"] = max(hcm)
    everything = len(parsed.groups)
    named_runs = {r for r in runs if " " in r}
    by_name = {}
    for kind, key, obj in _names():
        if key in runs:
            by_name.setdefault((kind, key), []).append(obj)
    by_word, by_folded = _official_names()
    ids = set.intersection(*(by_word.get(term, set()) for term in parsed.terms)) if parsed.terms else set()
    ids.update(pk for run in named_runs for pk in by_folded.get(run, ()))
    listed = []
    if ids:
        listed = list(Official.objects.filter(pk__in=ids).only(
            "pk", "full_name", "slug", "name_folded", "sort_name").order_by("sort_name")[:official_limit * 2])
    found = []
    for (kind, key), objects in by_name.items():
        objects.sort(key=lambda o: getattr(o, "valid_to", None) is not None)  # the current unit first
        name = objects[0].name
        words = tuple(key.split())
        if kind == "province" and key == "ho chi minh":
            if not hcm:
                continue  # "Hồ Chí Minh" alone is the President as often as the city
            name, words = "Thành phố Hồ Chí Minh", ("tp", "hcm")
        longer = [o for k, longer, o in _names() if k == "province" and longer.endswith(f" {key}")] \
            if kind == "province" else []
        # A province named by the end of a longer one's name is that one too: "Huế" is the city of Huế since
        # 2025 and the province of Thừa Thiên Huế before it, filed under the former unit.
        found.append(Entity(kind, objects, name, words, [o.pk for o in objects + longer],
                            whole=runs[key] == everything, within=tuple(o.name for o in longer)))
    # Officials named in full first, then the others whose name holds every word.
    listed.sort(key=lambda o: (o.name_folded not in named_runs, sort_key(o.full_name)))
    listed = listed[:official_limit]
    prefetch_related_objects(listed, Prefetch(
        "positions", queryset=Position.objects.current().select_related("organisation"), to_attr="current_positions"))
    for official in [o for o in listed if o.name_folded in named_runs][:MAX_NAMED_OFFICIALS]:
        found.append(Entity("official", [official], official.full_name, tuple(official.name_folded.split()),
                            [official.pk], whole=runs[official.name_folded] == everything))
    found += _places(parsed.groups, taken={" ".join(e.words) for e in found} | {key for _kind, key in by_name})
    found.sort(key=lambda e: -len(e.words))
    return found, listed


def _places(groups, *, taken):
    """The gazetteer's places the query names: as the whole query ("nam du"), or after a kind word ("le hoi dao
    nam du", "20 nam thanh lap huyen pac nam"). Anywhere else two words of a query are too often some commune's
    name by chance: "cờ Tổ quốc" folds to "Cô Tô", officials' names to the communes named after them."""
    # Each group's one-word spellings, the word as typed first: "ly" may be "li" ("Lý Sơn", "Lí Sơn"), "5" "v".
    # A group spelled in several words (an abbreviation) names no place.
    words = [tuple(spelling[0] for spelling in group) if all(len(spelling) == 1 for spelling in group) else ()
             for group in groups]
    # A kind word read as an abbreviation is one group: "thi xa" is "tx" too, "thanh pho" "tp".
    kind_groups = [any(spelling in PLACE_KINDS for spelling in group) for group in groups]
    found = []
    for start in range(len(words)):
        kind = max((len(k) for k in PLACE_KINDS if start >= len(k)
                    and all(word in words[start - len(k) + i] for i, word in enumerate(k))), default=0)
        if not kind and start and kind_groups[start - 1]:
            kind = 1
        for stop in range(start + 2, min(start + MAX_NAME_WORDS, len(words)) + 1):
            if () in words[start:stop]:
                break
            whole = start - kind == 0 and stop == len(words)
            if not (whole or kind):
                continue
            for spelled in itertools.islice(itertools.product(*words[start:stop]), 16):
                key = " ".join(spelled)
                spellings = place_names().get(key)
                if spellings and key not in taken:
                    found.append(Entity("place", [], spellings[0], spelled, whole=whole, spellings=spellings))
                    break
    return found
