"""The names of the gazetteer's lower units (districts, towns, communes, special zones), before and after
1 July 2025, folded: what a query's words may mean when they are no province, topic or official ("nam du" is
the commune Nam Du of Kiên Hải, not "Năm Du lịch").

Read from the data file of ``vietnamadminunits``, as ``importer.recognition.gazetteer`` reads it: the importer
sits above search, so search cannot import it, and the file is read here with the standard library (a few
thousand rows, once per process; the names change with an administrative reform, and with the package's pin).
"""

import importlib.util
import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from core.text import fold, nfc

# "Phường 1", "Xã Tân Lập (huyện ...)": numbered units name nothing a reader searches for as such, and the
# disambiguation in brackets is the data's, not the name's.
_DISAMBIGUATION = re.compile(r"\s*\(.*\)\s*$")
# One word is too little: every syllable of Vietnamese is some commune's half, and "Lộc" or "Sơn" alone would
# turn any query word into a place.
MIN_WORDS = 2


def _data_file():
    spec = importlib.util.find_spec("vietnamadminunits")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "dataset.db"
    return path if path.exists() else None


def _rows(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        yield from connection.execute("SELECT DISTINCT districtShort FROM admin_units_legacy")
        yield from connection.execute("SELECT DISTINCT wardShort FROM admin_units_legacy")
        yield from connection.execute("SELECT DISTINCT wardShort FROM admin_units")


@lru_cache(maxsize=1)
def place_names():
    """{folded name: (names as written, …)}: "nam du" -> ("Nam Du",), "tan lap" -> ("Tân Lập",)."""
    path = _data_file()
    if path is None:
        return {}
    names = {}
    for (name,) in _rows(path):
        name = nfc(_DISAMBIGUATION.sub("", name or "")).strip()
        key = fold(name)
        words = key.split()
        if len(words) < MIN_WORDS or any(word.isdigit() for word in words):
            continue
        names.setdefault(key, set()).add(name)
    return {key: tuple(sorted(written)) for key, written in names.items()}
