"""Lists of communes printed with one kind word or closed by their district, reporters and datelines named like a
province, other stories' teasers boxed at a page's start; dates of documents and foundings, a year-end meeting's
year, a range opened by "ngày từ"; resolutions numbered with their year but no codes.

Also: a meeting's site on a video link named after its province, a former province marked "(cũ)", units abroad,
communes and districts printed with the kind they had before the data's snapshot, a commune placed by a district
named elsewhere in the text; a page's dateline, an anniversary's "Ngày thành lập", a plan's and a standard's year;
a document's code printed with a stray space, a kind qualified before its number.

Every sentence is written for these tests, none is taken from the corpus.
"""

import datetime

import pytest

from importer.recognition.dates import read_event_date
from importer.recognition.documents import find_documents
from importer.recognition.gazetteer import find_lower_units, place_lists
from importer.recognition.tokens import tokenize
from tests.importer.shapes import CLOSING, provinces_in

pytestmark = pytest.mark.django_db



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
    assert "Hòa Bình" in provinces_in("Ông sinh ra ở xã Pà Cò, Mai Châu, Hòa Bình và lớn lên tại đó.")


def test_a_list_of_cities_that_are_provinces_stays_a_list_of_provinces():
    assert _listed("Đoàn gồm đại biểu các tỉnh, thành phố Đà Nẵng, Quảng Ngãi, Gia Lai và nhiều đơn vị.") == []


def test_a_commune_in_a_list_named_like_a_province_adds_no_province():
    text = ("Kon Tum công nhận xã nông thôn mới\n\nTỉnh công nhận thêm các xã Đoàn Kết, Hòa Bình, Ia Chim, Đăk Năng "
            f"(thành phố Kon Tum) đạt chuẩn nông thôn mới.\n\n{CLOSING}")
    assert provinces_in(text) == ["Kon Tum"]


# --- Reporters, datelines, teasers --------------------------------------------------------------

def test_a_reporter_named_like_a_province_is_not_the_province():
    text = (f"Tỉnh tổ chức lễ công bố\n\nTheo tin PV Thái Bình/VOV Miền Trung, sáng nay tỉnh Khánh Hòa tổ chức lễ "
            f"công bố nghị quyết.\n\n{CLOSING}")
    assert provinces_in(text) == ["Khánh Hòa"]


def test_a_datelines_city_is_where_the_report_was_filed_from():
    text = (f"Về thăm khu di tích\n\nHà Nội (TTXVN 12/03/2023) Khu di tích ở xã Trường Hà (Hà Quảng, Cao Bằng) đón "
            f"nhiều khách tham quan.\n\n{CLOSING}")
    assert provinces_in(text) == ["Cao Bằng"]


def test_boxed_teasers_of_other_stories_give_neither_places_nor_the_date():
    text = ("Tuyên truyền biển, đảo cho sinh viên\n\n"
            "| Ngày 3/4, đơn vị mở hội nghị tuyên truyền tại tỉnh Bến Tre. |\n\n"
            "| Trạm dịch vụ sửa xong tàu cá của ngư dân tỉnh Bình Thuận. |\n\n"
            f"Chiều ngày 8/5/2023, đơn vị đến trường đại học ở TP.HCM để tuyên truyền về biển, đảo.\n\n{CLOSING}")
    assert provinces_in(text) == ["Hồ Chí Minh"]
    paragraphs = text.split("\n\n")
    assert read_event_date([paragraphs[1], paragraphs[0], *paragraphs[2:]]).date.isoformat() == "2023-05-08"


def test_a_meeting_site_on_a_video_link_names_its_province():
    text = ("Hội nghị trực tuyến toàn quốc\n\nHội nghị được nối tới các điểm cầu trong cả nước. Dự tại điểm cầu "
            f"Quảng Nam có lãnh đạo tỉnh và các sở.\n\n{CLOSING}")
    assert provinces_in(text) == ["Quảng Nam"]
    assert provinces_in(f"Thông xe\n\nXe tải lớn đi qua cầu Cần Thơ được phân luồng từ sáng.\n\n{CLOSING}") == []


def test_a_province_marked_former_is_history_unless_printed_without_the_mark():
    text = f"Ủng hộ đồng bào\n\nÔng B, hội viên Hội Cựu chiến binh tỉnh Vĩnh Phúc (cũ), góp hai tấn gạo.\n\n{CLOSING}"
    assert provinces_in(text) == []
    text = (f"Ủng hộ đồng bào\n\nÔng B ở Vĩnh Phúc, hội viên Hội Cựu chiến binh tỉnh Vĩnh Phúc (cũ), góp hai tấn "
            f"gạo.\n\n{CLOSING}")
    assert provinces_in(text) == ["Vĩnh Phúc"]


