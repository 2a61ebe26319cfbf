"""Dates, documents, provinces, officials and topics recognised in text."""

import datetime

import pytest

from importer.recognition import (
    Lexicon,
    find_documents,
    find_event_date,
    find_officials,
    normalise_document_number,
    recognise_text,
)
from tests.factories import make_official, make_topic

D2023 = datetime.date(2023, 11, 16)
D2026 = datetime.date(2026, 3, 10)


# --- Dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kwargs", "expected"), [
    ("Ngày 16/11, Đoàn công tác…", {"year": 2023}, datetime.date(2023, 11, 16)),
    ("Sáng 16/11/2022, tại hội trường…", {"year": 2023}, datetime.date(2022, 11, 16)),
    ("Chiều nay (16/11), hội nghị…", {"year": 2024}, datetime.date(2024, 11, 16)),
    ("Ngày 5 tháng 9 năm 2024, …", {}, datetime.date(2024, 9, 5)),
    ("Ngay 12/10, Ban Tuyen giao…", {"year": 2023}, datetime.date(2023, 10, 12)),
])
def test_event_date_is_read_from_the_lead(text, kwargs, expected):
    assert find_event_date([text], **kwargs) == expected


def test_without_a_year_the_file_date_gives_it_and_a_later_day_means_the_year_before():
    assert find_event_date(["Ngày 16/11, …"], reference=datetime.date(2023, 12, 1)) == datetime.date(2023, 11, 16)
    assert find_event_date(["Ngày 28/12, …"], reference=datetime.date(2024, 1, 3)) == datetime.date(2023, 12, 28)


def test_numbers_that_are_not_dates_are_ignored():
    assert find_event_date(["Tỉnh ban hành 96 văn bản, đạt 7/10 chỉ tiêu."], year=2023) is None
    assert find_event_date(["Ngày 31/2, …"], year=2023) is None


# --- Documents ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    ("Kết luận số 01- KL/TW", "01-KL/TW"),
    ("kết luận 1-kl/tw", "01-KL/TW"),
    ("439/qd-ttg", "439/QĐ-TTg"),
    ("Nghị quyết số 12/2025/NQ-CP", "12/2025/NQ-CP"),
    ("35 - NQ / TW", "35-NQ/TW"),
    ("Quy định 08-QĐi/TW", "08-QĐi/TW"),
    ("16/11/2023", ""),
    ("COVID-19", ""),
    ("", ""),
])
def test_normalise_document_number_for_exact_search(text, number):
    assert normalise_document_number(text) == number


def test_documents_cited_get_kind_issuer_and_year():
    found = {d.key: d for d in find_documents(
        "Thực hiện Kết luận số 21-KL/TW, Quyết định 439/QĐ-TTg ngày 4/4/2013 của Thủ tướng, Chỉ thị 05-CT/TW, "
        "Nghị quyết số 12/2025/NQ-CP, Nghị quyết số 27/2016/QH14 và Nghị quyết Đại hội XIII của Đảng."
    )}
    assert set(found) == {"21-KL/TW", "439/QĐ-TTg", "05-CT/TW", "12/2025/NQ-CP", "27/2016/QH14",
                          "nghi-quyet-dai-hoi-xiii"}
    assert (found["21-KL/TW"].kind, found["21-KL/TW"].issuer, found["21-KL/TW"].year) == ("Kết luận", "Trung ương", None)
    assert (found["439/QĐ-TTg"].kind, found["439/QĐ-TTg"].issuer, found["439/QĐ-TTg"].year) == (
        "Quyết định", "Thủ tướng Chính phủ", 2013)
    assert (found["12/2025/NQ-CP"].issuer, found["12/2025/NQ-CP"].year) == ("Chính phủ", 2025)
    assert found["27/2016/QH14"].issuer == "Quốc hội"
    assert found["nghi-quyet-dai-hoi-xiii"].title == "Nghị quyết Đại hội XIII của Đảng"
    assert found["nghi-quyet-dai-hoi-xiii"].year == 2021


def test_a_provincial_congress_resolution_is_not_the_national_one():
    assert find_documents("thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh") == []


# --- Officials (text only) ----------------------------------------------------------------------

def test_titles_are_kept_exactly_as_printed_up_to_the_verb(sample_text):
    found = {o.name: o.title for o in find_officials(sample_text) if o.title}
    assert found == {
        "Lại Xuân Môn": "Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương",
        "Đỗ Thanh Bình": "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội đơn vị tỉnh "
                         "Kiên Giang",
    }


