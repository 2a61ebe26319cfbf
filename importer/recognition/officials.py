"""Officials named in a text with their titles: "đồng chí Lại Xuân Môn, Ủy viên Trung ương Đảng, Phó…".

The pattern is an introduction ("đồng chí", "các đồng chí", "ông", "bà"), a name of 2–5 capitalised
words, then comma-separated titles, each starting with a capital, running until the sentence goes on
with a verb ("… Trung ương làm việc với …"), a function word, or punctuation other than a comma.
Lists ("các đồng chí A, Bí thư…; B, Chủ tịch… và C, …") give one person per name.

The title is kept exactly as printed (a slice of the original text), since it records what the
person was called on the day, which is what ``Mention.title_as_printed`` stores.
"""

from dataclasses import dataclass

from importer.recognition.names import ALWAYS_TITLE, SURNAMES, TITLE_BIGRAMS, TITLE_WORDS, is_name_word
from importer.recognition.tokens import tokenize

# Words that end a title: the sentence carries on. Bigrams are verbs whose first syllable can also
# be part of a name of an organisation ("Ban Tuyên giáo", "Ủy ban Kiểm tra"), so only the pair stops.
STOP_WORDS = frozenset(
    """
    cùng với tại về đã sẽ đang vừa được bị cho khi để nhằm do đến tới trong là có thì mà nhưng rằng như ở
    nêu trao tặng thăm dự gặp tiếp đọc gửi ký nói dẫn làm nhận cũng luôn rất còn chưa không vẫn đi ra vào
    lên xuống sau trước qua đón chào mời hỏi nghe xem bàn họp đề phát đánh nhấn khẳng yêu chúc cảm mong
    """.split()
)
ALLOWED_BIGRAMS = frozenset({("dự", "khuyết"), ("thường", "trực"), ("đại", "biểu"), ("phụ", "trách")})
_ORGANISATION_HEADS = frozenset({"ban", "ủy", "uỷ", "hội", "sở", "phòng", "cục", "vụ", "viện", "bộ"})
_HARD_STOPS = frozenset(".;:()[]\"“”!?…«»")


def _bigrams(text):
    return frozenset(tuple(item.split("_")) for item in text.split())


STOP_BIGRAMS = _bigrams(
    """
    làm_việc phát_biểu chủ_trì tham_dự tham_gia tham_quan kiểm_tra đánh_giá đề_nghị đề_cập đề_xuất nhấn_mạnh
    khẳng_định yêu_cầu chúc_mừng báo_cáo trình_bày cho_biết thông_tin thông_báo quán_triệt ghi_nhận biểu_dương
    chia_sẻ giới_thiệu lưu_ý kêu_gọi kết_luận trả_lời chứng_kiến cắt_băng dâng_hương dâng_hoa thắp_hương
    tuyên_bố điều_hành chỉ_đạo khai_mạc bế_mạc tổng_kết trao_đổi trò_chuyện bày_tỏ cảm_ơn mong_muốn
    tiếp_thu giải_trình động_viên thăm_hỏi nhận_định phân_tích quan_tâm truyền_đạt giao_nhiệm dẫn_đầu
    phát_động ký_kết công_bố trao_tặng đồng_chủ nói_chuyện tiếp_đón tiếp_nhận tiếp_xúc đón_tiếp đối_thoại
    khảo_sát thị_sát chụp_ảnh bắt_tay nhận_xét nhận_thấy chỉ_rõ chỉ_ra đồng_ý thống_nhất nhất_trí
    biểu_quyết bấm_nút nhấn_nút gắn_biển trồng_cây khánh_thành tuyên_dương khen_thưởng kiến_nghị hoan_nghênh
    chào_mừng phổ_biến hướng_dẫn
    """
)


@dataclass(frozen=True)
class NamedOfficial:
    name: str
    title: str  # as printed, "" when the text gives none at this mention
    start: int  # span of the name in the text
    end: int


