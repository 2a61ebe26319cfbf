"""Word lists for recognising Vietnamese personal names."""

# Family names, including those common among ethnic minorities (Giàng, Lò, Ksor, Y…). A run of
# capitalised words counts as a personal name only when it starts with one of these (or follows
# "đồng chí"), which keeps "Ban Tuyên giáo" and "Bà Rịa" from becoming people.
SURNAMES = frozenset(
    """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lại Đinh Đào Đoàn Trịnh Mai Trương
    Lương Lưu Cao Tạ Tô Triệu Thái Hà Lâm Châu Quách Kiều Khúc Kim Đàm Đồng Giang Hứa Mạc Nghiêm Nông Phùng Quan
    Tăng Thân Tôn Từ Văn Vương Vi Lục La Lò Lường Hầu Giàng Sùng Vàng Lầu Thào Mùa Ma Chu Doãn Âu Ninh Chế Chúc
    Cù Diệp Đậu Giáp Hàn Hồng Khổng Khuất Kha Lã Lạc Lăng Liêu Lộc Mẫn Nhan Ông Quản Sầm Tiêu Tống Trình Trà
    Viên Y Ksor Rơ Siu Điểu Thạch Sơn Danh Bế Bạch Bàn Đới Khương Mông Trang Tòng Vì Xa Bạc
    Cấn Chử Dư Hoa Lều Mạch Ngọ Ngũ Nhữ Ôn Phí Phương Tào Tiết Úc Ưng Vòng
    Chá Hờ Tráng Hạng Vừ Lù Rah Kpă Siu Rmah Nay
    Cầm Quàng Tẩn Chảo Phàn Lèo Điêu Khà Chau Vy Đèo Sình Lừu Thiều Lữ Lỳ Pờ Lồ Khoàng Hảng Sần Đàng Ngân Ka
    Thích Chẩu Bành Nhâm Khiếu Vưu Đổng Trầm Hán Puih Kpuih Rcom Rchăm Sử
    """.split()
)


class _FamilyNames(frozenset):
    """The family names above, and the "H'" (or "H’") that opens a Êđê or Jrai woman's name ("H'Hen Niê"), as "Y"
    opens a man's; and the "K'" that opens a K'Ho (Cơ Ho) man's name in Lâm Đồng ("K'Mak", "K’Broi"), as "Ka" opens a
    woman's: a name glued to its apostrophe counts as starting with a family name."""

    def __contains__(self, word):
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and word[:2] in ("H'", "H’", "K'", "K’") and len(word) > 3
            and is_name_word(word[2:]))


SURNAMES = _FamilyNames(SURNAMES)

# Capitalised words that begin a title, never a name: "Bí thư", "Phó Chủ tịch", "Tổng Bí thư"…
TITLE_WORDS = frozenset(
    """
    Bí Phó Chủ Tổng Thủ Bộ Trưởng Ủy Uỷ Giám Đại Thượng Trung Thiếu Chánh Viện Cục Vụ Hiệu Thứ Chính Tư Ban
    Tỉnh Thành Huyện Đảng Nguyên Giáo Tiến Thạc Nhà Anh Chị Em Cháu Bác Cô Chú Ông Bà Các Những Đoàn Hội Sở
    Phòng Trường Quân Công Tập Đội
    """.split()
)

# "Ủy viên", "Bí thư"… : a capitalised word followed by one of these lower-case words starts a title,
# so "Lại Xuân Môn Ủy viên…" (a missing comma) still ends the name before "Ủy".
TITLE_BIGRAMS = frozenset(
    {
        ("Ủy", "viên"), ("Uỷ", "viên"), ("Bí", "thư"), ("Chủ", "tịch"), ("Chủ", "nhiệm"), ("Trưởng", "ban"),
        ("Trưởng", "đoàn"), ("Trưởng", "phòng"), ("Giám", "đốc"), ("Thứ", "trưởng"), ("Bộ", "trưởng"),
        ("Chánh", "án"), ("Chánh", "văn"), ("Đại", "tá"), ("Đại", "tướng"), ("Thượng", "tá"),
        ("Thượng", "tướng"), ("Trung", "tá"), ("Trung", "tướng"), ("Thiếu", "tá"), ("Thiếu", "tướng"),
        ("Chính", "ủy"), ("Tư", "lệnh"), ("Viện", "trưởng"), ("Cục", "trưởng"), ("Vụ", "trưởng"),
        ("Hiệu", "trưởng"), ("Thủ", "tướng"), ("Tỉnh", "ủy"), ("Thành", "ủy"), ("Huyện", "ủy"), ("Đảng", "ủy"),
    }
)
ALWAYS_TITLE = frozenset({"Phó", "Tổng", "Ủy", "Uỷ", "Bí"})


def is_name_word(word):
    """A capitalised alphabetic word: "Lại", "Xuân", "Y" (in "Y Thanh Hà Niê Kđăm"), or capitalised syllables
    joined by hyphens, as foreign names are transcribed ("Vông-Mạ-Ni", "On- Mê"), or by an apostrophe, as names
    of the Central Highlands are written ("Điểu K'Ré", "K’Nhiên"), or written together ("KimRithy")."""
    for mark in ("'", "’"):
        if mark in word:
            parts = word.split(mark)
            return len(parts) == 2 and all(part and is_name_word(part) for part in parts)
    if "-" in word:
        parts = [part.strip() for part in word.split("-")]
        return len(parts) > 1 and all(part and " " not in part and is_name_word(part) for part in parts)
    return word.isalpha() and word[0].isupper() and (
        len(word) == 1 or word[1:].islower() or bool(glued_syllables(word)))


def glued_syllables(word):
    """The capitalised syllables of a name printed without spaces between them ("KimRithy": "Kim", "Rithy";
    "NiekSaVuon"), as some outlets print a Khmer official's name: two at least, each of two letters or more; an
    empty list for any other word."""
    if not word.isalpha():
        return []
    starts = [i for i, letter in enumerate(word) if letter.isupper()]
    if len(starts) < 2 or starts[0] != 0:
        return []
    parts = [word[a:b] for a, b in zip(starts, [*starts[1:], len(word)], strict=True)]
    return parts if all(len(part) >= 2 for part in parts) else []


def person_name_runs(tokens):
    """Runs of 2–5 capitalised words starting with a family name: the people a text names."""
    runs, i = [], 0
    while i < len(tokens):
        if tokens[i].text in SURNAMES:
            j = i
            while j < len(tokens) and is_name_word(tokens[j].text) and tokens[j].text not in ALWAYS_TITLE:
                j += 1
            if 2 <= j - i <= 5:
                runs.append(" ".join(t.text for t in tokens[i:j]))
            i = max(j, i + 1)
        else:
            i += 1
    return runs