def test_several_officials_in_one_sentence_with_semicolons_and_and():
    text = (
        "Dự hội nghị có các đồng chí Nguyễn Văn Phong, Phó Bí thư Thường trực Thành ủy Hà Nội; Nguyễn Doãn Toản, "
        "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy và Trần Thị Vân Anh, Phó Trưởng Ban Tuyên giáo "
        "Thành ủy."
    )
    assert [(o.name, o.title) for o in find_officials(text)] == [
        ("Nguyễn Văn Phong", "Phó Bí thư Thường trực Thành ủy Hà Nội"),
        ("Nguyễn Doãn Toản", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy"),
        ("Trần Thị Vân Anh", "Phó Trưởng Ban Tuyên giáo Thành ủy"),
    ]


def test_two_introductions_joined_by_and():
    text = ("Tham dự có đồng chí Đoàn Ngọc Hùng Anh, Trưởng Ban Tuyên giáo Thành ủy Đà Nẵng và đồng chí Đặng Văn "
            "Đông, Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Nam.")
    assert [(o.name, o.title) for o in find_officials(text)] == [
        ("Đoàn Ngọc Hùng Anh", "Trưởng Ban Tuyên giáo Thành ủy Đà Nẵng"),
        ("Đặng Văn Đông", "Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Nam"),
    ]


def test_an_organisation_name_with_a_comma_and_and_stays_in_the_title():
    text = "Ông Nguyễn Văn Hùng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phát biểu khai mạc."
    assert [(o.name, o.title) for o in find_officials(text)] == [
        ("Nguyễn Văn Hùng", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    ]


@pytest.mark.parametrize("text", [
    "Đồng chí Bí thư Tỉnh ủy phát biểu.",
    "tỉnh Bà Rịa Vũng Tàu",
    "bà con nhân dân",
    "Ông bà ta có câu",
    "Đoàn công tác do đồng chí Trưởng ban dẫn đầu.",
])
def test_words_that_are_not_names_do_not_make_officials(text):
    assert find_officials(text) == []


# --- Provinces, topics and officials against the database ---------------------------------------

pytestmark_db = pytest.mark.django_db


def _provinces(text, day):
    recognition = recognise_text(text, day=day, lexicon=Lexicon.load())
    return [(hit.slug, hit.written, hit.note) for hit in recognition.provinces]


@pytest.mark.django_db
def test_kien_giang_stays_kien_giang_in_2023():
    assert _provinces("Tỉnh ủy Kiên Giang làm việc.", D2023) == [("kien-giang", "Kiên Giang", "")]


@pytest.mark.django_db
def test_after_july_2025_a_former_name_maps_to_its_successor_with_a_note():
    ((slug, written, note),) = _provinces("khu vực tỉnh Kiên Giang trước đây", D2026)
    assert (slug, written) == ("an-giang", "Kiên Giang")
    assert "Kiên Giang" in note and "An Giang" in note


@pytest.mark.django_db
def test_da_nang_is_the_old_city_in_2023_and_the_new_one_in_2026():
    assert _provinces("thành phố Đà Nẵng", D2023)[0][0] == "da-nang-truoc-2025"
    assert _provinces("thành phố Đà Nẵng", D2026)[0][0] == "da-nang"


@pytest.mark.django_db
def test_ho_chi_minh_is_a_city_only_with_its_prefix():
    text = "TP. Hồ Chí Minh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    assert [s for s, *_ in _provinces(text, D2023)] == ["ho-chi-minh-truoc-2025"]
    assert _provinces("Học tập tư tưởng Hồ Chí Minh.", D2023) == []
    assert [s for s, *_ in _provinces("Thành ủy Thành phố Hồ Chí Minh", D2026)] == ["ho-chi-minh"]


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "expected"), [
    ("tỉnh Vĩnh Long an ninh trật tự", ["vinh-long-truoc-2025"]),
    ("tỉnh Long An và tỉnh Vĩnh Long", ["long-an", "vinh-long-truoc-2025"]),
    ("giữa Biển Đông và Thái Bình Dương", []),
    ("tỉnh Hà Nam Ninh cũ", []),
    ("cô giáo Nguyễn Thị Huế", []),
    ("xây dựng nền hòa bình", []),
    ("tỉnh Hòa Bình", ["hoa-binh"]),
    ("tỉnh Khánh Hoà", ["khanh-hoa-truoc-2025"]),
    ("phố Huế, quận Hai Bà Trưng", []),
    ("đường Quảng Nam", []),
    ("Tỉnh ủy Quảng Nam và thành phố Đà Nẵng", ["quang-nam", "da-nang-truoc-2025"]),
    ("Tỉnh ủy Đăk Lăk", ["dak-lak-truoc-2025"]),
    ("thành phố Huế", ["thua-thien-hue"]),
])
def test_province_names_match_whole_names_and_avoid_false_hits(text, expected):
    assert [s for s, *_ in _provinces(text, D2023)] == expected


