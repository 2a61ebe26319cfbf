"""Where the gazetteer of lower units lives: the data file of ``vietnamadminunits`` (pinned in requirements.txt;
README "Dependencies" says why it and not ``vietnam-provinces``).

Its SQLite file holds the 63-province units with their districts and communes (``admin_units_legacy``) and the
34-province units with their communes (``admin_units``). Only the file is read, with the standard library: the
package's own parser pulls in geometry libraries we do not need. The importer reads it to tell which province a
district or commune implies, search to know a place's name when a query types it; both find it here.
"""

import importlib.util
import re
import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path

# "Xã Tân Lập (huyện Đan Phượng)": the data's own disambiguation, not part of the name.
_DISAMBIGUATION = re.compile(r"\s*\(.*\)\s*$")


def unit_name(name):
    """A unit's name as the data spells it, without the data's disambiguation in brackets."""
    return _DISAMBIGUATION.sub("", name or "").strip()


def data_file():
    """The path of the package's dataset, or None where the package is not installed."""
    spec = importlib.util.find_spec("vietnamadminunits")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "dataset.db"
    return path if path.exists() else None


@contextmanager
def read_only():
    """A read-only connection to the dataset (None without it), closed on leaving."""
    path = data_file()
    if path is None:
        yield None
        return
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        yield connection
