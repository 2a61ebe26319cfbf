"""Provinces that a lower unit's name does not imply: a commune's name known in several provinces, never cut short to
a shorter commune's; an item of a list printed with its kind word once, a commune like any other; a ward named
after a former province, which the text calls "tỉnh … cũ".

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition.gazetteer import find_lower_units
from importer.recognition.tokens import tokenize
from tests.importer.shapes import CLOSING, provinces_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("needs_gazetteer")]


def test_a_commune_name_of_several_provinces_is_not_cut_to_a_shorter_communes_name():
    # "Thanh Xuân" is a commune in several provinces; a "xã Thanh" exists in one only.
    text = f"Tập huấn nhà nông\n\nHội Nông dân xã Thanh Xuân mở lớp tập huấn kỹ thuật trồng lúa.\n\n{CLOSING}"
    assert provinces_in(text) == []
    assert provinces_in(text, day=datetime.date(2023, 3, 1)) == []


def test_a_headline_in_capitals_names_its_commune_whole():
    text = f"XÃ THANH LÂM RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN\n\nNgày 5/3, bà con trong xã cùng ra quân.\n\n{CLOSING}"
    assert provinces_in(text, day=datetime.date(2024, 3, 5)) == []


def test_a_list_of_merged_communes_implies_no_province_through_a_shortened_item():
    text = (f"Sắp xếp đơn vị hành chính\n\nDự kiến lập xã mới từ 3 xã Long Mỹ, Đông Yên, Đông Quang; trụ sở đặt tại "
            f"xã Long Mỹ.\n\n{CLOSING}")
    assert provinces_in(text) == []


def test_a_commune_listed_after_one_kind_word_implies_nothing_when_the_text_names_its_province():
    text = f"Thăm bản vùng cao\n\nĐoàn công tác tỉnh Sơn La học tập mô hình ở các xã Pà Cò, Hang Kia.\n\n{CLOSING}"
    assert provinces_in(text, day=datetime.date(2023, 4, 2)) == ["Sơn La"]


def test_an_item_of_a_list_with_one_kind_word_keeps_that_kind():
    hits = find_lower_units(tokenize("Đoàn về thăm các xã Pà Cò, Hang Kia của huyện vùng cao."), None)
    assert {(hit.written, hit.kind) for hit in hits} == {("xã Pà Cò", "Xã"), ("Hang Kia", "Xã")}


def test_a_ward_named_after_a_former_province_is_not_that_province():
    text = ("Đại hội Đảng bộ phường Bình Dương\n\nPhường Bình Dương, mang tên tỉnh Bình Dương cũ, là một phường lớn "
            "của TP Hồ Chí Minh. Bình Dương là phường có nhiều khu công nghiệp.\n\n" + CLOSING)
    assert provinces_in(text, day=datetime.date(2025, 9, 1)) == ["Hồ Chí Minh"]
    assert provinces_in(text) == ["Hồ Chí Minh"]


def test_a_province_printed_as_such_still_counts_beside_a_commune_of_its_name():
    text = ("Tặng quà\n\nĐoàn công tác tỉnh Bình Dương đến xã Bình Dương tặng quà các hộ nghèo.\n\n" + CLOSING)
    assert "Bình Dương" in provinces_in(text, day=datetime.date(2024, 1, 10))
