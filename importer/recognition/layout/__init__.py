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
in the body. A credit ("Ảnh: …", a photographer's name in capitals after the caption, or a name alone on the
line under it) is near-conclusive; a list of the people pictured ("Các đồng chí A, …; B, …"), a photo's
verb with its object as the opening ("Tặng quà cho…"), a body pictured by its name and term alone ("Ban Chấp hành
Đảng bộ tỉnh X, nhiệm kỳ …") and a photo essay's run of short lines printed alike (all with a full stop or all
without) count as well; so do a scene's verbs (a procession on its way, a house handed over). When in doubt the paragraph stays in the
body: a missed caption is a figure the editor adds, a wrong one is text that disappears from the story. A short
quotation without a sentence's punctuation is a name ("Chương trình “Xuân biên phòng ấm lòng dân bản”"), not reported
speech, and "Tết", capitalised by custom, is read with the verb before it ("chúc Tết"); wishes and views reported ("bày tỏ
mong muốn") are the story's. A credit may name the kind of picture ("Ảnh tư liệu: X") or follow the caption bare
("… Ảnh HYTV."); a gallery's credit alone on the last line ("Ảnh: X -TTXVN") is the byline. "Ảnh: X" outweighs the
line's shape (a date first, "Tại…", two clauses). A line repeating the words of the story's paragraph above it is that
paragraph's picture, and so is the line under a photo's file name; but a line retelling the caption just above it,
or bringing in a speaker whose words the next paragraph gives ("Ông A cho rằng…"), is the story. A line printed twice
in a row (a photo's alternative text, then its caption) is a caption, the lead excepted; a line that comes back under
several photos is a label. "Ảnh: X" alone under a line weighs for that line as an inline credit would. A caption in
brackets is read inside them, and one typed in lower case counts when it opens with who is pictured ("bà A…").
The headline again mid-story is a video's or gallery's title, a date behind an outlet's dateline ("Báo X - Chiều
24/7, …") opens the lead, and "… có bà A … tham dự" lists who else came: none is a caption. A theme sentence followed
by "(Trong ảnh: …)" is one, and so is a credit glued to the caption's full stop ("…Tổ quốc.Ảnh: X"); where the story's
captions go without a full stop, a body's name alone ("Đoàn Chủ tịch Đại hội") needs none either. A time of day
before the date ("Vào buổi sáng cùng ngày 12/4, …") opens a story's sentence; "(ảnh Minh Tú)" is a credit; under "Ảnh:
X" a colon may open a banner's words; a credited caption a stray line break cut in two is joined; "Ảnh minh họa" alone
is a caption, and so is the line under a photo's numbered alternative text ("<headline> - Ảnh 2."). Short lines
opening with the same words and printed alike are one scene's pictures even apart; a page's photo frame may close a
caption with "|"; a first line without its full stop is not a lead; "đã hy sinh" names the fallen, not the story's
tense; a meeting hearing or passing its agenda ("Phiên họp nghe …"), "… này" pointing back, and "sau đó" are the story.
A full sentence printed twice apart is read as any line (a label is a name); a second sentence may open with a count in
digits ("… anh hùng. 02 người con …"); a tally of three counted things ("500 lá cờ, 100 áo ấm và 1 tủ sách") is the
story's; an unstopped line opening with a titled official, much shorter than the story's paragraphs around it, is a
caption where a reporting word weighs as under a credit; after a handing over, "… những người đã góp công" names the
recipients, not the story's tense. A sentence closed by a page's photo frame ("… bà con. |") weighs as a credited one,
the first line included; "Trong ảnh: …" may follow a theme sentence without brackets; the line under a photo's file
name needs less evidence; "Chú thích ảnh" and "Ảnh lưu niệm" alone are captions; a count in digits ("447
đại biểu …") opens a sentence as a capital does. Where every caption above carried a credit, an uncredited line needs
a caption's full evidence, and one neither credited nor stopped where they all were both is not one of them; where
they went without a full stop, a short unstopped line naming who is pictured is not a subheading. A speaker named
again with their title ("Chủ tịch X A nhận định, …") goes on with their words, and "trúng cử" is an election's news.
A first line where someone is pictured at a visit's or a gift's moment, with no date nor words reported and the story
going on below, is a picture (an excerpt may cut the lead off above it); an award's capitalised name ("nhận Huân chương") is read with its verb;
the titles of the people named do not count toward a line's length; where the captions above went unstopped, a short
unstopped line of someone doing something is one more; "tháng 4/2025" mid-line names a monthly meeting, not a span.
"nhắc lại" with a tradition or a history as its object ("cùng nhắc lại truyền thống …") is a ceremony's remembrance,
not words reported. A page laid out as a table puts a picture's caption in a cell under the picture's own ("![]() |",
or a bare "|" where the picture's markup was lost, then "| … |"): that cell is a caption, kept as printed, each
picture's own even where two read alike; a cell under no picture is a related story's box. A photo's alternative text
and its caption a capital apart are one picture, captioned by the second line; "- ảnh: X" in lower case is a credit; a
web page's own labels ("Tin cùng chuyên mục", "Xem thêm >>"), a name alone ("Hà Nam.") and "Ngoài …, đoàn còn …" (one
more thing done) are no picture's lines, nor offered as such.
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from core.text import fold, vietnamese_letters
from importer.recognition.layout.caption_vocabulary import _NUMBERED_LINE, photo_label
from importer.recognition.layout.captions import (
    CAPTION_THRESHOLD,
    SUGGESTION_THRESHOLD,
    caption_candidates,
    caption_score,
    mark_captions,
)
from importer.recognition.layout.credits import split_credit
from importer.recognition.tokens import text_is_unaccented

__all__ = [
    "CAPTION_THRESHOLD", "SUGGESTION_THRESHOLD", "LayoutError", "Paragraph", "ParsedText", "caption_candidates",
    "caption_score", "mark_captions", "normalise_text", "parse_plain_text", "split_credit", "split_paragraphs",
]

MAX_HEADLINE_CHARS = 300


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
    """NFC, Unix newlines, no BOM, no trailing spaces, no-break spaces as spaces, "Ð" (an eth) as the "Đ" it
    stands for."""
    text = vietnamese_letters(unicodedata.normalize("NFC", text)).replace("\ufeff", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u2028", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _alt_text_label(line):
    """The folded label of a photo's numbered alternative text ("<label> ảnh 2", "<label> anh 2" typed without
    diacritics), or None."""
    numbered = _NUMBERED_LINE.match(line)
    label = numbered and photo_label(numbered.group(1))
    return fold(label) if label else None


# "Tong Bi thu To Lam anh 6Tong Bi thu To Lam anh 7": two photos' alternative texts glued on one line, the next
# label's capital right after the number. Matched piece by piece from the line's start: looked for anywhere, the
# lazy run would be tried from every character, quadratic on a long paragraph.
_GLUED_MARKER = re.compile(r"\S.*?\s(?:[-–]\s)?(?:ảnh|anh|hình|hinh)\s\d{1,2}\.?(?=[^\W\d_]|$)", re.IGNORECASE)
_ENDS_IN_NUMBER = re.compile(r"\d\.?$")


def _marker_pieces(line):
    """``line`` as the alternative texts glued on it, one piece each where two or more are; else ``[line]``."""
    if not _ENDS_IN_NUMBER.search(line):
        return [line]  # every marker ends in its number, and so does a line made of them
    pieces, position = [], 0
    while position < len(line):
        piece = _GLUED_MARKER.match(line, position)
        if not piece:
            return [line]
        pieces.append(piece.group())
        position = piece.end()
    return pieces if len(pieces) >= 2 and all(_alt_text_label(piece) for piece in pieces) else [line]


def _split_alt_texts(lines, repeated):
    """A block's lines in groups, each numbered alternative text whose label comes back on another line of the text
    (``repeated``) a group of its own: a page copied with no blank line between a caption and the next photo's
    alternative text ("… Ảnh: Như Ý." then "Tong Bi thu To Lam anh 2", znews.vn; "Quang cảnh …" then "HĐND tỉnh … ảnh
    3") glues the next photo's marker to this one's caption, which its credit then would swallow. The label must come
    back as a numbered line elsewhere: a story's sentence may end in "ảnh 2" once, a gallery's markers never do."""
    groups = [[]]
    for line in lines:
        pieces = _marker_pieces(line)
        if all(_alt_text_label(piece) in repeated for piece in pieces):
            groups.extend([*([piece] for piece in pieces), []])
        else:
            groups[-1].append(line)
    return [group for group in groups if group]


def split_paragraphs(text):
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    if len(blocks) == 1 and blocks[0].count("\n") >= 2:
        # No blank lines at all: each line is a paragraph.
        blocks = blocks[0].split("\n")
    labels = Counter(_alt_text_label(piece) for line in text.split("\n")
                     for piece in _marker_pieces(" ".join(line.split())))
    repeated = {label for label, count in labels.items() if label and count >= 2}
    paragraphs = []
    for block in blocks:
        lines = [" ".join(line.split()) for line in block.split("\n") if line.strip()]
        if repeated and (len(lines) >= 2 or len(_marker_pieces(lines[0])) >= 2) \
                and any(all(_alt_text_label(piece) in repeated for piece in _marker_pieces(line)) for line in lines):
            paragraphs.extend(" ".join(group) for group in _split_alt_texts(lines, repeated))
            continue
        if len(lines) >= 2 and len({line.casefold() for line in lines}) == 1:
            # The same line twice with no blank line between: a page copied a photo's alternative text and then its
            # caption, the same words (a capital more or less: "Quang cảnh hội nghị", "Quang cảnh Hội nghị"); kept as
            # the two lines they are, so that they read as a line printed twice rather than as one sentence said twice.
            paragraphs.extend(lines)
        elif block.strip():
            paragraphs.append(" ".join(block.split()))
    return paragraphs


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
    if len(paragraphs) > 1 and paragraphs[0].text.rstrip(" .").casefold() == headline.rstrip(" .").casefold():
        # A page's heading and its title line, both copied: the headline printed twice at the top is neither the
        # lead nor a picture's line, and nothing is lost without it.
        paragraphs.pop(0)
    if not paragraphs:
        raise LayoutError("Chỉ có tiêu đề, không có nội dung bài.")
    byline = ""
    if len(paragraphs) > 1 and _looks_like_byline(paragraphs[-1].text):
        byline = paragraphs.pop().text
    # Typed without diacritics or not is a property of the whole file, not of a four-word caption.
    mark_captions(paragraphs, unaccented=text_is_unaccented(text[:3000]), headline=headline)
    return ParsedText(headline=headline, paragraphs=paragraphs, byline=byline)


def _looks_like_byline(text):
    words = text.split()
    if not words or len(text) > 50 or len(words) > 8 or text[-1] in ".…:;!?,":
        return False
    if text.startswith(("Theo ", "Nguồn")):
        return True
    # "Ảnh: Anh Tuấn -TTXVN": an agency's name may be glued to the dash before it.
    return all(w.lstrip("-–")[:1].isupper() or w in {"-", "–", "và"} or w.startswith("(") for w in words)
