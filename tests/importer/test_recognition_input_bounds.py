"""Recognition finishes in time on hostile or unusual input: a paragraph of thousands of impossible dates, of
"họp từ ngày 29/2" runs, of district names without a full stop, thousands of credit lines in a row. Each of these
took time growing with the square of the text (half a minute for 50 KB) before the work was bounded.

The limits are generous (a loaded machine runs them in well under a second): they catch quadratic time, not a
slow constant. Every sentence is written for these tests.
"""

import time

import pytest

from importer.recognition import Lexicon, recognise_text
from importer.recognition.dates import read_event_date
from importer.recognition.layout import parse_plain_text

LIMIT = 5.0  # seconds, for about 100 KB of text
LEAD = "Mở đầu bài viết kể về chuyến công tác của đoàn cán bộ tỉnh tới các xã vùng biên, không ghi ngày nào."


def _timed(call, *args, **kwargs):
    start = time.perf_counter()
    result = call(*args, **kwargs)
    return result, time.perf_counter() - start


def test_a_lead_of_thousands_of_impossible_dates_is_read_once_for_its_year():
    lead = "Ngày 40/40 " * 9000
    found, seconds = _timed(read_event_date, [lead, "Tiêu đề"], reference=None)
    assert found is None
    assert seconds < LIMIT


def test_a_lead_of_thousands_of_29_february_in_a_stated_common_year_is_read_once_for_its_year():
    lead = "Kỷ niệm năm 2023: " + "ngày 29/2 nọ, " * 7000 + "ngày 3/3, hội nghị khai mạc."
    found, seconds = _timed(read_event_date, [lead, "Tiêu đề"], reference=None)
    assert (found.day, found.month, found.year) == (3, 3, 2023)
    assert seconds < LIMIT


def test_thousands_of_event_runs_on_no_possible_day_end_in_time():
    body = "Hội nghị họp từ ngày 40/40 " * 3700
    found, seconds = _timed(read_event_date, [LEAD, "Tiêu đề", body], reference=None)
    assert found is None
    assert seconds < LIMIT


def test_thousands_of_event_runs_on_29_february_of_a_common_year_end_in_time():
    body = "họp từ ngày 29/2 " * 6000 + "trong năm 2023."
    found, seconds = _timed(read_event_date, [LEAD, "Tiêu đề", body], reference=None)
    assert found is None
    assert seconds < LIMIT


def test_an_event_run_after_impossible_ones_still_dates_the_report():
    body = "Đợt trước họp từ ngày 40/40 theo lịch cũ; đại hội họp từ ngày 26 đến ngày 28/9 tại hội trường tỉnh."
    found = read_event_date([LEAD, "Tiêu đề", body], reference=None)
    assert (found.day, found.month, found.year) == (26, 9, None)


def test_thousands_of_credit_lines_in_a_row_are_laid_out_in_time():
    text = "Tiêu đề bài viết\n\n" + "\n".join("Ảnh - Minh Anh" for _ in range(7000))
    _parsed, seconds = _timed(parse_plain_text, text)
    assert seconds < LIMIT


def test_a_caption_before_a_run_of_credit_lines_still_reads_the_paragraph_after_them():
    caption = "Phó Chủ tịch UBND tỉnh tặng quà cán bộ, chiến sĩ đồn biên phòng."
    body = ("Tại các đơn vị, đoàn đã nghe báo cáo tình hình quản lý, bảo vệ đường biên, mốc giới và đề nghị cán bộ, "
            "chiến sĩ tiếp tục phối hợp chặt chẽ với chính quyền địa phương trong thời gian tới.")
    article = parse_plain_text("\n\n".join(["Lãnh đạo tỉnh thăm đồn biên phòng", LEAD, caption, "Ảnh: Minh Anh", body]))
    assert [(p.text, p.credit) for p in article.captions] == [(caption, "Ảnh: Minh Anh")]


@pytest.mark.django_db
def test_thousands_of_districts_in_one_sentence_imply_their_province_in_time():
    text = "Tiêu đề\n\n" + "huyện Lý Sơn " * 7700
    recognition, seconds = _timed(recognise_text, text, day=None, lexicon=Lexicon.load())
    assert [hit.name for hit in recognition.provinces] == ["Quảng Ngãi"]
    assert seconds < LIMIT
