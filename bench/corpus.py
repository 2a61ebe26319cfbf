"""Deterministic Vietnamese newsroom text for the benchmark dataset: names, titles, leads, bodies.

Sentences come from templates filled from small vocabularies, so the text has the length, the words and the
diacritics of real coverage (and "xây dựng Đảng", "Kiên Giang" occur about as often as they do in a
department's archive) while the whole corpus stays reproducible from one seed.
"""

import re

from core.text import fold, nfc

_WORD = re.compile(r"[a-z0-9]+")
# tsvector limits: positions are capped at 16383, and a lexeme keeps at most 256 of them.
_MAX_POSITION = 16383
_MAX_POSITIONS_PER_LEXEME = 256

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai", "Tạ", "Châu", "Thái", "Hà"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Quang", "Hữu", "Thanh", "Ngọc", "Xuân", "Hồng", "Quốc", "Thu",
          "Bảo", "Anh", "Kim", "Công", "Đình", "Trọng", "Thế", "Hải"]
GIVEN = ["Hùng", "Dũng", "Hạnh", "Lan", "Hòa", "Tuấn", "Hương", "Sơn", "Thắng", "Phúc", "Long", "Nam",
         "Bình", "Trung", "Quân", "Hiếu", "Thảo", "Nga", "Huệ", "Khánh", "Việt", "Tâm", "Lực", "Cường",
         "Chiến", "Đông", "Mạnh", "Vinh", "Phương", "Thủy", "Yến", "Oanh", "Tùng", "Kiên", "Lợi", "Nhân"]

