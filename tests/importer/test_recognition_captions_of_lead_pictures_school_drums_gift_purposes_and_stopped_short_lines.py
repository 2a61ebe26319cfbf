"""Shapes of photo captions: the headline printed again right under the summary of a page copied with its date and
time of posting (a portal's lead picture, captioned with the headline) as against the headline again further down or
without the page's date line (a video's title); the drum struck to open a school year;
a gift's purpose told after the giving ("… tặng quà để bà con vui xuân"); and one short sentence, stopped, between two
of the story's long paragraphs, as against a subheading without a full stop.

Every sentence is written for these tests, none is taken from the corpus.
"""

from tests.importer.shapes import BODY, LEAD, MORE, VISIT, VISIT_MORE, captions_in

HEADLINE = "Đồn Biên phòng Mường Tỉnh mang Tết sớm đến với đồng bào vùng biên"


def test_the_headline_again_right_under_a_dated_pages_summary_is_the_lead_pictures_caption():
    captions = captions_in("Thứ hai - 09/02/2026 10:15", LEAD, HEADLINE, BODY, MORE, headline=HEADLINE)
    assert [text for text, _credit in captions] == [HEADLINE]


def test_the_headline_printed_again_further_down_or_without_the_pages_date_line_is_not_a_caption():
    assert captions_in("Thứ hai - 09/02/2026 10:15", LEAD, BODY, HEADLINE, MORE, headline=HEADLINE) == []
    assert captions_in(LEAD, HEADLINE, BODY, MORE, headline=HEADLINE) == []


def test_a_leader_striking_the_drum_to_open_the_school_year_is_a_caption():
    line = ("Ông Trần Văn Hùng, Phó Bí thư Tỉnh ủy, đánh trống khai giảng ở Trường Trung học cơ sở Tân Phú "
            "(huyện Châu Thành).")
    assert [text for text, _credit in captions_in(VISIT, line, VISIT_MORE)] == [line]


def test_a_gifts_purpose_told_after_the_giving_is_still_the_pictures_line():
    line = "Đồn Biên phòng Tân Hội trao quà để các hộ nghèo vùng biên đón Xuân ấm áp."
    assert [text for text, _credit in captions_in(VISIT, line, VISIT_MORE)] == [line]


def test_a_purpose_without_a_gift_stays_in_the_story():
    line = "Cán bộ xã đến từng nhà để vận động bà con giữ gìn vệ sinh đường làng."
    assert captions_in(VISIT, line, VISIT_MORE) == []


def test_one_short_stopped_sentence_between_two_long_paragraphs_is_a_caption():
    line = "Cột mốc quốc giới số 215 trên đỉnh núi."
    assert [text for text, _credit in captions_in(VISIT, line, VISIT_MORE)] == [line]


def test_a_short_subheading_without_a_full_stop_stays_in_the_story():
    assert captions_in(VISIT, "Nâng cao đời sống đồng bào vùng biên", VISIT_MORE) == []
