"""Geometry for server-drawn SVG charts. The templates draw; this module only places things.

Loops here run over a chart's rows (at most about a hundred bars), never over articles.
"""

import math

BAR_WIDTH = 760
BAR_LABEL = 270
BAR_AREA = 420
LABEL_CHARS = 40
BAR_ROW = 22
BAR_HEIGHT = 15
BAR_TOP = 8
AXIS = 26

LINE_WIDTH = 760
LINE_HEIGHT = 280
LINE_LEFT = 56
LINE_RIGHT = 24
LINE_TOP = 24
LINE_BOTTOM = 44


def nice_ceiling(value):
    """The smallest 1, 2 or 5 × 10^k at or above ``value``: axis ends people can read."""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            ceiling = step * magnitude
            return int(ceiling) if ceiling >= 1 and ceiling == int(ceiling) else ceiling
    return 10 * magnitude


def ticks(ceiling):
    if isinstance(ceiling, int) and ceiling <= 5:
        return list(range(ceiling + 1))
    lead = round(ceiling / 10 ** math.floor(math.log10(ceiling)))
    count = 4 if lead == 2 else 5
    return [_tidy(ceiling * i / count) for i in range(count + 1)]


def _tidy(number):
    return int(number) if float(number).is_integer() else round(number, 1)


def _short(text, limit):
    """Long names are cut in the drawing only; the bar's <title> and the table keep them whole."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_figure(chart):
    ceiling = nice_ceiling(chart.max_value)
    height = BAR_TOP + len(chart.rows) * BAR_ROW + AXIS
    bars = []
    for i, row in enumerate(chart.rows):
        y = BAR_TOP + i * BAR_ROW
        width = round(BAR_AREA * (row.value or 0) / ceiling, 1)
        bars.append({
            "row": row, "y": y, "bar_y": y + (BAR_ROW - BAR_HEIGHT) / 2, "text_y": y + BAR_ROW / 2 + 4,
            "width": max(width, 0), "value_x": BAR_LABEL + max(width, 0) + 6,
            "label_x": BAR_LABEL - 8, "label": _short(row.label, LABEL_CHARS - 2 * row.level),
            "empty": not row.value,
        })
    axis_y = BAR_TOP + len(chart.rows) * BAR_ROW
    axis = [{"value": t, "x": round(BAR_LABEL + BAR_AREA * t / ceiling, 1)} for t in ticks(ceiling)]
    return {
        "width": BAR_WIDTH, "height": height, "bars": bars, "axis": axis, "axis_y": axis_y,
        "plot_left": BAR_LABEL, "plot_top": BAR_TOP, "bar_height": BAR_HEIGHT, "tick_label_y": axis_y + 16,
    }


def line_figure(chart):
    series = [{"name": chart.value_label, "rows": chart.rows, "css": "s0"}] + [
        {**extra, "css": f"s{i + 1}"} for i, extra in enumerate(chart.plotted_series)
    ]
    count = len(chart.rows)
    plot_w = LINE_WIDTH - LINE_LEFT - LINE_RIGHT
    plot_h = LINE_HEIGHT - LINE_TOP - LINE_BOTTOM
    ceiling = nice_ceiling(chart.max_value)
    step = plot_w / (count - 1) if count > 1 else 0

    def x_of(i):
        return round(LINE_LEFT + (i * step if count > 1 else plot_w / 2), 1)

    def y_of(value):
        return round(LINE_TOP + plot_h * (1 - value / ceiling), 1)

    drawn = []
    for line in series:
        points, segments, current = [], [], []
        for i, row in enumerate(line["rows"]):
            if row.value is None:
                if current:
                    segments.append(current)
                current = []
                continue
            point = {"row": row, "x": x_of(i), "y": y_of(row.value), "label_y": y_of(row.value) - 9}
            points.append(point)
            current.append(f"{point['x']},{point['y']}")
        if current:
            segments.append(current)
        drawn.append({**line, "points": points, "paths": [" ".join(s) for s in segments if len(s) > 1]})
    grid = [{"value": t, "y": y_of(t)} for t in ticks(ceiling)]
    labels = [{"text": row.label, "x": x_of(i)} for i, row in enumerate(chart.rows)]
    return {
        "width": LINE_WIDTH, "height": LINE_HEIGHT, "series": drawn, "grid": grid, "labels": labels,
        "left": LINE_LEFT, "right": LINE_WIDTH - LINE_RIGHT, "bottom": LINE_TOP + plot_h,
        "label_y": LINE_TOP + plot_h + 20, "legend": len(series) > 1,
    }


def figure(chart):
    if chart.kind == "table":
        return None
    return line_figure(chart) if chart.kind == "line" else bar_figure(chart)
