"""A document known by a number with a letter after it ("Nghị quyết 30a") is cited, though printed without
"số", codes or issuer; a bare year or a count after a kind word still is not a document."""

import pytest

from importer.recognition import find_documents


@pytest.mark.parametrize(("text", "expected"), [
    ("Huyện Mường Xa là một trong các huyện nghèo thuộc diện Nghị quyết 30a, được hỗ trợ làm đường.", ["30a"]),
    ("Nguồn vốn của Quyết định 135b đã giúp bản làm thêm hai lớp học.", ["135b"]),
])
def test_a_number_with_a_letter_after_a_kind_word_is_a_document(text, expected):
    assert [d.number for d in find_documents(text)] == expected


@pytest.mark.parametrize("text", [
    "Nghị quyết 2024 đề ra nhiều chỉ tiêu cho xã.",
    "Kết luận 3 điểm về công tác dân vận năm nay.",
    "Kế hoạch 5 năm của xã đã hoàn thành sớm.",
])
def test_a_year_or_a_count_after_a_kind_word_is_still_no_document(text):
    assert find_documents(text) == []
