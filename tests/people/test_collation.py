import pytest
from django.db import connection

from core.text import sort_key
from people.models import Official
from tests.factories import make_official

pytestmark = pytest.mark.django_db

# Vietnamese alphabetical order: đ is its own letter right after d, so "Đặng" follows "Dương" and precedes "Zô".
EXPECTED = ["Dương Văn An", "Đặng Văn Dũng", "Đỗ Thị Ánh", "Zô Văn Ba"]


def test_the_sort_key_orders_full_names_the_vietnamese_way():
    assert sorted(reversed(EXPECTED), key=sort_key) == EXPECTED


def test_the_name_column_orders_the_vietnamese_way():
    for name in reversed(EXPECTED):
        make_official(name)
    ordered = list(Official.objects.order_by("full_name").values_list("full_name", flat=True))
    if connection.vendor == "postgresql":
        # The column carries the ICU "vi-x-icu" collation (core/migrations/0001).
        assert ordered == EXPECTED
    else:
        # SQLite compares code points, which puts Đ after Z: that is why the models order by the stored sort key.
        assert ordered[-1].startswith("Đ")
    by_key = list(Official.objects.order_by("sort_name").values_list("full_name", flat=True))
    assert by_key == sorted(EXPECTED, key=lambda n: sort_key(f"{n.split()[-1]} {n}"))