class _Parser:
    def __init__(self, text, tokens=None):
        self.text = text
        self.tokens = tokens if tokens is not None else tokenize(text)
        self.n = len(self.tokens)

    def word(self, i):
        return self.tokens[i].text if 0 <= i < self.n else ""

    def lower(self, i):
        return self.word(i).lower()

    def joined(self, i):
        """Whether token ``i`` continues the line of token ``i - 1`` (no paragraph break between)."""
        return i > 0 and "\n" not in self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def intro(self, i):
        """Length of an introduction ("đồng chí", "các đồng chí", "ông", "bà") at ``i``, and whether
        the name after it must start with a known family name."""
        low = self.lower(i)
        if low == "các" and self.lower(i + 1) == "đồng" and self.lower(i + 2) == "chí":
            return 3, False
        if low == "đồng" and self.lower(i + 1) == "chí":
            return 2, False
        if low in {"ông", "bà"}:
            return 1, True
        return 0, False

    def name_end(self, k):
        j = k
        while j < self.n and j - k < 7 and is_name_word(self.word(j)) and (j == k or self.joined(j)):
            j += 1
        while j > k:
            last, following = self.word(j - 1), self.word(j)
            if last in ALWAYS_TITLE or (last, following) in TITLE_BIGRAMS:
                j -= 1
            else:
                break
        return j

    def looks_like_name(self, k):
        if self.word(k) not in SURNAMES:
            return False
        j = self.name_end(k)
        if not 2 <= j - k <= 5:
            return False
        after = self.word(j)
        return not after or after in {",", ";", ".", "và", ")"} or not after[0].isupper()

    def person(self, k, *, needs_surname):
        j = self.name_end(k)
        if not 2 <= j - k <= 5 or (self.word(k) in TITLE_WORDS and self.word(k) not in SURNAMES):
            return None, k
        if needs_surname and self.word(k) not in SURNAMES:
            return None, k
        name = " ".join(t.text for t in self.tokens[k:j])
        title_start = title_end = None
        p = j
        while p < self.n and self.word(p) == "," and self.joined(p + 1):
            q = p + 1
            token = self.tokens[q] if q < self.n else None
            if token is None or not token.is_word or not token.is_capitalised or token.text.isdigit():
                break
            if self.looks_like_name(q) or self.intro(q)[0]:
                break
            end, stopped = self.segment(q)
            if end == q:
                break
            title_start = self.tokens[q].start if title_start is None else title_start
            title_end = self.tokens[end - 1].end
            p = end
            if stopped:
                break
        title = self.text[title_start:title_end] if title_start is not None else ""
        return NamedOfficial(name, title, self.tokens[k].start, self.tokens[j - 1].end), p

    def segment(self, q):
        """Scan one title from ``q``; return (end index, whether the title list stops here)."""
        r = q
        while r < self.n:
            if r > q and not self.joined(r):
                return r, True
            word = self.word(r)
            if word == ",":
                return r, False
            if word in _HARD_STOPS or word == "–" or word == "—":
                return r, True
            low = word.lower()
            if word[0].isalpha() and not word[0].isupper():
                pair = (low, self.lower(r + 1))
                after_head = self.lower(r - 1) in _ORGANISATION_HEADS
                if low == "và":
                    following = self.tokens[r + 1] if r + 1 < self.n else None
                    # "Bộ Giáo dục và Đào tạo" goes on; "… và đồng chí B" or "… và Trần Văn B" does not.
                    if following and following.is_capitalised and not self.looks_like_name(r + 1) \
                            and not self.intro(r + 1)[0]:
                        r += 1
                        continue
                    return r, True
                if pair in ALLOWED_BIGRAMS:
                    r += 2
                    continue
                if (pair in STOP_BIGRAMS and not after_head) or low in STOP_WORDS:
                    return r, True
                if low == "đồng" and self.lower(r + 1) == "chí":
                    return r, True
            r += 1
        return r, True

    def parse(self):
        found, i = [], 0
        while i < self.n:
            length, needs_surname = self.intro(i)
            if not length:
                i += 1
                continue
            person, p = self.person(i + length, needs_surname=needs_surname)
            if person is None:
                i += length
                continue
            found.append(person)
            # A list: "…; B, Chủ tịch…", "…, B, …", "… và B, …".
            while p < self.n:
                q = p
                if self.word(q) in {";", ","}:
                    q += 1
                    if self.lower(q) == "và":
                        q += 1
                elif self.lower(q) == "và":
                    q += 1
                else:
                    break
                if not self.looks_like_name(q):
                    break
                person, p = self.person(q, needs_surname=True)
                if person is None:
                    break
                found.append(person)
            i = max(p, i + length)
        return found


def find_officials(text, *, tokens=None):
    """Every official named in ``text`` (paragraphs separated by newlines), in order of appearance.

    ``tokens``: ``tokenize(text)`` when the caller already has it.
    """
    return _Parser(text, tokens).parse()
