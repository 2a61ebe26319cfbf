"""Names a query means: provinces (current and former), topics and officials whose name, folded, is a run of
the query's words ("ha nam" is Hà Nam, "xay dung dang" the topic Xây dựng Đảng, "tphcm" Hồ Chí Minh).

A recognised name does two things: the search page shows the entity first with a link to its page, and the
ranking prefers the articles where the name occurs as such (linked to the entity, or written with its
diacritics) over those where its folded words merely coincide ("hà … năm", "bên … trẻ").
"""

import re
import time
from dataclasses import dataclass, field

from django.db.models import DateField, Prefetch, Q, Value, prefetch_related_objects

from articles.models import Topic
from core.text import fold, sort_key
from people.models import Official, Position
from places.models import Province

MAX_NAME_WORDS = 6
MAX_NAMED_OFFICIALS = 5
HCM_SPELLINGS = {"tp hcm", "tphcm", "thanh pho ho chi minh", "tp ho chi minh"}


@dataclass
class Entity:
    kind: str  # "province", "topic" or "official"
    objects: list  # the same name can be a former and a current unit
    name: str  # as written, with diacritics
    words: tuple  # the folded words of the query it covers
    link_ids: list = field(default_factory=list)
    whole: bool = False  # the name is the whole query ("ha nam"), not a part of it ("dai hoi ha nam")

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


_cache = {"names": None, "at": 0.0}
NAMES_SECONDS = 300


def _names():
    """(kind, folded name, object) for every province and topic: a hundred-odd rows that change a few times
    a decade, kept per process for NAMES_SECONDS (and dropped at once when one is saved here)."""
    if _cache["names"] is None or time.monotonic() - _cache["at"] > NAMES_SECONDS:
        columns = ("pk", "name", "slug", "valid_to", "kind", "is_topic")
        provinces = Province.objects.annotate(is_topic=Value(False)).values_list(*columns).order_by()
        topics = Topic.objects.annotate(valid_to=Value(None, output_field=DateField()), kind=Value(""),
                                        is_topic=Value(True)).values_list(*columns).order_by()
        names = []
        for pk, name, slug, valid_to, kind, is_topic in provinces.union(topics, all=True):
            if is_topic:
                names.append(("topic", fold(name), Topic(pk=pk, name=name, slug=slug)))
            else:
                names.append(("province", fold(name), Province(pk=pk, name=name, slug=slug, valid_to=valid_to, kind=kind)))
        _cache.update(names=names, at=time.monotonic())
    return _cache["names"]


def forget_names(**kwargs):
    _cache["names"] = None


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
    every_word = Q(*[Q(name_folded__regex=rf"(^|[^a-z0-9]){re.escape(w)}([^a-z0-9]|$)") for w in parsed.terms])
    named_runs = {r for r in runs if " " in r}
    by_name = {}
    for kind, key, obj in _names():
        if key in runs:
            by_name.setdefault((kind, key), []).append(obj)
    officials = Official.objects.filter(every_word | Q(name_folded__in=named_runs)).only(
        "pk", "full_name", "slug", "name_folded", "sort_name").order_by("sort_name")[:official_limit * 2]
    found, listed = [], list(officials)
    for (kind, key), objects in by_name.items():
        objects.sort(key=lambda o: getattr(o, "valid_to", None) is not None)  # the current unit first
        name = objects[0].name
        words = tuple(key.split())
        if kind == "province" and key == "ho chi minh":
            if not hcm:
                continue  # "Hồ Chí Minh" alone is the President as often as the city
            name, words = "Thành phố Hồ Chí Minh", ("tp", "hcm")
        found.append(Entity(kind, objects, name, words, [o.pk for o in objects], whole=runs[key] == everything))
    # Officials named in full first, then the others whose name holds every word.
    listed.sort(key=lambda o: (o.name_folded not in named_runs, sort_key(o.full_name)))
    listed = listed[:official_limit]
    prefetch_related_objects(listed, Prefetch(
        "positions", queryset=Position.objects.current().select_related("organisation"), to_attr="current_positions"))
    for official in [o for o in listed if o.name_folded in named_runs][:MAX_NAMED_OFFICIALS]:
        found.append(Entity("official", [official], official.full_name, tuple(official.name_folded.split()),
                            [official.pk], whole=runs[official.name_folded] == everything))
    found.sort(key=lambda e: -len(e.words))
    return found, listed
