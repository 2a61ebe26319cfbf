"""Districts, towns and communes, before and after 1 July 2025, mapped to their provinces.

Read from the data of ``vietnamadminunits`` (``places.units`` finds and opens its file): the 63-province units
with their districts and communes, and the 34-province units with their communes.

A lower unit implies its province only when the text names it with its kind ("huyện Lý Sơn", "thị xã Kỳ
Anh", "xã Pà Cò", "đặc khu Phú Quốc") and when that kind and name belong to one province only: "xã Tân
Lập" exists in a dozen provinces and implies none.
"""

import datetime
import json
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from core.text import TONE_MARKS, fold
from importer.recognition.tokens import glue_apostrophes, tokenize, tone_key
from places.units import read_only, unit_name

REFORM = datetime.date(2025, 7, 1)  # districts abolished, communes merged, 63 provinces became 34
# Kind words as printed (lower case, or capitalised at a sentence's or a name's start), by level.
# Urban districts (quận) are left out: texts name them in the street addresses of venues ("phố Huế, quận Hai
# Bà Trưng") more often than as the place a report is about.
DISTRICT_KINDS = {("huyện",): "Huyện", ("thị", "xã"): "Thị xã", ("thành", "phố"): "Thành phố"}
COMMUNE_KINDS = {("xã",): "Xã", ("phường",): "Phường", ("thị", "trấn"): "Thị trấn", ("đặc", "khu"): "Đặc khu"}
# The abbreviations of the kind ("TP Buôn Ma Thuột", "TX. Kỳ Anh", "H. Minh Hóa"), compared as printed: in
# capitals, a one-letter one only with its dot.
PRINTED_KINDS = {
    ("TP", "."): "Thành phố", ("Tp", "."): "Thành phố", ("TP",): "Thành phố", ("Tp",): "Thành phố",
    ("TX", "."): "Thị xã", ("TX",): "Thị xã", ("H", "."): "Huyện", ("TT", "."): "Thị trấn",
}
# The unit's party committee names it as well: "Huyện ủy Lý Sơn", "Thị ủy Kỳ Anh", "Thành ủy Buôn Ma Thuột".
COMMITTEE_KINDS = {
    ("huyện", "ủy"): "Huyện", ("huyện", "uỷ"): "Huyện", ("thị", "ủy"): "Thị xã", ("thị", "uỷ"): "Thị xã",
    ("thành", "ủy"): "Thành phố", ("thành", "uỷ"): "Thành phố",
}
KINDS = {**DISTRICT_KINDS, **COMMUNE_KINDS}
# An urban district still implies its city in a report that names no province at all ("quận Gò Vấp" in a report of
# the district's own election day): like a commune, it is then the only place the report has (see
# ``ProvinceIndex._implied``).
URBAN_KINDS = {("quận",): "Quận"}
_KIND_WORDS_LONGEST_FIRST = sorted(KINDS, key=len, reverse=True)
# Longest first: "thị xã" before "xã", "TP." before "TP".
_ALL_KINDS = sorted([*((w, label, True) for w, label in PRINTED_KINDS.items()),
                     *((w, label, False) for w, label in {**KINDS, **URBAN_KINDS, **COMMITTEE_KINDS}.items())],
                    key=lambda k: -len(k[0]))