@pytest.mark.django_db
def test_an_unaccented_text_matches_provinces_without_diacritics():
    text = "Ngay 12/10, Ban Tuyen giao Tinh uy Kien Giang to chuc hoi nghi bao cao vien thang 10."
    assert [s for s, *_ in _provinces(text, D2023)] == ["kien-giang"]
    assert _provinces("Ngày 12/10, Tỉnh ủy Kien Giang tổ chức hội nghị báo cáo viên.", D2023) == []


@pytest.mark.django_db
def test_topics_match_editor_keywords_as_whole_phrases_ignoring_case_and_tone_placement():
    topic = make_topic("Chuyển đổi số", keywords="chuyển đổi số\nchính phủ số\nAI")
    lexicon = Lexicon.load()
    def slugs(text):
        return {hit.slug for hit in recognise_text(text, day=D2023, lexicon=lexicon).topics}
    assert topic.slug in slugs("Tỉnh đẩy mạnh Chuyển Đổi Số trong cơ quan Đảng.")
    assert topic.slug in slugs("Xây dựng chính phủ số.")
    assert topic.slug not in slugs("Đề tài nghiên cứu chuyển đổi sổ sách.")
    assert topic.slug not in slugs("Chú trọng đào tạo tại chỗ.")  # "AI" is a whole word, not inside "tại"
    assert "xay-dung-dang" in slugs("Công tác xây dựng, chỉnh đốn Đảng.")
    assert "xay-dung-dang" not in slugs("Người dân đang bỏ phiếu.")  # "Đảng bộ" ≠ "đang bỏ"


@pytest.mark.django_db
def test_a_known_official_is_linked_ignoring_case_and_missing_diacritics():
    official = make_official("Lại Xuân Môn")
    lexicon = Lexicon.load()
    for text in ("đồng chí Lại Xuân Môn phát biểu", "dong chi Lai Xuan Mon phat bieu", "đồng chí LẠi xuân Môn phát biểu"):
        found = recognise_text(text, day=D2023, lexicon=lexicon).officials
        if found:
            assert (found[0].status, found[0].official_id) == ("linked", official.pk)
    found = recognise_text("Đồng chí Lai Xuan Mon phat bieu tai hoi nghi.", day=D2023, lexicon=lexicon).officials
    assert (found[0].status, found[0].official_id) == ("linked", official.pk)


@pytest.mark.django_db
def test_tone_placement_differences_still_link_the_same_person():
    official = make_official("Nguyễn Văn Hòa")
    found = recognise_text("Đồng chí Nguyễn Văn Hoà phát biểu.", day=D2023, lexicon=Lexicon.load()).officials
    assert (found[0].status, found[0].official_id) == ("linked", official.pk)


@pytest.mark.django_db
def test_namesakes_are_never_linked():
    make_official("Nguyễn Văn Hùng")
    make_official("Nguyễn Văn Hùng")
    (finding,) = recognise_text("Đồng chí Nguyễn Văn Hùng phát biểu.", day=D2023, lexicon=Lexicon.load()).officials
    assert finding.status == "ambiguous" and finding.official_id is None and len(finding.candidate_ids) == 2


@pytest.mark.django_db
def test_of_two_officials_whose_names_fold_alike_the_diacritics_pick_one():
    hien = make_official("Nguyễn Mạnh Hiền")
    make_official("Nguyễn Mạnh Hiển")
    lexicon = Lexicon.load()
    (finding,) = recognise_text("Đồng chí Nguyễn Mạnh Hiền phát biểu.", day=D2023, lexicon=lexicon).officials
    assert (finding.status, finding.official_id) == ("linked", hien.pk)
    (unaccented,) = recognise_text("Đồng chí Nguyen Manh Hien phát biểu.", day=D2023, lexicon=lexicon).officials
    assert unaccented.status == "ambiguous" and unaccented.official_id is None


@pytest.mark.django_db
def test_a_name_differing_in_tones_is_a_different_person():
    make_official("Lê Văn Hòa")
    (finding,) = recognise_text("Đồng chí Lê Văn Hóa phát biểu.", day=D2023, lexicon=Lexicon.load()).officials
    assert finding.status == "different" and finding.official_id is None
