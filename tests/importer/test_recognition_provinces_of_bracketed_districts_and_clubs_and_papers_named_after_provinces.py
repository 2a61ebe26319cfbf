"""Provinces read from two shapes outlets print: a commune whose name is in several provinces, followed by its
district's bare name in brackets ("xã A (B)"), implies the one province that has it there; a club or a newspaper
named after a province ("CLB … Hà Nội", "Báo … TP.HCM") does not make the report about that province, while a
province's own paper ("Báo Nghệ An") and a prize named after it still name it.

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition.gazetteer import find_lower_units, namesakes
from importer.recognition.tokens import tokenize
from tests.importer.shapes import CLOSING, provinces_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("needs_gazetteer")]


def _implied(text, day=None):
    return [(hit.written, hit.province) for hit in find_lower_units(tokenize(text), day)]


def test_a_shared_commune_name_with_its_district_in_brackets_implies_that_districts_province():
    # "Phong Phú" is a commune of several provinces; only Hòa Bình has one in Tân Lạc.
    text = (f"Tập huấn trồng mía\n\nHội Nông dân xã Phong Phú (Tân Lạc) mở lớp hướng dẫn kỹ thuật cho 40 hội viên."
            f"\n\n{CLOSING}")
    assert provinces_in(text) == ["Hòa Bình"]
    assert _implied("Chi bộ xóm Đồng, xã Tân Lập (Đan Phượng) họp định kỳ.") == [("xã Tân Lập", "Hà Nội")]


def test_a_shared_commune_name_alone_or_with_a_district_it_is_not_in_implies_nothing():
    assert _implied("Hội Nông dân xã Phong Phú mở lớp tập huấn.") == []
    assert _implied("Chi bộ xã Tân Lập (Tân Lạc) họp định kỳ.") == []


def test_a_district_printed_with_its_abbreviated_kind_in_brackets_places_the_commune_too():
    hits = _implied("Đại hội điểm của xã Mỹ Hòa (TX Bình Minh) diễn ra sáng nay.", datetime.date(2020, 6, 1))
    assert ("xã Mỹ Hòa", "Vĩnh Long") in hits


def test_a_city_club_working_in_another_province_does_not_name_the_city():
    text = (f"Khám bệnh miễn phí ở vùng biên\n\nĐồn Biên phòng phối hợp với CLB thầy thuốc trẻ Hà Nội khám bệnh, phát "
            f"thuốc cho 200 người dân tỉnh Quảng Trị.\n\n{CLOSING}")
    assert provinces_in(text, day=datetime.date(2024, 1, 20)) == ["Quảng Trị"]


def test_a_city_newspaper_bringing_gifts_elsewhere_does_not_name_the_city():
    text = (f"Báo Tuổi Trẻ Thủ Đô TP.HCM trao quà cho bà con vùng hạn\n\nĐoàn của Báo Tuổi Trẻ Thủ Đô TP.HCM đã trao 300 "
            f"phần quà cho hộ nghèo tỉnh Ninh Thuận.\n\n{CLOSING}")
    assert provinces_in(text, day=datetime.date(2016, 5, 3)) == ["Ninh Thuận"]


def test_a_provinces_own_paper_and_a_prize_named_after_it_still_name_the_province():
    own = (f"Những người lính nơi biên giới\n\nBáo Nghệ An giới thiệu một số hình ảnh về chiến sĩ biên phòng ở miền "
           f"Tây tỉnh nhà.\n\n{CLOSING}")
    assert provinces_in(own, day=datetime.date(2015, 3, 2)) == ["Nghệ An"]
    prize = f"Chấm sơ khảo Giải Báo chí Yên Bái\n\nHội đồng đã chấm 80 tác phẩm dự giải.\n\n{CLOSING}"
    assert provinces_in(prize, day=datetime.date(2023, 5, 10)) == ["Yên Bái"]


def test_reporting_words_are_no_newspaper():
    assert namesakes(tokenize("Sở đã báo cáo Hà Nội và thông báo Hà Nội kết quả.")) == []
    assert [span.name for span in namesakes(tokenize("Tổng Biên tập báo Người Lao Động TP.HCM dự lễ."))] == ["TP.HCM"]
