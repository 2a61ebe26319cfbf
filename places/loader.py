"""Loads the provincial units (63 before and 34 after 1 July 2025) from the project's CSV copy.

The CSVs in ``places/data`` are a copy of the verified reference data; see SOURCES.md there.
A former unit whose slug the new unit kept (Đà Nẵng merged with Quảng Nam into a new Đà Nẵng)
gets the suffix ``-truoc-2025`` so that both keep a page.
"""

import csv
import datetime
import functools
from pathlib import Path

from core.text import fold, sort_key

DATA_DIR = Path(__file__).resolve().parent / "data"
FORMER_SUFFIX = "-truoc-2025"
KINDS = {"tỉnh": "tinh", "thành phố trực thuộc trung ương": "thanh-pho"}


def _read(name):
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


@functools.lru_cache(maxsize=1)
def province_names():
    """The name of every unit, current and former, as the CSVs write it: the settings are checked against it
    before the database exists. Read once per process: the admin loads a lexicon, and so looks the newsroom's
    province up, on every article it recognises."""
    rows = _read("provinces_2025.csv") + _read("provinces_2008_2025.csv") + _read("provinces_2008_2025_former_names.csv")
    return tuple(sorted({row["name"] for row in rows}, key=sort_key))


def province_named(text):
    """The unit's name as the CSVs write it for a name typed in a setting or an option ("Hải Dương", "tỉnh Hải
    Dương", "Hai Duong", "TP Hồ Chí Minh"), or None."""
    words = fold(text or "").replace(".", " ").split()
    for prefix in (["thanh", "pho"], ["tinh"], ["tp"]):
        if words[:len(prefix)] == prefix:
            words = words[len(prefix):]
            break
    wanted = " ".join(words)
    return next((name for name in province_names() if wanted and fold(name) == wanted), None)


def load_provinces(Province):
    """Create or update every unit. Idempotent; works with a historical model in migrations."""
    current_rows = _read("provinces_2025.csv")
    former_rows = _read("provinces_2008_2025.csv") + _read("provinces_2008_2025_former_names.csv")
    current = {}
    for row in current_rows:
        current[row["slug"]] = _upsert(Province, row["slug"], row, valid_from=_date(row["valid_from"]))
    for row in former_rows:
        if not row["valid_to"]:
            continue  # one of the 11 units that were not arranged: already loaded as current
        slug = row["slug"]
        if slug in current:
            slug += FORMER_SUFFIX
        successor = current[row["successor_slug"]]
        _upsert(
            Province, slug, row,
            valid_from=_date(row["valid_from"]), valid_to=_date(row["valid_to"]), successor=successor,
        )


def _upsert(Province, slug, row, **extra):
    obj, _ = Province.objects.update_or_create(
        slug=slug,
        defaults={
            "code": row["code"],
            "name": row["name"],
            "kind": KINDS[row["kind"]],
            "sort_name": sort_key(row["name"]),
            "name_folded": fold(row["name"]),
            **extra,
        },
    )
    return obj
