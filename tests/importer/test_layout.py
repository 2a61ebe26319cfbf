"""Headline, paragraphs, captions, credits and byline from the plain-text layout."""

import pytest

from importer.recognition import LayoutError, caption_score, parse_plain_text

from .conftest import FIXTURES


def test_sample_has_exactly_the_two_captions_the_newsroom_wrote(sample_text):
    parsed = parse_plain_text(sample_text)
    assert [c.text for c in parsed.captions] == [
        "Quang cảnh buổi làm việc.",
        "Đồng chí Lại Xuân Môn, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương "
        "phát biểu tại buổi làm việc.",
    ]


def test_sample_story_sentence_about_the_host_is_not_taken_for_a_caption(sample_text):
    parsed = parse_plain_text(sample_text)
    body = [p.text for p in parsed.body_paragraphs]
    assert any(p.startswith("Đồng chí Đỗ Thanh Bình, Ủy viên Trung ương Đảng") for p in body)
    assert parsed.lead.startswith("Ngày 16/11, Đoàn công tác")
    assert parsed.headline.startswith("Đảng bộ tỉnh Kiên Giang tập trung lãnh đạo")
    assert len(parsed.body_paragraphs) == 11


@pytest.mark.parametrize("paragraph", [
    "Các đại biểu đã thảo luận sôi nổi và thống nhất thông qua kế hoạch hành động.",
    "Hội nghị kết thúc vào cuối buổi sáng cùng ngày.",
    "Ngày 16/11, Đoàn công tác làm việc với Tỉnh ủy.",
    "Phát biểu tại hội nghị, đồng chí Nguyễn Văn A đề nghị các cấp ủy quan tâm hơn nữa.",
    "Đồng chí Trần Văn B phát biểu tại hội nghị. Đồng chí nhấn mạnh vai trò của báo cáo viên.",
    "Ban Tổ chức đã trao 3 giải A, 3 giải B và 3 giải C cho các đội.",
    "Đồng chí Lê Văn C khẳng định: “Không có vùng cấm”.",
    "Tỉnh đạt tăng trưởng 7,5% trong năm 2023.",
    "Đổi mới phương thức tuyên truyền",
])
def test_story_paragraphs_that_look_short_are_not_captions(paragraph):
    score, _reasons = caption_score(paragraph, previous="Đồng chí Nguyễn Văn A phát biểu.")
    assert score is None or score < 3


@pytest.mark.parametrize("paragraph", [
    "Quang cảnh hội nghị.",
    "Toàn cảnh buổi lễ",
    "Các đại biểu tham quan gian hàng giới thiệu sản phẩm du lịch của hai tỉnh.",
    "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy phát biểu tại buổi làm việc.",
    "Đồng chí Trần Văn Lâu, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy Cần Thơ, Trưởng Ban Tổ chức "
    "giải trao giải A cho các tác giả, nhóm tác giả có tác phẩm xuất sắc viết về công tác xây dựng Đảng.",
])
def test_typical_captions_score_as_captions(paragraph):
    score, reasons = caption_score(paragraph)
    assert score is not None and score >= 3, reasons


def test_the_lead_paragraph_is_never_a_caption():
    parsed = parse_plain_text("Tiêu đề\n\nQuang cảnh hội nghị.\n\nNội dung tiếp theo của bài viết dài hơn một chút.")
    assert parsed.captions == []
    assert parsed.lead == "Quang cảnh hội nghị."


def test_credit_in_brackets_is_split_from_the_caption():
    parsed = (FIXTURES / "tphcm-hoc-tap-va-lam-theo-bac.txt").read_text()
    caption = parse_plain_text(parsed).captions[0]
    assert (caption.text, caption.credit) == ("Quang cảnh hội nghị.", "Ảnh: Thu Hà")


def test_credit_on_its_own_line_belongs_to_the_caption_above():
    text = "Tiêu đề\n\nĐoạn mở đầu của bài.\n\nQuang cảnh hội nghị.\n\nẢnh: Minh Anh\n\nĐoạn cuối của bài viết này."
    parsed = parse_plain_text(text)
    assert [(c.text, c.credit) for c in parsed.captions] == [("Quang cảnh hội nghị.", "Ảnh: Minh Anh")]
    assert all("Minh Anh" not in p.text for p in parsed.paragraphs)


def test_short_signature_at_the_end_is_the_byline():
    parsed = parse_plain_text((FIXTURES / "ha-noi-hoi-nghi-bao-cao-vien.txt").read_text())
    assert parsed.byline == "Minh Thu"
    assert parsed.paragraphs[-1].text != "Minh Thu"


def test_windows_newlines_no_break_spaces_and_hard_wrapped_lines_are_normalised():
    text = "Tiêu đề\r\n\r\nDòng một của đoạn\r\nvẫn là đoạn một.\r\n\r\nĐoạn\u00a0hai."
    parsed = parse_plain_text(text)
    assert [p.text for p in parsed.paragraphs] == ["Dòng một của đoạn vẫn là đoạn một.", "Đoạn hai."]


@pytest.mark.parametrize(("text", "message"), [
    ("   \n\n  ", "không có nội dung"),
    ("...\n\nNội dung.", "Thiếu tiêu đề"),
    ("Tiêu đề mà không có gì sau nó", "Chỉ có tiêu đề"),
    ("Một đoạn văn rất dài " * 30 + "\n\nNội dung.", "Thiếu tiêu đề"),
])
def test_texts_without_a_usable_headline_are_refused_with_a_reason(text, message):
    with pytest.raises(LayoutError, match=message):
        parse_plain_text(text)


def test_captions_of_a_file_typed_without_diacritics_are_found():
    text = ("Kien Giang: Hoi nghi bao cao vien\n\nNgay 12/10, Ban Tuyen giao Tinh uy Kien Giang to chuc hoi nghi bao "
            "cao vien thang 10 cho can bo, dang vien.\n\nQuang canh hoi nghi.\n\nCac dai bieu da thao luan soi noi "
            "va thong nhat cac noi dung.\n\nHoi nghi cung quan triet cac van ban moi cua Trung uong va cua tinh.")
    assert [c.text for c in parse_plain_text(text).captions] == ["Quang canh hoi nghi."]