# Words a report puts between the kind and the name: "huyện đảo Lý Sơn", "xã biên giới Hưng Phước", "huyện miền
# núi Tương Dương", "xã vùng cao Sín Thầu".
_PLURAL = frozenset({"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})
MODIFIERS = (("đảo",), ("biên", "giới"), ("miền", "núi"), ("vùng", "cao"), ("ven", "biển"), ("cù", "lao"))


# A district became a town, a town a city ("huyện Phong Điền", a thị xã since 2025); the data keeps only the later
# kind, so a district printed with an earlier kind is looked for among these.
LATER_KINDS = {"Huyện": ("Huyện", "Thị xã", "Thành phố", "Quận"), "Thị xã": ("Thị xã", "Thành phố", "Quận"),
               "Thành phố": ("Thành phố",)}
# How the data's keywords spell a commune's former kind ("xaphonghoa" under "Phường Phong Hòa").
_FLAT_COMMUNE_PREFIX = {"Xã": "xa", "Phường": "phuong", "Thị trấn": "thitran"}
# Who a unit belongs to when it is not Vietnam's: "huyện A, tỉnh Hủa Phăn", "huyện B (Lào)".
COUNTRIES = (("lào",), ("campuchia",), ("cam", "pu", "chia"), ("trung", "quốc"))

# How the data's keywords spell a district: kind and name folded, without spaces ("huyennongson", "thixadian").
_FLAT_PREFIX = {"Huyện": "huyen", "Thị xã": "thixa", "Thành phố": "thanhpho"}
_FLAT_DISTRICT_KINDS = sorted(((prefix, kind) for kind, prefix in _FLAT_PREFIX.items()), key=lambda p: -len(p[0]))


def _flat(name):
    return re.sub(r"[^a-z0-9]", "", fold(unit_name(name)))


def _key(name):
    return " ".join(tone_key(w) for w in re.findall(r"\w+", name))


def _bare(key):
    """A name key without its tones: "đăk glong" for "Đắk Glong" and "Đăk Glong", spellings the units are printed
    in side by side."""
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", key) if ch not in TONE_MARKS))


def kind_of(written):
    """The kind of a unit as printed ("xã Pà Cò" -> "Xã", "TX. Kỳ Anh" -> "Thị xã"), None when not known."""
    words = tuple(t.text for t in tokenize(written))
    for kind_words, label, as_printed in _ALL_KINDS:
        if (words if as_printed else tuple(w.lower() for w in words))[:len(kind_words)] == kind_words:
            return label
    return None


class Gazetteer:
    """{(kind, name key): {province short names}} for the units before and after the reform."""

    def __init__(self, before, after, within=None, former=None, relabelled=None, nested=None):
        self.before, self.after = before, after
        # {(commune kind, name key): {provinces}}: communes that changed kind, not name, before the data's snapshot
        # ("xã Phong Hòa", a ward since 2025; "thị trấn Trảng Bàng", a ward since 2020), under their former kind.
        self.relabelled = relabelled or {}
        # {(commune kind, name key): {(district kind, name key): {provinces}}}: ``within`` read from the commune,
        # former kinds included.
        self.nested = nested or {}
        # {(district kind, flat name): {provinces}}: districts merged away before the data's snapshot (2019 to June
        # 2025), kept by the data as keywords of the unit they became part of ("huyennongson" under Quế Sơn).
        self.former = former or {}
        # {(commune kind, name key, district kind, name key): {provinces}}: "xã Tân Lập, huyện Đan Phượng" is one
        # commune though a dozen provinces have a "xã Tân Lập".
        self.within = within or {}
        self._places = None
        self._provinces = None
        self._bare = None
        self._flat_provinces = None

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls):
        before, after, within, former, relabelled, nested = {}, {}, {}, {}, {}, {}
        with read_only() as connection:
            if connection is None:
                return cls({}, {})
            for province, district_key, keywords in connection.execute(
                "SELECT DISTINCT provinceShort, districtKey, districtKeywords FROM admin_units_legacy"
            ):
                for keyword in json.loads(keywords or "[]"):
                    kind = next((label for prefix, label in _FLAT_DISTRICT_KINDS if keyword.startswith(prefix)), None)
                    if kind and keyword != district_key:
                        former.setdefault((kind, keyword.removeprefix(_FLAT_PREFIX[kind])), set()).add(province)
            rows = connection.execute(
                "SELECT DISTINCT provinceShort, districtType, districtShort, wardType, wardShort, wardKeywords "
                "FROM admin_units_legacy"
            )
            for province, district_kind, district, ward_kind, ward, keywords in rows:
                for kind, name in ((district_kind, district), (ward_kind, ward)):
                    if kind and name:
                        before.setdefault((kind, _key(unit_name(name))), set()).add(province)
                if not (ward_kind and ward):
                    continue
                ward_key = _key(unit_name(ward))
                kinds = {ward_kind, *_former_kinds(ward_kind, ward, keywords)}
                for kind in kinds - {ward_kind}:
                    relabelled.setdefault((kind, ward_key), set()).add(province)
                if district_kind and district:
                    district_key = _key(unit_name(district))
                    within.setdefault((ward_kind, ward_key, district_kind, district_key), set()).add(province)
                    for kind in kinds:
                        nested.setdefault((kind, ward_key), {}).setdefault(
                            (district_kind, district_key), set()).add(province)
            for province, kind, name in connection.execute(
                "SELECT DISTINCT provinceShort, wardType, wardShort FROM admin_units"
            ):
                if kind and name:
                    after.setdefault((kind, _key(name)), set()).add(province)
        return cls(before, after, within, former, relabelled, nested)

    def place_keys(self):
        """Name keys of every province (before and after the reform) and of every district, urban district, town and
        provincial city before it: "buon ma thuot", "thai nguyen" (with their tones), names that are never a
        person's."""
        if self._places is None:
            # Urban districts too: "Đồn Biên phòng Sơn Trà" is named after a quận, not a person called Sơn Trà.
            districts = {name for kind, name in self.before if kind in {*DISTRICT_KINDS.values(), "Quận"}}
            provinces = {_key(p) for table in (self.before, self.after) for names in table.values() for p in names}
            self._places = frozenset(districts | provinces)
        return self._places

    def province_keys(self):
        """Tone keys of every province's name, before and after the reform."""
        if self._provinces is None:
            self._provinces = frozenset(_key(p) for table in (self.before, self.after) for names in table.values()
                                        for p in names)
        return self._provinces

    def knows(self, kind, name):
        """Whether a unit ``kind name`` exists, before or after the reform, in any province."""
        key = (kind, _key(name))
        return key in self.before or key in self.after or key in self.relabelled

    def _before(self, key):
        """Provinces with the unit ``key`` before the reform, under its kind of the snapshot or a former one."""
        return self.before.get(key, set()) | self.relabelled.get(key, set())

    def is_province(self, name):
        """Whether ``name`` is (the start of) a Vietnamese province's name, before or after the reform, however its
        tones and spaces are printed ("Kontum", "Đăk Lăk")."""
        if self._flat_provinces is None:
            self._flat_provinces = frozenset(_bare(key).replace(" ", "") for key in self.province_keys())
        flat = _bare(_key(name)).replace(" ", "")
        # "tỉnh Bà Rịa - Vũng Tàu", "tỉnh Thừa Thiên - Huế": a name run stops at the dash.
        return bool(flat) and any(province.startswith(flat) for province in self._flat_provinces)

    def _bare_tables(self):
        if self._bare is None:
            self._bare = []
            for table in (self.before, self.after):
                merged = {}
                for (kind, key), provinces in table.items():
                    merged.setdefault((kind, _bare(key)), set()).update(provinces)
                self._bare.append(merged)
        return self._bare

    def candidates_of(self, kind, name, day):
        """Every province that has a unit ``kind name`` as of ``day`` (None: unknown, so both maps).

        Districts ended with the reform, so a later text names a former one; one merged away before the data's
        snapshot ("huyện Nông Sơn", 2025) counts when no district of the snapshot has that name. With the year
        unknown, a commune whose name meant another province before the reform than after it ("phường Vĩnh Phúc":
        Hà Nội, then Phú Thọ) has both."""
        key = (kind, _key(name))
        if kind in DISTRICT_KINDS.values():
            # A district that became a town, a city or an urban district before the data's snapshot ("huyện Thủy
            # Nguyên", a city since 2025; "huyện An Dương", a quận), when no district of the printed kind has the name.
            return set(self.before.get(key) or self.former.get((kind, _flat(name))) or set().union(
                *(self.before.get((later, key[1]), set()) for later in LATER_KINDS[kind][1:])))
        if day is None:
            return self._before(key) | self.after.get(key, set())
        lookups = [self.after.get(key, set()), self._before(key)]
        return set(next((found for found in (lookups if day >= REFORM else lookups[::-1]) if found), set()))

    def provinces_of(self, kind, name, day):
        """The one province of the unit ``kind name`` as of ``day`` (``candidates_of``), or None when there is none
        or more than one.

        A name the data does not spell so ("huyện Đắk Glong" for its "Đăk Glong") is looked up without its tones,
        when that finds one unit only."""
        provinces = self.spelled_candidates(kind, name, day)
        return next(iter(provinces)) if len(provinces) == 1 else None

    def spelled_candidates(self, kind, name, day):
        """``candidates_of``, and for a name the data spells otherwise, those of the name without its tones, or without
        its apostrophe: the data writes "Đắk Plao" where a report prints "Đắk P'lao" (and "Ea H'Leo" as the report does,
        which the name's key reads as "Ea H Leo" either way)."""
        provinces = self._spelled_candidates(kind, name, day)
        if not provinces and _APOSTROPHE.search(name):
            provinces = self._spelled_candidates(kind, _APOSTROPHE.sub("", name), day)
        return provinces

    def _spelled_candidates(self, kind, name, day):
        key = (kind, _key(name))
        provinces = self.candidates_of(kind, name, day)
        if not any(key in table for table in (self.before, self.after, self.relabelled)):
            before, after = self._bare_tables()
            bare = (kind, _bare(key[1]))
            if bare in before or bare in after:
                provinces = before.get(bare, set()) | after.get(bare, set())
        return provinces

    def within_district(self, kind, name, district_kind, district):
        """Provinces with a commune ``kind name`` inside the district ``district_kind district`` (name keys), also
        when either is printed with a kind it had before the data's snapshot."""
        exact = self.within.get((kind, name, district_kind, district))
        if exact:
            return exact
        districts = self.nested.get((kind, name), {})
        return set().union(*(districts.get((later, district), set())
                             for later in LATER_KINDS.get(district_kind, (district_kind,))))


def _former_kinds(kind, name, keywords):
    """The kinds a commune had under the same name, from the data's keywords ("xaphonghoa" under "Phường Phong
    Hòa")."""
    flat = _flat(name)
    words = set(json.loads(keywords or "[]"))
    return {former for former, prefix in _FLAT_COMMUNE_PREFIX.items() if former != kind and prefix + flat in words}


class LowerUnit(NamedTuple):
    """A district or commune the text prints, and the one province it implies. ``kind`` is the unit's ("Xã"), also
    for an item of a list that printed its kind word once ("các xã A, B": "B" is a commune too). ``at_home``: the
    name is several provinces', and the newsroom's own is one of them (``_units_at_home``)."""
    written: str
    province: str
    start: int
    end: int
    kind: str
    at_home: bool = False


def find_lower_units(tokens, day, *, province_names=(), home=frozenset(), latest_year=None):
    """A ``LowerUnit`` for each district or commune that implies one province.

    ``province_names``: tone keys of province names, so that "thành phố Cần Thơ" stays the province. ``home``: the
    names, of every period, of a provincial newsroom's own province (``ProvinceIndex.set_home``); ``latest_year``:
    the latest year an undated text prints, which tells which of those names it means.
    """
    gazetteer = Gazetteer.load()
    tokens = _glue_apostrophes(tokens)
    unit_hits, units, i, n = {}, [], 0, len(tokens)
    new_units = _new_units(tokens) if day is None else frozenset()
    while i < n:
        kind = None
        for words, label, as_printed in _ALL_KINDS:
            window = tuple(t.text if as_printed else t.text.lower() for t in tokens[i:i + len(words)])
            if window == words and all(tokens[i + d].start == tokens[i + d - 1].end for d in range(1, len(words))
                                       if words[d] == "."):
                kind, length = label, len(words)
                break
        if kind is None:
            i += 1
            continue
        start = i + length
        for words in MODIFIERS:
            if tuple(t.text.lower() for t in tokens[start:start + len(words)]) == words \
                    and start + len(words) < n and _is_name_word(tokens[start + len(words)].text):
                start += len(words)
                break
        end = start
        while end < n and end - start < 4 and _is_name_word(tokens[end].text) and _same_line(tokens, end):
            end += 1
        plural = i > 0 and (tokens[i - 1].text.lower() in _PLURAL or tokens[i - 1].text.isdigit())
        first = i
        while True:
            hit, stop = _lookup(gazetteer, tokens, kind, first, start, end, day, province_names, new_units)
            after = stop if hit else end
            if not _abroad(gazetteer, tokens, after):
                if hit:
                    unit_hits[len(units)] = hit
                units.append((kind, first, start, after, hit[1] if hit else None))
            # "các xã Hang Kia, Pà Cò", "hai huyện Mường Tè và Sìn Hồ": the kind word once for the whole list.
            if not (plural and after > start and after + 1 < n and tokens[after].text.lower() in {",", "và"}
                    and _is_name_word(tokens[after + 1].text) and _same_line(tokens, after + 1)):
                break
            first = start = after + 1
            end = start
            while end < n and end - start < 4 and _is_name_word(tokens[end].text) and _same_line(tokens, end):
                end += 1
        i = stop if hit else start
    for index, (province, stop) in _in_named_districts(gazetteer, tokens, units, day).items():
        kind, first, start, _end, _province = units[index]
        units[index] = (kind, first, start, stop, province)
        unit_hits[index] = (_as_printed(tokens[first:stop]), province, tokens[first].start, tokens[stop - 1].end)
    found = [LowerUnit(*unit_hits[index], units[index][0]) for index in sorted(unit_hits)]
    found += _communes_by_district(gazetteer, tokens, units) + _communes_by_bracketed_district(
        gazetteer, tokens, units) + _units_together(gazetteer, tokens, units, day, province_names)
    if home:
        placed = {unit.start for unit in found}
        found += [unit for unit in _units_at_home(gazetteer, tokens, units, day, province_names, home, latest_year)
                  if unit.start not in placed]
    return found


def _abroad(gazetteer, tokens, end):
    """Whether the unit that ends at ``end`` is printed as another country's: "huyện A, tỉnh Hủa Phăn", "xã B,
    huyện C (Lào)". Laos, Cambodia and China have districts named like Vietnamese ones; the province or the country
    printed after a unit says whose it is."""
    n = len(tokens)
    for _level in range(3):  # "xã A, huyện B, tỉnh C"
        if end >= n or tokens[end].text not in {",", "(", "-", "–"} or not _same_line(tokens, end):
            return False
        end += 1
        words = [t.text.lower() for t in tokens[end:end + 3]]
        if words[:1] == ["nước"]:
            words = words[1 + (words[1:2] == ["bạn"]):]
        if any(tuple(words[:len(country)]) == country for country in COUNTRIES):
            return True
        length = 1 if words[:1] == ["tỉnh"] else next(
            (len(kind) for kind in _KIND_WORDS_LONGEST_FIRST if tuple(words[:len(kind)]) == kind), 0)
        start = end + length
        end = _name_run(tokens, start)
        if not length or end == start:
            return False
        if words[:1] == ["tỉnh"]:
            return not gazetteer.is_province(_as_printed(tokens[start:end]))
    return False


def _in_named_districts(gazetteer, tokens, units, day):
    """{unit index: (province, stop)} for communes whose name alone is in several provinces, when exactly one of
    those has it inside a district the text names, wherever the text names it ("huyện Phong Điền" in the lead,
    "xã Phong Hòa" further on), and for those districts too. A commune inside a district the report names is
    stronger evidence than either name looked up alone; districts and communes printed with a kind they had
    before the data's snapshot count ("huyện" for a town, "xã" for a ward). The commune must be one of that
    province as of ``day``: after the reform a commune's name may be a new unit's, elsewhere."""
    def names(start, end):
        return [(stop, " ".join(t.text for t in tokens[start:stop])) for stop in range(end, start, -1)]

    districts = {}  # name key -> the kinds it is printed with
    for kind, _first, start, end, _province in units:
        if kind in DISTRICT_KINDS.values():
            for _stop, name in names(start, end):
                districts.setdefault(_key(name), set()).add(kind)
    if not districts:
        return {}
    found, seen, placed = {}, {}, {}
    for index, (kind, _first, start, end, province) in enumerate(units):
        if province or kind not in _COMMUNE_LEVEL:
            continue
        for stop, name in names(start, end):
            key = (kind, _key(name))
            if key not in seen:
                nested = _nested_in(gazetteer, key, districts)
                candidates = gazetteer.candidates_of(kind, name, day) if nested else set()
                seen[key] = nested if nested and (not candidates or nested[0] in candidates) else None
            if seen[key]:
                province, matched = seen[key]
                found[index] = (province, stop)
                for district in matched:
                    placed[district] = province if placed.get(district, province) == province else None
                break
    for index, (kind, _first, start, end, _province) in enumerate(units):
        if kind in DISTRICT_KINDS.values():
            stop = next((stop for stop, name in names(start, end) if placed.get((kind, _key(name)))), None)
            if stop is not None:
                found[index] = (placed[kind, _key(" ".join(t.text for t in tokens[start:stop]))], stop)
    return found


def _nested_in(gazetteer, key, districts):
    """(province, {(district kind as printed, name key)}) of the one province that has the commune ``key`` inside
    one of the ``districts`` the text names ({name key: kinds printed}), or None."""
    provinces, matched = set(), set()
    for (district_kind, district_key), in_province in gazetteer.nested.get(key, {}).items():
        for printed_kind in districts.get(district_key, ()):
            if district_kind in LATER_KINDS.get(printed_kind, (printed_kind,)):
                provinces |= in_province
                matched.add((printed_kind, district_key))
    return (next(iter(provinces)), matched) if len(provinces) == 1 else None


def _unplaced(tokens, units, province_names, candidates_of):
    """(kind, first, stop, name, candidates) for each unit no single province has: its longest name that some
    provinces have (``candidates_of(kind, name)``), and those provinces."""
    for kind, first, start, end, province in units:
        if province:
            continue
        for stop in range(end, start, -1):
            name = " ".join(t.text for t in tokens[start:stop])
            if kind == "Thành phố" and _key(name) in province_names:
                break
            candidates = candidates_of(kind, name)
            if candidates:
                yield kind, first, stop, name, candidates
                break


def _units_together(gazetteer, tokens, units, day, province_names):
    """Hits for units whose name is in several provinces, when all the lower units the text names have one province
    in common, and one only: "phường Đông Hải" is a ward of several cities, "phường Mỹ Bình" of two, and a report
    naming both is about Phan Rang - Tháp Chàm. A report names its place's neighbours; a lone ambiguous name, or
    units that share no province, still imply nothing."""
    sets = [{province} for *_unit, province in units if province]
    pending = []
    for kind, first, stop, _name, candidates in _unplaced(
            tokens, units, province_names, lambda kind, name: gazetteer.candidates_of(kind, name, day)):
        sets.append(candidates)
        pending.append((kind, first, stop))
    if not pending or len(sets) < 2:
        return []
    common = set.intersection(*sets)
    if len(common) != 1:
        return []
    province = next(iter(common))
    return [LowerUnit(_as_printed(tokens[first:stop]), province, tokens[first].start, tokens[stop - 1].end, kind)
            for kind, first, stop in pending]


def _units_at_home(gazetteer, tokens, units, day, province_names, home, latest_year):
    """Hits for units whose name is in several provinces, one of them the newsroom's own: "xã Minh Tân" was a
    commune of eleven provinces, and in the coverage of Hải Dương's department it is Hải Dương's, as its reporters
    mean it. A name that is only elsewhere stays elsewhere; one the home province has under two of its period's
    names (a commune of each of two provinces merged in 2025, in an undated report) implies neither."""
    found = []
    for kind, first, stop, name, candidates in _unplaced(
            tokens, units, province_names, lambda kind, name: gazetteer.spelled_candidates(kind, name, day)):
        at_home = candidates & home
        if len(at_home) > 1:
            # Home under two names (Hải Dương, then Hải Phòng): the name of the day, or of the years the text
            # prints when they are all on one side of the reform; otherwise it cannot be told.
            era = day or (REFORM - datetime.timedelta(days=1) if latest_year and latest_year < REFORM.year
                          else REFORM if latest_year and latest_year > REFORM.year else None)
            at_home = at_home & gazetteer.spelled_candidates(kind, name, era) if era else set()
        if len(at_home) == 1:
            found.append(LowerUnit(_as_printed(tokens[first:stop]), next(iter(at_home)), tokens[first].start,
                                   tokens[stop - 1].end, kind, at_home=True))
    return found


def _communes_by_district(gazetteer, tokens, units):
    """Hits for communes whose name alone is in several provinces but printed with their district: "xã Tân Lập,
    huyện Đan Phượng" (the district itself may be ambiguous too: "huyện Châu Thành")."""
    found = []
    for (kind, first, start, end, hit), following in zip(units, units[1:], strict=False):
        district_kind, district_first, district_start, district_end, _hit = following
        if hit or kind not in COMMUNE_KINDS.values() or district_kind not in DISTRICT_KINDS.values():
            continue
        between = [t.text for t in tokens[end:district_first]]
        if between not in ([], [","], ["("]) or end <= start:
            continue
        provinces = gazetteer.within_district(kind, _key(" ".join(t.text for t in tokens[start:end])), district_kind,
                                              _key(" ".join(t.text for t in tokens[district_start:district_end])))
        if provinces and len(provinces) == 1:
            found.append(LowerUnit(_as_printed(tokens[first:end]), next(iter(provinces)), tokens[first].start,
                                   tokens[end - 1].end, kind))
    return found


def _communes_by_bracketed_district(gazetteer, tokens, units):
    """Hits for communes whose name alone is in several provinces, followed by their district's bare name in
    brackets: "xã Phong Phú (Tân Lạc)", "xã Nghi Văn (Nghi Lộc)". Outlets shorten the address so; the commune
    implies the one province that has it inside a district of that name, of whichever kind."""
    found, n = [], len(tokens)
    for kind, first, start, end, hit in units:
        if hit or kind not in COMMUNE_KINDS.values() or end <= start or end + 2 >= n \
                or tokens[end].text != "(" or not _same_line(tokens, end):
            continue
        stop = _name_run(tokens, end + 1)
        if stop == end + 1 or stop >= n or tokens[stop].text != ")":
            continue
        district = _key(_as_printed(tokens[end + 1:stop]))
        nested = gazetteer.nested.get((kind, _key(" ".join(t.text for t in tokens[start:end]))), {})
        provinces = set().union(*(in_province for (_kind, key), in_province in nested.items() if key == district))
        if len(provinces) == 1:
            found.append(LowerUnit(_as_printed(tokens[first:end]), next(iter(provinces)), tokens[first].start,
                                   tokens[end - 1].end, kind))
    return found


def _new_units(tokens):
    """(kind, name key) of the communes a text of unknown date says were just formed: "… hợp lại thành xã An Nghĩa",
    "Xã Bình Dương mới gồm …". Those are the units after the reform, whatever their name meant before."""
    found, n = set(), len(tokens)
    for i in range(n):
        for words, label in COMMUNE_KINDS.items():
            if tuple(t.text.lower() for t in tokens[i:i + len(words)]) != words:
                continue
            start = end = i + len(words)
            while end < n and end - start < 4 and _is_name_word(tokens[end].text) and _same_line(tokens, end):
                end += 1
            formed = i > 0 and tokens[i - 1].text.lower() == "thành" and i > 1 and tokens[i - 2].text.lower() in {
                "lại", "nhập", "nhất", "lập"}
            if end > start and (formed or (end < n and tokens[end].text == "mới")):
                found.add((label, _key(" ".join(t.text for t in tokens[start:end]))))
    return frozenset(found)


def _lookup(gazetteer, tokens, kind, first, start, end, day, province_names, new_units=frozenset()):
    """The hit for the longest name the gazetteer knows in ``start``..``end`` (kind printed from ``first``), and
    where it stops; (None, ``start``) when there is none, or when that name is a unit of several provinces: "xã
    Thạnh Phú" is the commune of that name wherever it is, never a "xã Thạnh" that a shorter name would find."""
    for stop in range(end, start, -1):
        name = " ".join(t.text for t in tokens[start:stop])
        if kind == "Thành phố" and _key(name) in province_names:
            break
        when = REFORM if day is None and (kind, _key(name)) in new_units else day
        provinces = gazetteer.spelled_candidates(kind, name, when)
        if len(provinces) == 1:
            return (_as_printed(tokens[first:stop]), next(iter(provinces)), tokens[first].start,
                    tokens[stop - 1].end), stop
        if provinces:
            break
    return None, start


def _as_printed(tokens):
    """The words of ``tokens`` spaced as printed: "TX. Kỳ Anh", not "TX . Kỳ Anh"."""
    return "".join(("" if i == 0 or t.start == tokens[i - 1].end else " ") + t.text for i, t in enumerate(tokens))


_APOSTROPHE = re.compile("['’]")


def _is_name_word(word):
    # "Pác Nặm", "Ea Kar", "Khổng Lào", "A Lưới", "Đắk P'lao"; numbers ("Phường 1") name a unit in many cities.
    return word[:1].isupper() and _APOSTROPHE.sub("", word).isalpha()


def _glue_apostrophes(tokens):
    """One token for a syllable of a name of the Central Highlands written with an apostrophe ("P'lao", "H'Leo",
    "K’Nàng"): a capitalised letter or two, the apostrophe, and letters, printed without a space. Apart, the name's run
    stops at the apostrophe and the unit ("xã Đắk P'lao") is never looked up whole."""
    return glue_apostrophes(tokens, lambda before, apostrophe, after: (
        before.text[:1].isupper() and before.text.isalpha() and len(before.text) <= 2 and after.text.isalpha()
        and before.end == apostrophe.start and apostrophe.end == after.start))


def _same_line(tokens, index):
    return index == 0 or tokens[index].start - tokens[index - 1].end <= 1


class PlaceSpan(NamedTuple):
    """A name the text prints as a lower unit: ``start``..``end`` (characters), the unit's ``kind`` ("Xã")."""
    start: int
    end: int
    kind: str
    name: str


_LIST_SEPARATORS = frozenset({",", "và"})
_QUALIFIER_OPENERS = frozenset({"(", "-", "–", "—", "thuộc"})
MAX_LIST_ITEMS = 30  # a real list of communes is a district's or a province's: a few dozen at most
_COMMUNE_LEVEL = ("Xã", "Phường", "Thị trấn")


def place_lists(tokens, day=None, *, province_names=()):
    """``PlaceSpan`` for every name that a list makes a lower unit, though printed without its kind word.

    Two shapes recur across outlets: a kind word printed once for a list ("các xã Tân Hòa, Tân Trung, Phú Thọ",
    "Xã Đoàn Kết, Hòa Bình, Ia Chim"), whose every item is a unit of that kind; and a list closed by the district
    its units belong to ("Đoàn Kết, Hòa Bình, Ia Chim (thành phố Kon Tum)", "Đăk Nông, Đăk Kan thuộc huyện Ngọc
    Hồi", "… Pờ Y - huyện Ngọc Hồi"). An item counts only when the gazetteer knows a unit of that kind and name
    (and, after a district, in that district), so that an address "xã Pà Cò, Mai Châu, Hòa Bình" keeps its
    district and province. A list's last item named like a province ("xã A, Hòa Bình") stays the province unless
    the kind word was plural or the district follows. ``province_names``: tone keys of the provinces' names (by
    default the gazetteer's).

    A province's name that ends a club's or a newspaper's name (``namesakes``) is no province the report is about
    either, and comes with them: whoever reads these spans reads them as names that are not the province.

    The officials' parser may use these spans too: a name in such a list is a place, never a person's."""
    gazetteer = Gazetteer.load()
    province_names = province_names or gazetteer.province_keys()
    return _after_kind_lists(gazetteer, tokens, day, province_names) + _district_lists(gazetteer, tokens) \
        + namesakes(tokens, province_names=province_names) \
        + _bracketed_districts_named_like_provinces(gazetteer, tokens, province_names)


def _bracketed_districts_named_like_provinces(gazetteer, tokens, province_names):
    """``PlaceSpan`` (kind "Huyện") for a district's bare name in brackets after a commune's, where the district is
    named like a province: "Hải Ninh (Quảng Ninh)" is a commune of the district Quảng Ninh, in Quảng Bình. Outlets
    shorten an address to "commune (district)" ("Phong Phú (Tân Lạc)", "Châu Khê (Con Cuông)"), with or without
    the commune's kind; the name in brackets is the district when the gazetteer has a commune of that name inside a
    district of that name and none inside the province of that name."""
    found, n = [], len(tokens)
    for i in range(1, n - 2):
        if tokens[i].text != "(" or not _same_line(tokens, i + 1):
            continue
        stop = _name_run(tokens, i + 1)
        if stop == i + 1 or stop >= n or tokens[stop].text != ")":
            continue
        district = _key(_as_printed(tokens[i + 1:stop]))
        if district not in province_names:
            continue
        first = _name_run_back(tokens, i)
        if first == i:
            continue
        in_district, in_province = set(), False
        for start in range(first, i):  # "Xã Hải Ninh (…)": the commune's name without its kind
            commune = _key(" ".join(t.text for t in tokens[start:i]))
            for kind in COMMUNE_KINDS.values():
                for (_kind, key), provinces in gazetteer.nested.get((kind, commune), {}).items():
                    if key == district:
                        in_district |= provinces
                    if any(_key(province) == district for province in provinces):
                        in_province = True
            if in_district:
                break
        if in_district and not in_province:
            found.append(_span(tokens, i + 1, stop, "Huyện"))
    return found


def _name_run_back(tokens, end, *, limit=4):
    """The start of the capitalised words that end right before ``end``, on one line (at most ``limit``)."""
    start = end
    while start > 0 and end - start < limit and _is_name_word(tokens[start - 1].text) and _same_line(tokens, start):
        start -= 1
    return start


# Bodies named after a province without being its own: a club ("CLB bác sĩ tình nguyện Hà Nội" examining patients
# at a border post), a newspaper ("Báo Pháp Luật TP.HCM" bringing gifts to a drought-hit commune). Universities are
# left out: annotators count the city of a donor's university ("giảng viên Trường Đại học … TP.HCM").
_NAMESAKE_HEADS = (("clb",), ("câu", "lạc", "bộ"), ("báo",))
# Words that make what follows a place the body is in or serves, not part of its name: "CLB … tại Hà Nội", "báo
# … của tỉnh".
_NOT_IN_A_NAME = frozenset({"tại", "ở", "của", "và", "với", "cho", "tỉnh", "thành", "phố", "về", "đến", "từ", "trên",
                            "đã", "đang", "sẽ", "được", "đi", "có", "là", "chí", "cáo"})
_NAMESAKE_REACH = 6  # words between the head and the province: "CLB bác sĩ tình nguyện Hà Nội"
# The city's short forms a body's name ends with: "Báo Pháp Luật TP.HCM".
_CITY_SHORT = (("tp", ".", "hcm"), ("tp", "hcm"), ("tphcm",), ("tp", ".", "hồ", "chí", "minh"))


def namesakes(tokens, *, province_names=()):
    """``PlaceSpan`` (kind "Tên riêng") for a province's name that ends the name of a club or a newspaper named after
    it. Such a body often works elsewhere (a city's doctors' club at a border post, a city's paper bringing gifts to
    another province), so its name says nothing of where the report is; a report about the province names it again
    outside the name. The body has a name of its own before the province's: "Báo Nghệ An" is the province's own
    paper, which writes of its province. A newspaper's name is capitalised ("Báo Pháp Luật TP.HCM"; not "báo cáo",
    "báo chí", "thông báo Hà Nội")."""
    province_names = province_names or Gazetteer.load().province_keys()
    found, n = [], len(tokens)
    for i in range(n):
        head = next((len(words) for words in _NAMESAKE_HEADS
                     if tuple(t.text.lower() for t in tokens[i:i + len(words)]) == words), 0)
        if not head or i + head >= n:
            continue
        paper = tokens[i].text.lower() == "báo"
        if paper and not tokens[i + head].is_capitalised:
            continue
        first = i + head + 1  # "Báo Nghệ An" is the province's own paper, writing of "tỉnh nhà"
        for j in range(first, min(i + head + 1 + _NAMESAKE_REACH, n)):
            between = tokens[i + head:j]
            if not all(t.is_word and t.text.lower() not in _NOT_IN_A_NAME and _same_line(tokens, k)
                       for k, t in enumerate(between, i + head)):
                break
            stop = _place_at(tokens, j, province_names)
            if stop and (stop >= n or not (tokens[stop].is_word and tokens[stop].is_capitalised)):
                found.append(PlaceSpan(tokens[j].start, tokens[stop - 1].end, "Tên riêng",
                                       _as_printed(tokens[j:stop])))
                break
    found += _universities_named_after(tokens, province_names)
    return found


# A university named for a province only ("Trường Đại học Phú Yên", "Phân hiệu Đại học Thái Nguyên"): where students
# hear a talk or voters cast a ballot, it is a building of the report's own province, often one the province was merged
# into; the university's name is no province the report is about. A university with a name of its own before the
# city ("Đại học Y Dược TP.HCM", a donor's) is left to count, as before.
_UNIVERSITY_HEADS = (("đại", "học"), ("đh",))


def _universities_named_after(tokens, province_names):
    found, n = [], len(tokens)
    for i in range(n):
        head = next((len(words) for words in _UNIVERSITY_HEADS
                     if tuple(t.text.lower() for t in tokens[i:i + len(words)]) == words), 0)
        if not head or i + head >= n or not _same_line(tokens, i + head):
            continue
        j = i + head
        stop = _place_at(tokens, j, province_names)
        if stop and stop - j <= 3 and tuple(t.text.lower() for t in tokens[j:stop]) not in _CITY_SHORT \
                and (stop >= n or not (tokens[stop].is_word and tokens[stop].is_capitalised)):
            found.append(PlaceSpan(tokens[j].start, tokens[stop - 1].end, "Tên riêng", _as_printed(tokens[j:stop])))
    return found


def _place_at(tokens, j, province_names):
    """Where a province's name (or the city's short form) starting at ``j`` ends, or 0."""
    if not tokens[j].is_capitalised:
        return 0
    for words in _CITY_SHORT:
        if tuple(t.text.lower() for t in tokens[j:j + len(words)]) == words:
            return j + len(words)
    for stop in range(min(j + 4, len(tokens)), j, -1):
        words = tokens[j:stop]
        if all(t.is_word and t.is_capitalised for t in words) and _key(_as_printed(words)) in province_names:
            return stop
    return 0


def _name_run(tokens, start, *, limit=4):
    """The end of the capitalised words from ``start`` on one line (at most ``limit``)."""
    end, n = start, len(tokens)
    while end < n and end - start < limit and _is_name_word(tokens[end].text) and _same_line(tokens, end):
        end += 1
    return end


def _span(tokens, start, end, kind):
    return PlaceSpan(tokens[start].start, tokens[end - 1].end, kind, _as_printed(tokens[start:end]))


def _after_kind_lists(gazetteer, tokens, day, province_names):
    found, n, i = [], len(tokens), 0
    while i < n:
        kind = None
        for words, label in KINDS.items():
            if tuple(t.text.lower() for t in tokens[i:i + len(words)]) == words:
                kind, length = label, len(words)
                break
        if kind is None or (kind == "Xã" and i and tokens[i - 1].text.lower() == "thị"):
            i += 1
            continue
        plural = i > 0 and (tokens[i - 1].text.lower() in _PLURAL or tokens[i - 1].text.isdigit())
        end = _name_run(tokens, i + length)
        if end == i + length:
            i = end
            continue
        head = _as_printed(tokens[i + length:end])
        if kind == "Thành phố" and _key(head) in province_names:
            i = end  # "các tỉnh, thành phố Đà Nẵng, Quảng Ngãi": cities that are provinces
            continue
        shared = set(gazetteer.candidates_of(kind, head, day)) or None
        items = 0
        while items < MAX_LIST_ITEMS and end + 1 < n and tokens[end].text.lower() in _LIST_SEPARATORS \
                and _is_name_word(tokens[end + 1].text) and _same_line(tokens, end + 1):
            start, items = end + 1, items + 1
            stop = _name_run(tokens, start)
            name = _as_printed(tokens[start:stop])
            candidates = gazetteer.candidates_of(kind, name, day)
            if not candidates or (shared is not None and not shared & candidates):
                break
            continues = stop + 1 < n and tokens[stop].text.lower() in _LIST_SEPARATORS \
                and _is_name_word(tokens[stop + 1].text)
            if _key(name) in province_names and (kind == "Thành phố" or not (plural or continues)):
                break  # "xã Pà Cò, Hòa Bình": the address ends with its province
            shared = (shared or set(candidates)) & candidates
            found.append(_span(tokens, start, stop, kind))
            end = stop
        i = max(end, i + 1)
    return found


def _district_lists(gazetteer, tokens):
    found, n = [], len(tokens)
    for q in range(1, n):
        if tokens[q].text.lower() not in _QUALIFIER_OPENERS:
            continue
        district_kind, length = None, 0
        for words, label in DISTRICT_KINDS.items():
            if tuple(t.text.lower() for t in tokens[q + 1:q + 1 + len(words)]) == words:
                district_kind, length = label, len(words)
                break
        if district_kind is None:
            continue
        district_end = _name_run(tokens, q + 1 + length)
        if district_end == q + 1 + length:
            continue
        district = _key(_as_printed(tokens[q + 1 + length:district_end]))
        stop = q
        for _item in range(MAX_LIST_ITEMS):
            start = stop
            while start > 0 and stop - start < 4 and _is_name_word(tokens[start - 1].text) \
                    and _same_line(tokens, start):
                start -= 1
            if start == stop:
                break
            # The words before the name may open the sentence or print the kind: "Xã Đoàn Kết, …".
            hit = next(((first, kind) for first in range(start, stop) for kind in _COMMUNE_LEVEL
                        if (kind, _key(_as_printed(tokens[first:stop])), district_kind, district) in gazetteer.within),
                       None)
            if hit is not None:
                found.append(_span(tokens, hit[0], stop, hit[1]))
            # An item the data spells otherwise ("Bờ Y" for "Pờ Y") does not end the list; the words before it do.
            if (hit is not None and hit[0] > start) or start < 2 \
                    or tokens[start - 1].text.lower() not in _LIST_SEPARATORS:
                break
            stop = start - 1
    return found
