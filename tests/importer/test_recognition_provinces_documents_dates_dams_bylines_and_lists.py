"""Provinces, documents and event dates in shapes reports use again and again: a dam named after a province, a
byline of two reporters one of whom is named like a province, a province named in a report dated before the merger
that later took it, an urban district in a report that names no province; numbers listed under one kind word, a
central committee code printed with its diacritic, a programme named by its number; a span of days opened by "từ"
alone, a view counter under the headline.

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition import Lexicon, recognise_text
from importer.recognition.dates import read_event_date
from importer.recognition.documents import find_documents
from importer.recognition.gazetteer import Gazetteer

BODY = ("Đoàn đã nghe báo cáo tình hình và đề nghị địa phương tiếp tục phối hợp chặt chẽ trong thời gian tới, chăm lo "
        "đời sống của người dân.")


def _provinces(text, day=None):
    return sorted(hit.name for hit in recognise_text(text, day=day, lexicon=Lexicon.load()).provinces)


def _numbers(text):
    return [d.number for d in find_documents(text)]


@pytest.mark.django_db
def test_a_dam_named_after_a_province_is_not_that_province():
    text = (f"Bài học tái định cư\n\nTỉnh Lai Châu rút kinh nghiệm từ việc di dân của thủy điện Tuyên Quang và "
            f"Nhà máy Thuỷ điện Hòa Bình để lo chỗ ở mới cho bà con.\n\n{BODY}")
    assert _provinces(text, datetime.date(2012, 5, 4)) == ["Lai Châu"]


@pytest.mark.django_db
def test_a_reporter_named_like_a_province_in_the_byline_is_a_person():
    text = (f"Loa không dây về bản\n\nCác xã của tỉnh Nghệ An thay loa truyền thanh cũ bằng loa thông minh.\n\n"
            f"Hà Nam – Minh Đức\n\n12/03/2023 08:15\n\n{BODY}")
    assert _provinces(text, datetime.date(2023, 3, 12)) == ["Nghệ An"]


@pytest.mark.django_db
def test_a_line_of_provinces_only_is_no_byline():
    text = f"Tuyến đường mới\n\nThái Bình – Nam Định\n\nHai tỉnh khởi công tuyến đường nối liền.\n\n{BODY}"
    assert _provinces(text, datetime.date(2023, 3, 12)) == ["Nam Định", "Thái Bình"]


@pytest.mark.django_db
def test_a_province_a_report_names_before_its_merger_is_not_the_mergers_history():
    text = (f"Kỷ niệm ngày thành lập huyện\n\nNăm 1970, Hội đồng Chính phủ sáp nhập 4 xã của huyện A (tỉnh Yên Bái) "
            f"với 3 xã của huyện B (tỉnh Lào Cai) để lập huyện mới. Năm 2016, huyện tổ chức kỷ niệm.\n\n{BODY}")
    assert _provinces(text, datetime.date(2016, 3, 1)) == ["Lào Cai", "Yên Bái"]
    assert _provinces(text) == ["Lào Cai", "Yên Bái"]


@pytest.mark.django_db
def test_an_urban_district_implies_its_city_only_when_no_province_is_named():
    if not Gazetteer.load().before:
        pytest.skip("the gazetteer's data file is not installed")
    alone = f"Ngày hội bầu cử\n\nCử tri quận Gò Vấp đi bầu từ sáng sớm.\n\n{BODY}"
    assert _provinces(alone, datetime.date(2021, 5, 23)) == ["Hồ Chí Minh"]
    elsewhere = f"Hội thảo\n\nĐoàn của tỉnh Long An dự hội thảo tại số 5 đường A, quận Hai Bà Trưng.\n\n{BODY}"
    assert _provinces(f"Hội thảo\n\nĐoàn dự hội thảo tại số 5 đường A, quận Hai Bà Trưng.\n\n{BODY}") == []
    assert _provinces(elsewhere, datetime.date(2021, 5, 23)) == ["Long An"]


def test_numbers_listed_under_one_kind_word_share_the_codes_of_the_last():
    text = "UBND tỉnh công nhận hai xã tại các Quyết định số 1204, 1205/QĐ-UBND, ngày 2/11/2019."
    assert sorted(_numbers(text)) == ["1204/QĐ-UBND", "1205/QĐ-UBND"]


def test_a_central_code_printed_with_its_diacritic_is_the_same_document_as_tw():
    assert _numbers("Hội nghị sơ kết 3 năm thực hiện Chỉ thị số 07-CT/TƯ của Ban Bí thư.") == ["07-CT/TW"]


def test_a_programme_named_by_its_number_is_no_document():
    text = "Các xã được đầu tư từ Chương trình 134/CP và Đề án 12/UBND cùng nhiều dự án khác."
    assert _numbers(text) == []
    assert _numbers("Thực hiện Chương trình số 15-CTr/TU của Tỉnh ủy.") == ["15-CTr/TU"]


def test_a_span_of_days_opened_by_tu_alone_dates_the_event():
    found = read_event_date(["Hướng về Đại hội", "Diễn ra từ 9 đến 11/8, Đại hội đại biểu Đảng bộ quận lần thứ V "
                                                 "là sự kiện chính trị quan trọng của địa phương."])
    assert (found.day, found.month, found.year) == (9, 8, None)
    assert read_event_date(["Kết quả thi", "Tỷ lệ đạt từ 15 - 20/100 thí sinh ở mỗi điểm thi."]) is None


def test_a_view_counter_under_the_headline_takes_no_place_among_the_opening_paragraphs():
    found = read_event_date([
        "Tập huấn báo cáo viên", "318",
        "Thực hiện kế hoạch của Huyện ủy về công tác tuyên truyền trên không gian mạng trong năm.",
        "Toàn cảnh hội nghị",
        "Sáng nay, ngày 12/4/2021, Huyện ủy mở lớp tập huấn cho báo cáo viên cơ sở.",
    ])
    assert found.date == datetime.date(2021, 4, 12)
