"""Percentiles of decision times: PERCENTILE_CONT in PostgreSQL, the same interpolation in Python elsewhere."""

import math

from django.contrib.postgres.fields import ArrayField
from django.db.models import Aggregate, FloatField


class PercentileCont(Aggregate):
    """PostgreSQL's ordered-set aggregate over several fractions at once, returning an array.

    One aggregate for the median and the 90th percentile means the expression (a correlated subquery)
    is evaluated once per row, not once per percentile. The fractions are numbers we choose, never input.
    """

    function = "PERCENTILE_CONT"
    template = "%(function)s(ARRAY[%(fractions)s]::float8[]) WITHIN GROUP (ORDER BY %(expressions)s)"

    def __init__(self, expression, fractions, **extra):
        fractions = [float(f) for f in fractions]
        if not all(0 <= f <= 1 for f in fractions):
            raise ValueError("fractions must be between 0 and 1")
        super().__init__(
            expression, fractions=", ".join(repr(f) for f in fractions), output_field=ArrayField(FloatField()), **extra
        )


def percentile_cont(sorted_values, fraction):
    """What PERCENTILE_CONT returns: linear interpolation between the two nearest ranks."""
    if not sorted_values:
        return None
    position = fraction * (len(sorted_values) - 1)
    low, high = math.floor(position), math.ceil(position)
    if low == high:
        return float(sorted_values[low])
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)
