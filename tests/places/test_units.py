"""The gazetteer's data file, which the importer and search both read through places.units."""

from places import units


def test_the_pinned_package_ships_the_units_before_and_after_the_reform():
    with units.read_only() as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"admin_units", "admin_units_legacy"} <= tables
        (legacy,) = connection.execute(
            "SELECT count(*) FROM admin_units_legacy WHERE districtShort = 'Lý Sơn'").fetchone()
        assert legacy > 0


def test_without_the_package_nothing_is_read(monkeypatch):
    monkeypatch.setattr(units.importlib.util, "find_spec", lambda name: None)
    assert units.data_file() is None
    with units.read_only() as connection:
        assert connection is None
