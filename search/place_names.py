"""The names of the gazetteer's lower units (districts, towns, communes, special zones), before and after
1 July 2025, folded: what a query's words may mean when they are no province, topic or official ("nam du" is
the commune Nam Du of Kiên Hải, not "Năm Du lịch").

Read from the data file of ``vietnamadminunits`` (``places.units``), as the importer's gazetteer reads it: a few
thousand rows, once per process; the names change with an administrative reform, and with the package's pin.
"""

from functools import lru_cache

from core.text import fold, nfc
from places.units import read_only, unit_name

# One word is too little: every syllable of Vietnamese is some commune's half, and "Lộc" or "Sơn" alone would
# turn any query word into a place.
MIN_WORDS = 2


def _rows():
    with read_only() as connection:
        if connection is None:
            return
        yield from connection.execute("SELECT DISTINCT districtShort FROM admin_units_legacy")
        yield from connection.execute("SELECT DISTINCT wardShort FROM admin_units_legacy")
        yield from connection.execute("SELECT DISTINCT wardShort FROM admin_units")


@lru_cache(maxsize=1)
def place_names():
    """{folded name: (names as written, …)}: "nam du" -> ("Nam Du",), "tan lap" -> ("Tân Lập",)."""
    names = {}
    for (name,) in _rows():
        name = nfc(unit_name(name))
        key = fold(name)
        words = key.split()
        # "Phường 1": numbered units name nothing a reader searches for as such.
        if len(words) < MIN_WORDS or any(word.isdigit() for word in words):
            continue
        names.setdefault(key, set()).add(name)
    return {key: tuple(sorted(written)) for key, written in names.items()}
