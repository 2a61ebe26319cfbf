"""Lists of communes printed with one kind word or closed by their district, reporters and datelines named like a
province, other stories' teasers boxed at a page's start; dates of documents and foundings, a year-end meeting's
year, a range opened by "ngày từ"; resolutions numbered with their year but no codes.

Every sentence is written for these tests, none is taken from the corpus.
"""

import pytest

from importer.recognition import Lexicon, recognise_text
from importer.recognition.dates import read_event_date
from importer.recognition.documents import find_documents
from importer.recognition.gazetteer import place_lists
from importer.recognition.tokens import tokenize

pytestmark = pytest.mark.django_db

BODY = ("Đoàn đã nghe báo cáo tình hình và đề nghị địa phương tiếp tục phối hợp chặt chẽ trong thời gian tới, chăm lo "
        "đời sống của người dân.")


def _provinces(text, day=None):
    return sorted(hit.name for hit in recognise_text(text, day=day, lexicon=Lexicon.load()).provinces)


def _listed(text):
    return [(span.name, span.kind) for span in place_lists(tokenize(text))]


# --- Lists of places ----------------------------------------------------------------------------

def test_every_item_after_a_plural_kind_word_is_a_unit_of_that_kind():
    assert ("Phú Thọ", "Xã") in _listed("Khu vực này có các xã Tân Hòa, Tân Trung, Phú Thọ và thị trấn Phú Mỹ.")


def test_items_of_a_list_closed_by_their_district_are_its_communes():
    listed = _listed("Năm nay có thêm các đơn vị: Đoàn Kết, Hòa Bình, Ia Chim (thành phố Kon Tum); Đăk Nông, "
                     "Đăk Kan thuộc huyện Ngọc Hồi được công nhận.")
    assert {("Hòa Bình", "Xã"), ("Đăk Nông", "Xã"), ("Ia Chim", "Xã")} <= set(listed)


def test_an_address_ending_with_its_province_keeps_the_province():
    assert ("Hòa Bình", "Xã") not in _listed("Ông sinh ra ở xã Pà Cò, Mai Châu, Hòa Bình và lớn lên tại đó.")
    assert "Hòa Bình" in _provinces("Ông sinh ra ở xã Pà Cò, Mai Châu, Hòa Bình và lớn lên tại đó.")


def test_a_list_of_cities_that_are_provinces_stays_a_list_of_provinces():
    assert _listed("Đoàn gồm đại biểu các tỉnh, thành phố Đà Nẵng, Quảng Ngãi, Gia Lai và nhiều đơn vị.") == []


def test_a_commune_in_a_list_named_like_a_province_adds_no_province():
    text = ("Kon Tum công nhận xã nông thôn mới\n\nTỉnh công nhận thêm các xã Đoàn Kết, Hòa Bình, Ia Chim, Đăk Năng "
            f"(thành phố Kon Tum) đạt chuẩn nông thôn mới.\n\n{BODY}")
    assert _provinces(text) == ["Kon Tum"]


# --- Reporters, datelines, teasers --------------------------------------------------------------

def test_a_reporter_named_like_a_province_is_not_the_province():
    text = (f"Tỉnh tổ chức lễ công bố\n\nTheo tin PV Thái Bình/VOV Miền Trung, sáng nay tỉnh Khánh Hòa tổ chức lễ "
            f"công bố nghị quyết.\n\n{BODY}")
    assert _provinces(text) == ["Khánh Hòa"]


def test_a_datelines_city_is_where_the_report_was_filed_from():
    text = (f"Về thăm khu di tích\n\nHà Nội (TTXVN 12/03/2023) Khu di tích ở xã Trường Hà (Hà Quảng, Cao Bằng) đón "
            f"nhiều khách tham quan.\n\n{BODY}")
    assert _provinces(text) == ["Cao Bằng"]


def test_boxed_teasers_of_other_stories_give_neither_places_nor_the_date():
    text = ("Tuyên truyền biển, đảo cho sinh viên\n\n"
            "| Ngày 3/4, đơn vị mở hội nghị tuyên truyền tại tỉnh Bến Tre. |\n\n"
            "| Trạm dịch vụ sửa xong tàu cá của ngư dân tỉnh Bình Thuận. |\n\n"
            f"Chiều ngày 8/5/2023, đơn vị đến trường đại học ở TP.HCM để tuyên truyền về biển, đảo.\n\n{BODY}")
    assert _provinces(text) == ["Hồ Chí Minh"]
    paragraphs = text.split("\n\n")
    assert read_event_date([paragraphs[1], paragraphs[0], *paragraphs[2:]]).date.isoformat() == "2023-05-08"


# --- Event dates --------------------------------------------------------------------------------

def test_a_documents_full_date_is_when_it_was_signed():
    found = read_event_date(["Thực hiện Kết luận số 12-KL/TW ngày 5/8/2024 của Bộ Chính trị, các địa phương đã "
                             "khẩn trương triển khai nhiều việc.", "Sáng 20/9, tỉnh tổ chức hội nghị."])
    assert (found.day, found.month) == (20, 9)


def test_a_document_signed_on_the_day_of_the_news_dates_it():
    found = read_event_date(["Bằng Quyết định số 41/QĐ-UBND ngày 9/6, Chủ tịch UBND tỉnh vừa công nhận hai xã."],
                            year=2020)
    assert found.date.isoformat() == "2020-06-09"


def test_a_founding_date_in_an_anniversary_report_is_history():
    assert read_event_date(["Tròn 40 năm từ khi ra đời, đơn vị luôn hoàn thành nhiệm vụ.",
                            "Ngày 2-3-1985, tại thị xã, thành lập Đội công tác số 7, tiền thân của đơn vị."]) is None


def test_a_meeting_late_in_a_year_is_in_the_year_it_reviews():
    found = read_event_date(["Sáng 20/12, tỉnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm "
                             "2025."])
    assert found.date.isoformat() == "2024-12-20"
    found = read_event_date(["Ngày 15/1, ngành tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm "
                             "2025."])
    assert found.date.isoformat() == "2025-01-15"


def test_days_printed_after_ngay_tu_open_the_range():
    found = read_event_date(["Trong các ngày từ 11-7 đến 15-7, đơn vị đã vận động chủ tàu ký cam kết."])
    assert (found.day, found.month, found.year) == (11, 7, None)


# --- Documents ----------------------------------------------------------------------------------

def test_a_resolution_numbered_with_its_year_and_no_codes():
    numbers = [d.number for d in find_documents("Lễ công bố Nghị quyết số 76/2025 của Quốc hội và Nghị quyết số "
                                                "1203/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị.")]
    assert numbers == ["76/2025", "1203/2025"]
    assert find_documents("Kế hoạch 2021/2025 của tỉnh đề ra nhiều mục tiêu.") == []
