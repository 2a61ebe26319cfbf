"""Reading the newsroom's plain-text layout: headline, paragraphs, photo captions and byline.

The layout (see ``../shared/samples``): the first line is the headline, paragraphs are separated by
blank lines, and a photo caption is a short paragraph of its own, usually right after the paragraph
that the photo illustrates.

Captions carry no marker, so they are recognised by a score. A paragraph must first pass hard
tests (one sentence, short, no date lead, no reported speech, not the lead paragraph); then it needs
positive evidence: a caption opening ("Quang cảnh…", "Toàn cảnh…"), or a person as subject *and* a
typical caption predicate ("… phát biểu tại buổi làm việc.", "… trao quà cho…"), helped by naming
someone the previous paragraph just talked about. A story sentence such as "Đồng chí X, Bí thư Tỉnh
ủy, chủ trì tiếp và làm việc với Đoàn công tác." has a person but no caption predicate, so it stays
in the body. When in doubt the paragraph stays in the body: a missed caption is a figure the editor
adds, a wrong one is text that disappears from the story.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from core.text import fold
from importer.recognition.names import person_name_runs
from importer.recognition.tokens import is_unaccented, text_is_unaccented, tokenize, tone_key, word_keys

MAX_HEADLINE_CHARS = 300
MAX_CAPTION_CHARS = 320
MAX_CAPTION_WORDS = 60
CAPTION_THRESHOLD = 3


@dataclass
class Paragraph:
    text: str
    is_caption: bool = False
    credit: str = ""
    score: int = 0
    reasons: list = field(default_factory=list)


@dataclass
class ParsedText:
    headline: str
    paragraphs: list  # every paragraph after the headline, in order, captions included
    byline: str = ""

    @property
    def body_paragraphs(self):
        return [p for p in self.paragraphs if not p.is_caption]

    @property
    def captions(self):
        return [p for p in self.paragraphs if p.is_caption]

    @property
    def lead(self):
        body = self.body_paragraphs
        return body[0].text if body else ""

    @property
    def rest(self):
        return [p.text for p in self.body_paragraphs[1:]]

    def all_text(self):
        return "\n\n".join([self.headline, *(p.text for p in self.paragraphs)])


class LayoutError(ValueError):
    """The text does not follow the layout (no headline, nothing after it)."""


def normalise_text(text):
    """NFC, Unix newlines, no BOM, no trailing spaces, no-break spaces as spaces."""
    text = unicodedata.normalize("NFC", text).replace("\ufeff", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u2028", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def split_paragraphs(text):
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    if len(blocks) == 1 and blocks[0].count("\n") >= 2:
        # No blank lines at all: each line is a paragraph.
        blocks = blocks[0].split("\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


def parse_plain_text(text):
    """Split a plain-text article into headline, paragraphs (captions marked) and byline."""
    text = normalise_text(text)
    if not text.strip():
        raise LayoutError("Tệp không có nội dung.")
    first, _, rest = text.lstrip().partition("\n")
    headline = " ".join(first.split())
    if not re.search(r"\w", headline):
        raise LayoutError("Thiếu tiêu đề: dòng đầu không có chữ.")
    if len(headline) > MAX_HEADLINE_CHARS:
        raise LayoutError(
            f"Thiếu tiêu đề: dòng đầu dài {len(headline)} ký tự (tối đa {MAX_HEADLINE_CHARS}), có lẽ là một đoạn văn."
        )
    paragraphs = [Paragraph(p) for p in split_paragraphs(rest)]
    if not paragraphs:
        raise LayoutError("Chỉ có tiêu đề, không có nội dung bài.")
    byline = ""
    if len(paragraphs) > 1 and _looks_like_byline(paragraphs[-1].text):
        byline = paragraphs.pop().text
    # Typed without diacritics or not is a property of the whole file, not of a four-word caption.
    mark_captions(paragraphs, unaccented=text_is_unaccented(text[:3000]))
    return ParsedText(headline=headline, paragraphs=paragraphs, byline=byline)


def _looks_like_byline(text):
    words = text.split()
    if not words or len(text) > 50 or len(words) > 8 or text[-1] in ".…:;!?,":
        return False
    if text.startswith(("Theo ", "Nguồn")):
        return True
    return all(w[0].isupper() or w in {"-", "–", "và"} or w.startswith("(") for w in words)


# --- Captions ---------------------------------------------------------------------------------

_CREDIT = re.compile(r"\s*[\(\[]\s*((?:Ảnh|Nguồn ảnh)\s*:[^)\]]{1,80})[\)\]]\s*\.?$")
_CREDIT_PARAGRAPH = re.compile(r"^[\(\[]?\s*(?:Ảnh|Nguồn ảnh)\s*:\s*[^.]{1,80}[\)\]]?\.?$")
_DATE_LEAD = re.compile(
    r"^(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+)?(?:nay|qua|ngày)?\s*\(?\d{1,2}\s*/\s*\d{1,2}|"
    r"^(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua|mai)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\w+")


class _Phrases:
    """A list of lower-case phrases, compared word by word on tone keys (or folds for unaccented text)."""

    def __init__(self, *phrases):
        self.tone = tuple(" ".join(tone_key(w) for w in _WORDS.findall(p.lower())) for p in phrases)
        self.fold = tuple(" ".join(fold(w) for w in _WORDS.findall(p.lower())) for p in phrases)

    def _pick(self, unaccented):
        return self.fold if unaccented else self.tone

    def opens(self, words, unaccented=False):
        return any(f"{words} ".startswith(f"{p} ") for p in self._pick(unaccented))

    def found_in(self, words, unaccented=False):
        padded = f" {words} "
        return [p for p in self._pick(unaccented) if f" {p} " in padded]


_AT = {False: f" {tone_key('tại')} ", True: " tai "}
_STRONG_OPENERS = _Phrases(
    "quang cảnh", "toàn cảnh", "một góc", "cảnh", "các đại biểu", "đại biểu dự", "đại biểu tham dự",
    "các đồng chí lãnh đạo", "các em", "đông đảo", "ban tổ chức trao", "ban tổ chức tặng", "lễ ký kết",
    "lễ trao", "tiết mục", "hình ảnh", "không khí",
)
_PERSON_OPENERS = _Phrases(
    "đồng chí", "các đồng chí", "ông", "bà", "lãnh đạo", "đại diện", "phó thủ tướng", "thủ tướng", "chủ tịch",
    "phó chủ tịch", "bộ trưởng", "thứ trưởng", "tổng bí thư", "bí thư", "phó bí thư", "trưởng ban",
    "phó trưởng ban", "giám đốc", "đại tá", "thượng tá", "trung tá", "thiếu tướng", "trung tướng", "cán bộ",
    "nhân dân", "hội viên", "đoàn viên", "đồng bào", "chiến sĩ", "người dân", "đoàn công tác",
)
# Predicates photographers write under pictures.
_CAPTION_PREDICATES = _Phrases(
    "phát biểu", "trao", "tặng quà", "tặng hoa", "tặng", "chụp ảnh", "dâng hoa", "dâng hương", "thắp hương",
    "cắt băng", "nhấn nút", "bấm nút", "tham quan", "thăm hỏi", "thăm", "kiểm tra", "khảo sát", "trao đổi với",
    "trò chuyện", "bắt tay", "ký kết", "phát động", "chứng kiến", "dự lễ", "dự hội nghị", "chủ trì hội nghị",
    "biểu quyết", "trình bày", "tham luận", "thực hiện nghi thức", "điều hành hội nghị", "gắn biển",
    "khánh thành", "động thổ", "khởi công", "trồng cây", "chúc mừng", "làm việc tại", "tuyên thệ",
    "diễu hành", "biểu diễn", "tặng bằng khen", "trao bằng khen", "trao giấy khen", "trao quà",
)
_EVENT_ENDINGS = _Phrases(
    "tại buổi làm việc", "tại hội nghị", "tại buổi lễ", "tại lễ", "tại hội thảo", "tại tọa đàm", "tại đại hội",
    "tại buổi tiếp", "tại chương trình", "tại buổi gặp mặt", "tại kỳ họp", "tại phiên", "tại sự kiện",
    "tại buổi", "tại lễ kỷ niệm",
)
# Words of an ongoing story rather than of a picture: tense, modality, reported speech, argument.
_BODY_MARKERS = _Phrases(
    "đã", "sẽ", "đang", "cần", "phải", "đề nghị", "yêu cầu", "nhấn mạnh", "cho biết", "cho rằng", "khẳng định",
    "để", "nhằm", "vì", "nên", "tuy", "nhưng", "mà", "nếu", "thì", "theo đó", "trong đó", "ngoài ra",
    "và làm việc với", "tiếp và làm việc",
)
_CONTINUATIONS = _Phrases(
    "tuy nhiên", "ngoài ra", "bên cạnh đó", "đồng thời", "theo đó", "do đó", "vì vậy", "trong đó", "cùng với",
    "thời gian tới", "với", "từ", "nhìn", "để", "nhằm", "qua", "trên cơ sở", "phát biểu", "theo", "tại",
    "sau khi", "trước đó", "khi", "hiện nay", "năm", "trong", "về", "như", "mỗi", "còn", "ngày", "đặc biệt",
    "tiếp đó", "sau đó", "cuối cùng", "trước hết", "một là", "hai là", "kết quả", "được biết", "dịp này",
    "nhân dịp", "thay mặt", "có thể", "chiều", "sáng", "tối",
)
_ABBREVIATIONS = re.compile(r"\b(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|Th|St|Mr|Mrs|Ms|No)\.\s")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(\S)")


def split_credit(text):
    """"Quang cảnh hội nghị. (Ảnh: Minh Anh)" -> ("Quang cảnh hội nghị.", "Ảnh: Minh Anh")."""
    match = _CREDIT.search(text)
    if not match:
        return text, ""
    caption = text[: match.start()].rstrip()
    return caption, " ".join(match.group(1).split())


def caption_score(text, *, previous="", unaccented=None):
    """Score a paragraph as a caption; the score is ``None`` when a hard rule says it cannot be one.

    Returns ``(score, reasons)``; a paragraph is a caption at ``CAPTION_THRESHOLD`` or more.
    """
    caption, _credit = split_credit(text)
    words = caption.split()
    if not words:
        return None, ["rỗng"]
    if len(caption) > MAX_CAPTION_CHARS or len(words) > MAX_CAPTION_WORDS:
        return None, ["quá dài"]
    if any(ch in caption for ch in ";:?!\"“”«»") or caption.endswith(("…", "...", ",")):
        return None, ["dấu câu của đoạn văn"]
    if any(m.group(1).isupper() for m in _SENTENCE_BREAK.finditer(_ABBREVIATIONS.sub("X ", caption))):
        return None, ["nhiều câu"]
    if _DATE_LEAD.match(caption):
        return None, ["mở đầu bằng ngày tháng"]
    if not caption[0].isupper():
        return None, ["không viết hoa đầu đoạn"]
    tokens = tokenize(caption)
    if unaccented is None:
        unaccented = is_unaccented(tokens)
    keys = " ".join((t.fold if unaccented else t.tone) for t in tokens if t.is_word)
    # Verbs and function words are written in lower case; "Cần Thơ" is a city, not "cần" (must).
    lower = " ".join(
        "·" if t.is_capitalised else (t.fold if unaccented else t.tone) for t in tokens if t.is_word
    )
    strong = _STRONG_OPENERS.opens(keys, unaccented)
    if not strong and _CONTINUATIONS.opens(keys, unaccented):
        return None, ["mở đầu bằng từ nối"]

    score, reasons = 0, []
    if strong:
        score += 3
        reasons.append("mở đầu kiểu chú thích")
    elif _PERSON_OPENERS.opens(keys, unaccented):
        score += 1
        reasons.append("chủ ngữ là người")
    if _CAPTION_PREDICATES.found_in(lower, unaccented):
        score += 2
        reasons.append("động từ chú thích")
    if _EVENT_ENDINGS.found_in(keys, unaccented) and len(keys.rsplit(_AT[unaccented], 1)[-1].split()) <= 6:
        score += 1
        reasons.append("kết bằng nơi diễn ra")
    if previous and _shares_subject(tokens, previous):
        score += 1
        reasons.append("nhắc lại đoạn trước")
    if len(caption) <= 100:
        score += 1
        reasons.append("ngắn")
    elif len(caption) > 240:
        score -= 1
    markers = _BODY_MARKERS.found_in(lower, unaccented)
    if markers:
        score -= 2 * len(markers)
        reasons.append("từ ngữ tường thuật")
    if re.search(r"\d+([.,]\d+)?\s*(%|tỷ|triệu|nghìn)", caption):
        score -= 2
        reasons.append("số liệu")
    if not caption.endswith(".") and not strong:
        score -= 2
        reasons.append("không kết thúc bằng dấu chấm")
    return score, reasons


def _shares_subject(tokens, previous):
    """Whether the caption names a person that the previous paragraph just talked about."""
    names = person_name_runs(tokens)
    if not names:
        return False
    previous_folded = f" {' '.join(word_keys(w)[0] for w in _WORDS.findall(previous))} "
    return any(f" {fold(name)} " in previous_folded for name in names)


def mark_captions(paragraphs, *, unaccented=False):
    """Mark captions in place. The first paragraph is the lead and never a caption."""
    previous_body = ""
    for index, paragraph in enumerate(paragraphs):
        if _CREDIT_PARAGRAPH.match(paragraph.text) and index and paragraphs[index - 1].is_caption:
            # "Ảnh: Minh Anh" on its own line under a caption is that caption's credit.
            paragraphs[index - 1].credit = paragraphs[index - 1].credit or paragraph.text.strip("()[]. ")
            paragraph.is_caption = None
            continue
        if index == 0:
            previous_body = paragraph.text
            continue
        score, reasons = caption_score(paragraph.text, previous=previous_body, unaccented=unaccented)
        paragraph.score, paragraph.reasons = score or 0, reasons
        if score is not None and score >= CAPTION_THRESHOLD:
            paragraph.is_caption = True
            paragraph.text, paragraph.credit = split_credit(paragraph.text)
        else:
            previous_body = paragraph.text
    paragraphs[:] = [p for p in paragraphs if p.is_caption is not None]
    return paragraphs