PROVINCIAL_TITLES = [
    "Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh",
    "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
    "Chủ tịch Hội đồng nhân dân tỉnh", "Trưởng Ban Tổ chức Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
    "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
]
CENTRAL_TITLES = [
    ("Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("Phó Trưởng Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương"),
    ("Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương"),
    ("Thứ trưởng Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông"),
    ("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương"),
    ("Vụ trưởng Vụ Báo chí – Xuất bản", "Ban Tuyên giáo Trung ương"),
]

EVENTS = [
    "Hội nghị quán triệt, triển khai Nghị quyết", "Hội nghị sơ kết 6 tháng công tác tuyên giáo",
    "Hội nghị tổng kết công tác xây dựng Đảng", "Lễ trao Huy hiệu Đảng cho đảng viên lão thành",
    "Hội thảo khoa học về bảo vệ nền tảng tư tưởng của Đảng", "Đại hội đại biểu Đảng bộ nhiệm kỳ 2025–2030",
    "Hội nghị báo cáo viên tháng", "Lễ phát động thi đua yêu nước", "Hội nghị giao ban công tác dư luận xã hội",
    "Chương trình gặp mặt các cơ quan báo chí", "Hội nghị học tập chuyên đề tư tưởng Hồ Chí Minh",
    "Lễ ra quân tuyên truyền biển, đảo", "Hội nghị đối thoại với nông dân", "Hội thi báo cáo viên giỏi",
]
THEMES = [
    "xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh", "chuyển đổi số trong công tác tuyên giáo",
    "phòng, chống tham nhũng, lãng phí, tiêu cực", "sắp xếp đơn vị hành chính và chính quyền địa phương hai cấp",
    "chủ quyền biển, đảo Việt Nam", "phát triển kinh tế – xã hội năm 2025", "xây dựng nông thôn mới nâng cao",
    "đấu tranh phản bác các quan điểm sai trái, thù địch", "nâng cao chất lượng sinh hoạt chi bộ",
    "thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương", "công tác dân vận và an sinh xã hội",
    "giữ gìn bản sắc văn hóa các dân tộc", "cải cách hành chính và tinh gọn bộ máy",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "phát triển du lịch gắn với bảo tồn di tích", "bảo đảm trật tự an toàn giao thông",
    "phòng, chống thiên tai và ứng phó biến đổi khí hậu", "chăm lo đời sống người có công",
    "thu hút đầu tư vào các khu công nghiệp", "nâng cao chất lượng giáo dục phổ thông",
    "phát triển kinh tế biển bền vững", "công tác thông tin đối ngoại", "xây dựng văn hóa công sở",
    "giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số", "phát triển hợp tác xã kiểu mới",
    "chăm sóc sức khỏe nhân dân", "bảo vệ an ninh biên giới", "xây dựng đô thị văn minh",
    "đào tạo nguồn nhân lực chất lượng cao", "khuyến khích khởi nghiệp đổi mới sáng tạo",
]
SUBJECTS = [
    "Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban nhân dân tỉnh", "các cấp ủy, tổ chức đảng",
    "đội ngũ báo cáo viên", "Mặt trận Tổ quốc và các đoàn thể", "các cơ quan báo chí trên địa bàn",
    "Đảng bộ tỉnh", "lực lượng vũ trang tỉnh", "các sở, ban, ngành", "cán bộ, đảng viên và nhân dân",
    "Hội Nông dân tỉnh", "Tỉnh đoàn", "Ban Chỉ đạo 35 của tỉnh",
]
VERBS = [
    "đã triển khai đồng bộ nhiều giải pháp về", "tập trung lãnh đạo, chỉ đạo thực hiện", "tiếp tục đẩy mạnh",
    "quán triệt sâu sắc và cụ thể hóa", "tổ chức tuyên truyền sâu rộng về", "chủ động nắm bắt dư luận về",
    "kiểm tra, giám sát việc thực hiện", "đánh giá cao kết quả đạt được trong", "thống nhất các nhiệm vụ trọng tâm về",
    "đề ra nhiều chỉ tiêu cụ thể cho", "tăng cường phối hợp trong",
]
CLOSINGS = [
    "góp phần tạo sự đồng thuận trong xã hội", "với tinh thần trách nhiệm cao, sát thực tiễn",
    "qua đó củng cố niềm tin của nhân dân với Đảng", "bảo đảm đúng tiến độ và chất lượng",
    "trong bối cảnh còn nhiều khó khăn, thách thức", "tạo chuyển biến rõ nét ở cơ sở",
    "nhằm hoàn thành thắng lợi các mục tiêu đã đề ra", "được dư luận đồng tình, ủng hộ",
]
FIGURES = [
    "Trong năm, toàn tỉnh đã tổ chức {n} hội nghị quán triệt với hơn {m} lượt cán bộ, đảng viên tham dự.",
    "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt {p}%, tăng so với cùng kỳ.",
    "Đội ngũ {n} báo cáo viên, tuyên truyền viên đã nắm bắt, phản ánh kịp thời {m} ý kiến của nhân dân.",
    "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt {p}%, thu ngân sách vượt dự toán.",
    "Các lực lượng đã gỡ bỏ {n} tin, bài có nội dung xấu, độc trên không gian mạng.",
    "Hơn {m} hộ gia đình được hỗ trợ xây mới, sửa chữa nhà ở từ nguồn vận động.",
]
QUOTES = [
    "Phát biểu chỉ đạo, đồng chí {official} đề nghị các cấp ủy tiếp tục {theme}.",
    "Theo đồng chí {official}, việc {theme} phải được thực hiện thường xuyên, liên tục.",
    "Đồng chí {official} nhấn mạnh yêu cầu nâng cao chất lượng công tác {theme}.",
]
CAPTIONS = [
    "Quang cảnh hội nghị.", "Đại biểu dự hội nghị.", "Đồng chí {official} phát biểu tại hội nghị.",
    "Các đại biểu thực hiện nghi thức chào cờ.", "Trao Huy hiệu Đảng cho các đảng viên.",
    "Lực lượng tuyên truyền tại cơ sở.", "Toàn cảnh buổi làm việc tại {province}.",
]
CREDITS = ["Ảnh: Minh Anh", "Ảnh: Thanh Tùng", "Ảnh: Ngọc Hân", "Ảnh: TTXVN", "Ảnh: Ban Tuyên giáo"]
BYLINES = ["Minh Anh", "Thanh Tùng", "Hồng Nhung", "Quốc Việt", "Phương Thảo", "Hữu Thắng", "Kim Oanh"]


class Text:
    """A piece of text with its folded form computed once, so that search_text costs nothing per article."""

    __slots__ = ("raw", "folded", "words")

    def __init__(self, raw):
        self.raw = nfc(raw)
        self.folded = fold(self.raw)
        self.words = words(self.folded)


def words(folded):
    """The words PostgreSQL's newsroom_search_words() keeps: runs of a-z and 0-9 of the folded text."""
    return _WORD.findall(folded)


_LABELS = {weight: [f"{p}{'' if weight == 'D' else weight}" for p in range(_MAX_POSITION + 1)] for weight in "ABCD"}


def tsvector_text(*weighted, pairs=False, lines=None, head=None):
    """``setweight(to_tsvector('simple', a), 'A') || setweight(…, 'B') || …`` computed here, as tsvector text;
    with ``pairs``, followed by ``newsroom_all_pairs()``: every two adjacent words of the whole text as a
    position-less lexeme "word_word".

    ``weighted`` is (words, weight) pairs. to_tsvector numbers words from 1; ``||`` shifts the right operand
    by the left one's highest position. The loader checks a sample against PostgreSQL's own result.

    ``lines`` (a list of word lists, or None) are the article's extras, what ``newsroom_search_vector(title,
    lead, body, extras)`` adds: their words with weight D after the body, and with ``pairs`` the pairs of
    adjacent words within each line only (a caption's last word and the next line's first are no pair).

    ``head`` (a word list, or None) are the title's and lead's words, one sequence (search migration 0007,
    ``newsroom_head_lexemes()``): each word and each pair of adjacent words once more, position-less and marked
    "^" ("^kien", "^kien_giang"); the title's last word and the lead's first make a pair there too.
    """
    positions = {}
    offset = 0
    main = list(weighted)
    if lines is not None:
        weighted = [*main, ([word for line in lines for word in line], "D")]
    for word_list, weight in weighted:
        labels = _LABELS[weight]
        for index, word in enumerate(word_list, offset + 1):
            entry = positions.get(word)
            label = labels[index if index < _MAX_POSITION else _MAX_POSITION]
            if entry is None:
                positions[word] = [label]
            else:
                entry.append(label)
        if word_list:
            offset = min(offset + len(word_list), _MAX_POSITION)
    text = " ".join(f"'{word}':{','.join(entries[:_MAX_POSITIONS_PER_LEXEME])}" for word, entries in positions.items())
    if pairs:
        sequence = [word for word_list, _ in main for word in word_list]
        adjacent = {f"{first}_{second}" for first, second in zip(sequence, sequence[1:], strict=False)}
        for line in lines or ():
            adjacent.update(f"{first}_{second}" for first, second in zip(line, line[1:], strict=False))
        text += "".join(f" '{pair}'" for pair in adjacent)
    if head:
        marked = set(head)
        marked.update(f"{first}_{second}" for first, second in zip(head, head[1:], strict=False))
        text += "".join(f" '^{lexeme}'" for lexeme in marked)
    return text


def official_name(rng):
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def sentence_pool(rng, provinces, officials, size=4000):
    """Reusable body sentences; each article body draws 25-40 of them."""
    pool = []
    for _ in range(size):
        kind = rng.random()
        province = rng.choice(provinces)
        if kind < 0.55:
            text = f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(THEMES)}, {rng.choice(CLOSINGS)}."
        elif kind < 0.7:
            text = rng.choice(FIGURES).format(n=rng.randint(12, 900), m=rng.randint(1000, 90000),
                                              p=f"{rng.randint(60, 99)},{rng.randint(0, 9)}")
        elif kind < 0.85:
            text = rng.choice(QUOTES).format(official=rng.choice(officials), theme=rng.choice(THEMES))
        else:
            text = (f"Tại {province}, {rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(THEMES)}; "
                    f"{rng.choice(CLOSINGS)}.")
        pool.append(Text(text))
    return pool


def title_for(rng, province, theme, official):
    pattern = rng.randrange(6)
    if pattern == 0:
        return f"{province}: {rng.choice(EVENTS)} về {theme}"
    if pattern == 1:
        return f"{rng.choice(EVENTS)} tại {province}"
    if pattern == 2:
        return f"Đồng chí {official} làm việc với {province} về {theme}"
    if pattern == 3:
        return f"{province} đẩy mạnh {theme}"
    if pattern == 4:
        return f"Nâng cao hiệu quả {theme} ở {province}"
    return f"{rng.choice(EVENTS)}: {theme}"


def lead_for(rng, province, theme, day):
    return (f"Ngày {day:%d/%m/%Y}, tại {province}, {rng.choice(SUBJECTS)} {rng.choice(VERBS)} {theme}. "
            f"{rng.choice(CLOSINGS).capitalize()}.")
