from dataclasses import dataclass, field


@dataclass
class Row:
    """One bar, point or table line: its label, its value and the admin list behind it."""

    key: str
    label: str
    value: float | int | None
    url: str = ""
    level: int = 0
    extra: dict = field(default_factory=dict)


@dataclass
class Chart:
    slug: str
    title: str
    description: str
    rows: list[Row]
    value_label: str
    label_heading: str
    kind: str = "bar"
    unit: str = ""
    # Extra series for line charts with several lines (median and 90th percentile); ``rows`` is the first.
    series: list = field(default_factory=list)
    # Further CSV columns taken from Row.extra: (key, heading).
    csv_columns: list = field(default_factory=list)
    empty_message: str = ""

    @property
    def total(self):
        return sum(row.value or 0 for row in self.rows)

    @property
    def headings(self):
        return [self.value_label, *[extra["name"] for extra in self.series]]

    @property
    def table(self):
        """Rows for the data table and CSV: the first series' row and one cell (a Row) per series."""
        return [
            {"row": row, "cells": [row, *[extra["rows"][i] for extra in self.series]]}
            for i, row in enumerate(self.rows)
        ]

    @property
    def max_value(self):
        values = [row.value or 0 for row in self.rows]
        for extra in self.series:
            values += [row.value or 0 for row in extra["rows"]]
        return max(values, default=0)