def test_a_unit_printed_with_a_foreign_province_or_country_implies_no_vietnamese_province():
    assert provinces_in(f"Thăm nước bạn\n\nĐoàn đến huyện Mường Tè, tỉnh Hủa Phăn trao quà.\n\n{CLOSING}") == []
    assert provinces_in(f"Thăm nước bạn\n\nĐoàn đến huyện Mường Tè (Lào) trao quà.\n\n{CLOSING}") == []
    assert provinces_in(f"Thăm nước bạn\n\nĐoàn đến huyện Mường Tè, nước bạn Lào trao quà.\n\n{CLOSING}") == []
    assert provinces_in(f"Thăm bản\n\nĐoàn đến huyện Mường Tè trao quà.\n\n{CLOSING}") == ["Lai Châu"]
    assert provinces_in(f"Thăm bản\n\nĐoàn đến xã Pa Ủ, huyện Mường Tè, tỉnh Lai Châu trao quà.\n\n{CLOSING}") \
        == ["Lai Châu"]


def test_a_township_that_became_a_ward_implies_its_province_under_its_former_kind():
    text = f"Ngày hội đại đoàn kết\n\nNgày 17.11, thị trấn Trảng Bàng tổ chức ngày hội ở khu phố.\n\n{CLOSING}"
    assert provinces_in(text) == ["Tây Ninh"]


def test_a_commune_inside_a_district_named_elsewhere_places_both():
    # "huyện Phong Điền" alone is Cần Thơ's (the data knows Huế's as a town, since 2025); its "xã Phong Hòa", a ward
    # since, named two sentences on, says which one the report is about.
    text = ("Kiểm tra vùng trũng\n\nSáng 11/10, đoàn về huyện Phong Điền kiểm tra việc ứng phó mưa lũ.\n\nĐể vào "
            f"thôn Hòa Đức của xã Phong Hòa, đoàn phải đi đò máy.\n\n{CLOSING}")
    assert provinces_in(text, day=datetime.date(2020, 10, 11)) == ["Thừa Thiên Huế"]
    alone = f"Kiểm tra vùng trũng\n\nSáng 11/10, đoàn về huyện Phong Điền kiểm tra.\n\n{CLOSING}"
    assert provinces_in(alone, day=datetime.date(2020, 10, 11)) == ["Cần Thơ"]


def test_a_communes_province_follows_the_reports_date():
    text = f"Tặng quà\n\nĐoàn đến phường Vĩnh Phúc tặng quà các gia đình chính sách.\n\n{CLOSING}"
    assert provinces_in(text, day=datetime.date(2024, 1, 5)) == ["Hà Nội"]
    assert provinces_in(text, day=datetime.date(2026, 1, 5)) == ["Phú Thọ"]


def test_a_lower_unit_followed_by_a_foreign_province_adds_nothing_at_the_gazetteer():
    tokens = tokenize("Đoàn thăm huyện Mường Tè, tỉnh Hủa Phăn và huyện Mường Tè của ta.")
    assert [hit[0] for hit in find_lower_units(tokens, None)] == ["huyện Mường Tè"]


# --- Event dates --------------------------------------------------------------------------------

def test_a_pages_dateline_is_when_it_was_written_not_the_event():
    found = read_event_date(["Hải Dương, ngày 3 tháng 02 năm 2021", "Huyện ủy quán triệt nghị quyết",
                             "Sáng 20/8, Huyện ủy mở hội nghị quán triệt nghị quyết của Tỉnh ủy."])
    assert found.date.isoformat() == "2020-08-20"


def test_an_anniversarys_founding_day_is_the_occasion_not_history():
    found = read_event_date(["Ngày 03/02/2024, xã A tổ chức kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam."])
    assert found.date.isoformat() == "2024-02-03"


def test_the_year_a_meeting_sets_going_is_the_next_one():
    found = read_event_date(["Ngày 18.12, Công an huyện tổng kết công tác năm 2022 và triển khai công tác năm 2023."])
    assert found.date.isoformat() == "2022-12-18"


def test_the_year_a_standard_was_met_for_does_not_date_its_recognition():
    found = read_event_date(["Ngày 9/3, UBND tỉnh ra quyết định công nhận xã B đạt chuẩn nông thôn mới năm 2023."])
    assert (found.day, found.month, found.year) == (9, 3, None)


def test_a_documents_date_with_a_stray_space_in_its_code_is_when_it_was_signed():
    assert read_event_date(["Thực hiện Kế hoạch liên ngành số 03-KHLN/HPN- NHCS ngày 2/4/2022 giữa hai đơn vị, các "
                            "hội cơ sở đã triển khai nhiều việc.", "Hội thi"]) is None



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


def test_a_kind_qualified_before_its_number_with_codes_of_its_own():
    numbers = [d.number for d in find_documents("Theo Kế hoạch phối hợp số 05-KHPH/HCCB- BĐBP ngày 3/3/2023 giữa hai "
                                                "đơn vị, hội thi được tổ chức.")]
    assert numbers == ["05-KHPH/HCCB-BĐBP"]
    assert [d.number for d in find_documents("Kế hoạch số 7 - về việc tổ chức hội thi.")] == ["7"]
