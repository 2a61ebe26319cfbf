"""The map of Vietnam's 34 provincial units, as inline SVG: links a keyboard can reach, colours from CSS classes.

The outlines come from ``data/map/vietnam_34.json`` (Natural Earth, public domain, merged from the 63 former
units: see ``build_province_map``). The SVG is written here in Python, not in a template, so that the province
index costs one string join, and it carries no ``style`` attribute: the strict CSP allows none, and every colour
lives in ``static/css/map.css``.
"""

import functools
import json

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from places.loader import DATA_DIR

LEVELS = 4  # coverage colours besides "none"


@functools.cache
def outlines():
    with open(DATA_DIR / "map" / "vietnam_34.json", encoding="utf-8") as handle:
        return json.load(handle)


def coverage_level(count, most):
    """0 for no article, else 1..LEVELS by the share of the best-covered unit's count."""
    if not count or not most:
        return 0
    return max(1, min(LEVELS, -(-count * LEVELS // most)))


def level_bounds(most):
    """(level, lowest count, highest count) for the legend, skipping levels no count can reach."""
    bounds = []
    for level in range(1, LEVELS + 1):
        low = (level - 1) * most // LEVELS + 1
        high = level * most // LEVELS
        if low <= high:
            bounds.append((level, low, high))
    return bounds


def _islands(unit):
    islands = unit.get("islands")
    if not islands:
        return ""
    return format_html_join("", '<circle class="island" cx="{}" cy="{}" r="1.6"></circle>', islands["dots"])


def province_map(units, *, label_id, current=None):
    """The clickable map. ``units``: (slug, url, accessible name, level) for each of the 34, in tab order."""
    data = outlines()
    shapes = data["units"]
    links = []
    for slug, url, name, level in units:
        shape = shapes.get(slug)
        if shape is None:
            continue
        current_attr = mark_safe(' aria-current="page"') if slug == current else ""
        links.append(format_html(
            '<a href="{}" class="unit level-{}" data-unit="{}"{}><title>{}</title><path d="{}"></path>{}</a>',
            url, level, slug, current_attr, name, shape["d"], _islands(shape),
        ))
    return format_html(
        '<svg class="vn-map" viewBox="{}" role="group" aria-labelledby="{}" focusable="false">{}</svg>',
        " ".join(map(str, data["viewBox"])), label_id, mark_safe("".join(links)),
    )


@functools.lru_cache(maxsize=256)
def position_map(slug, *, name):
    """A small picture of where one unit lies: every unit drawn, this one marked; no links.

    Kept per unit and label (the label follows the language): the outlines never change while the process runs,
    and escaping their 11 KB of paths cost a province page about 0.4 ms every time."""
    data = outlines()
    paths = format_html_join(
        "", '<path class="{}" d="{}"></path>',
        (("unit is-here" if key == slug else "unit", shape["d"]) for key, shape in data["units"].items()),
    )
    islands = format_html_join(
        "", '<g class="{}">{}</g>',
        (("is-here" if key == slug else "", _islands(shape)) for key, shape in data["units"].items() if "islands" in shape),
    )
    return format_html(
        '<svg class="vn-map vn-map-position" viewBox="{}" role="img" aria-label="{}">{}{}</svg>',
        " ".join(map(str, data["viewBox"])), name, paths, islands,
    )


def unit_order(slugs):
    """North to south, then west to east: the order in which Tab walks the map."""
    shapes = outlines()["units"]
    return sorted(slugs, key=lambda slug: (round(shapes[slug]["label"][1] / 20), shapes[slug]["label"][0]))
