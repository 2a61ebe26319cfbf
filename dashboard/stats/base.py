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
    # Further series, each {"name", "rows", "plot"}: drawn as more lines when "plot" is true (the 90th
    # percentile beside the median), otherwise only extra columns in the table and the CSV.
    series: list = field(default_factory=list)
    # Further CSV columns taken from Row.extra: (key, heading).
    csv_columns: list = field(default_factory=list)
    empty_message: str = ""

    @property
    def total(self):
        return sum(row.value or 0 for row in self.rows)

    @property
    def is_empty(self):
        """No value at all (zeros are values: a province with no coverage is shown as 0)."""
        return all(row.value is None for row in self.rows)

    @property
    def plotted_series(self):
        return [extra for extra in self.series if extra.get("plot", True)]

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
        for extra in self.plotted_series:
            values += [row.value or 0 for row in extra["rows"]]
        return max(values, default=0)
