"""Officials and event dates in the shapes of reports 1047-1106: a Khmer name printed with its syllables written
together, a name cut off by the end of a page copied short, and a prize's year printed beside the day it is handed
out. Every sentence is made up in the shapes the reports use."""

from importer.recognition.dates import read_event_date
from importer.recognition.officials import find_officials

PLACES = frozenset({"tay ninh", "binh duong", "dak lak"})


def found(text):
    return [(person.name, person.title) for person in find_officials(text, places=PLACES)]


def test_a_name_with_its_syllables_written_together_is_an_official_after_ong_and_before_a_title():
    text = "Đoàn tỉnh Takeo do ông SokNimol, Phó tỉnh trưởng tỉnh Takeo dẫn đầu đã sang chúc Tết."
    assert found(text) == [("SokNimol", "Phó tỉnh trưởng tỉnh Takeo")]


def test_a_name_with_its_syllables_written_together_is_an_official_after_a_rank():
    text = "Trung tướng ChanSaMon, Phó Tư lệnh Quân khu 2 Vương quốc Campuchia, trao huân chương cho đoàn."
    assert found(text) == [("ChanSaMon", "Trung tướng, Phó Tư lệnh Quân khu 2 Vương quốc Campuchia")]


def test_a_name_cut_off_by_the_end_of_the_text_is_the_person_named_in_full_above():
    text = ("Tiếp đoàn có Phó Chủ tịch UBND tỉnh Trần Minh Khoa cùng lãnh đạo các sở.\n\n"
            "Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh Trần Minh ")
    assert [name for name, _title in found(text)] == ["Trần Minh Khoa"]


def test_a_shorter_name_that_ends_its_sentence_is_still_someone_else():
    text = ("Dự có Phó Chủ tịch UBND tỉnh Trần Minh Khoa.\n\n"
            "Phát biểu bế mạc là Phó Chủ tịch HĐND tỉnh Trần Minh.")
    assert [name for name, _title in found(text)] == ["Trần Minh Khoa", "Trần Minh"]


def test_the_year_of_a_prize_handed_out_does_not_date_the_ceremony():
    found_date = read_event_date(["Tối 5/2, Ban Tổ chức công bố và trao Giải báo chí Ngọn cờ đỏ lần thứ III - năm "
                                  "2019 tại Hà Nội."])
    assert (found_date.day, found_date.month, found_date.year) == (5, 2, None)


def test_the_year_of_the_works_awarded_does_not_date_the_ceremony():
    found_date = read_event_date(["Chiều 28/3, các tác giả có tác phẩm xuất sắc năm 2022 đã nhận giải của cuộc thi "
                                  "viết về gương người tốt của tỉnh."])
    assert found_date.year is None


def test_a_year_stated_beside_the_day_still_dates_an_event_that_gives_no_prize():
    found_date = read_event_date(["Sáng 14/3, huyện mở đợt tuyên truyền năm 2022 về biển, đảo cho học sinh."])
    assert found_date.year == 2022


def test_a_solution_is_no_prize_and_leaves_the_stated_year_alone():
    found_date = read_event_date(["Sáng 14/3, hội nghị bàn giải pháp phát triển du lịch năm 2022 của huyện."])
    assert found_date.year == 2022
