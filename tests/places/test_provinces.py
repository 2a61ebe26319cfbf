import datetime

import pytest

from places.models import Province

pytestmark = pytest.mark.django_db


def test_all_63_former_and_34_current_units_are_loaded():
    assert Province.objects.current().count() == 34
    before = Province.objects.as_of(datetime.date(2025, 6, 30))
    assert before.count() == 63
    assert Province.objects.as_of(datetime.date(2025, 7, 1)).count() == 34


def test_kien_giang_ended_on_30_june_2025_and_became_part_of_an_giang():
    kien_giang = Province.objects.get(slug="kien-giang")
    assert kien_giang.name == "Kiên Giang"
    assert kien_giang.valid_to == datetime.date(2025, 6, 30)
    assert kien_giang.successor.slug == "an-giang"
    assert kien_giang.successor.valid_to is None
    assert str(kien_giang) == "Kiên Giang (đến 30/06/2025)"


def test_a_name_kept_by_the_new_unit_leaves_the_old_unit_its_own_page():
    new, old = Province.objects.get(slug="da-nang"), Province.objects.get(slug="da-nang-truoc-2025")
    assert new.valid_to is None and new.kind == Province.Kind.CITY
    assert old.successor == new
    assert set(new.predecessors.values_list("slug", flat=True)) == {"da-nang-truoc-2025", "quang-nam"}


def test_units_that_were_not_arranged_are_single_current_rows():
    hanoi = Province.objects.get(slug="ha-noi")
    assert hanoi.valid_to is None and not hanoi.predecessors.exists()
    assert not Province.objects.filter(slug="ha-noi-truoc-2025").exists()


def test_thua_thien_hue_is_a_former_name_of_hue():
    assert Province.objects.get(slug="thua-thien-hue").successor.slug == "hue"


def test_province_names_are_nfc_with_diacritics_and_slugs_are_ascii():
    for province in Province.objects.all():
        assert province.slug.isascii()
    assert Province.objects.get(slug="dak-lak").name == "Đắk Lắk"


def test_display_order_lists_current_units_first():
    ordered = list(Province.objects.in_display_order())
    assert all(p.valid_to is None for p in ordered[:34])
    assert all(p.valid_to is not None for p in ordered[34:])
    current_names = [p.name for p in ordered[:34]]
    assert current_names.index("Cần Thơ") < current_names.index("Đà Nẵng") < current_names.index("Gia Lai")
