"""A Word report laid out as an article: headline, lead, body HTML, photos with their captions and credits.

The first paragraph (or a "Title"/"Heading 1" among the first ones) is the headline and the next paragraph the
lead. Each picture becomes a photo, in document order. Its caption is the paragraph right under it when that
paragraph is short and set as a caption: italic, centred or in a caption style ("Caption", "Chú thích"…); else
the picture's alt text. A credit ("Ảnh: Minh Anh", "(Ảnh: TTXVN)") at the end of the caption or on its own line
under it goes to the credit field. What is left is the body: paragraphs, subheadings, lists, tables, with bold,
italic and links, cleaned to the site's allow-list.

Each picture keeps its place in the body as a marker (``PHOTO_MARKER``, the photo's index in ``photos``): an HTML
comment, put in after the body was cleaned, so it can only come from here (the sanitiser strips every comment a
user sends). Once the photos are stored, the importer turns each marker into the photo's figure, as the body
editor writes it (``importer.pipeline.storing``, ``articles.figures``). A picture that opens the document, before
any of the body (among the headline and the lead), gets no marker: it stays the featured photo above the body.
The plain-text body (``body_text``, what "Gửi tin bài" keeps of a Word file) marks the same places with a line a
moderator can read, "[Ảnh 2/3 trong tệp Word]"; accepting the submission turns it into the figure
(``submissions.services``).
"""

import html
import re
from dataclasses import dataclass, field

from core.html import sanitize_html
from importer.word.blocks import Block

MAX_HEADLINE_CHARS = 300
MAX_CAPTION_CHARS = 320
MAX_CAPTION_WORDS = 60

_CREDIT_WORDS = r"(?:Ảnh|Nguồn ảnh|Ảnh và bài|Bài và ảnh|Ảnh chụp|Photo)"
_CREDIT_LINE = re.compile(rf"^[\(\[]?\s*({_CREDIT_WORDS})\s*[:：]\s*([^()\[\]]{{1,80}}?)\s*[\)\]]?\s*\.?$", re.IGNORECASE)
_CREDIT_TAIL = re.compile(
    rf"(?:\s*[\(\[]\s*({_CREDIT_WORDS})\s*[:：]\s*([^()\[\]]{{1,80}}?)\s*[\)\]]|"
    rf"(?<=[.!?…])\s*[-–—]?\s*({_CREDIT_WORDS})\s*[:：]\s*([^()\[\]]{{1,80}}?)|"
    rf"\s+[-–—]\s+({_CREDIT_WORDS})\s*[:：]\s*([^()\[\]]{{1,80}}?))\s*\.?$",
    re.IGNORECASE,
)
_AUTO_ALT = re.compile(
    r"(description automatically generated|mô tả được tạo tự động)( with (low|medium|high) confidence)?\.?",
    re.IGNORECASE,
)
_NAMELESS_ALT = re.compile(r"^(picture|image|hình ảnh|hình|ảnh|img)[\s_-]*\d*$|\.(jpe?g|png|gif|webp|bmp|emf|wmf)$",
                           re.IGNORECASE)
_BYLINE_JOINERS = {"-", "–", "và", "&"}
PHOTO_MARKER = "<!--word-photo:{}-->"
PHOTO_MARKERS = re.compile(r"\n?<!--word-photo:(\d+)-->\n?")


TEXT_PHOTO_MARKER = "[Ảnh {number}/{total} trong tệp Word]"
# The line as core.html.text_to_html makes it a paragraph: (number among the file's photos, how many it has).
TEXT_PHOTO_PARAGRAPHS = re.compile(r"<p>\[Ảnh (\d+)/(\d+) trong tệp Word\]</p>")
_TEXT_PHOTO_LINE = re.compile(r"^\[Ảnh \d+/\d+ trong tệp Word\]$")


def strip_photo_markers(body_html):
    """The body without its pictures' places (for a copy that cannot show the photos: a proposal, a dry run)."""
    return PHOTO_MARKERS.sub("\n", body_html or "").strip()


def text_paragraphs(body_text):
    """The plain-text body's paragraphs, without the lines that mark its pictures' places."""
    return [p for p in body_text.split("\n\n") if p and not _TEXT_PHOTO_LINE.match(p)]


@dataclass
class WordPhoto:
    data: bytes
    name: str
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    format: str = ""


@dataclass
class WordDocument:
    headline: str
    lead: str
    body_html: str
    body_text: str  # the body as plain paragraphs, for a plain-text field (a line marks each placed picture)
    byline: str = ""
    photos: list = field(default_factory=list)
    legacy: dict = field(default_factory=dict)  # {"TCVN3"/"VNI": runs converted}
    notes: list = field(default_factory=list)

    def all_text(self):
        """Everything recognition reads, one paragraph per line (captions included)."""
        captions = [p.caption for p in self.photos if p.caption]
        body = "\n\n".join(text_paragraphs(self.body_text))
        return "\n\n".join(p for p in [self.headline, self.lead, body, *captions] if p)


def split_credit(text):
    """"Quang cảnh hội nghị. (Ảnh: Minh Anh)" -> ("Quang cảnh hội nghị.", "Ảnh: Minh Anh")."""
    text = " ".join(text.split())
    match = _CREDIT_TAIL.search(text)
    if not match or match.start() == 0:
        return text, ""
    groups = [g for g in match.groups() if g]
    return text[: match.start()].rstrip(" -–—"), _credit(groups[0], groups[1])


def credit_line(text):
    """The credit when ``text`` is nothing but one ("Ảnh: Minh Anh"), else ""."""
    match = _CREDIT_LINE.match(" ".join(text.split()))
    return _credit(match.group(1), match.group(2)) if match else ""


def _credit(word, name):
    word = word[0].upper() + word[1:].lower()
    return f"{word}: {name.strip(' .')}"


def _clean_alt(alt):
    alt = " ".join(_AUTO_ALT.sub("", alt or "").split()).strip(" .,")
    return "" if not alt or _NAMELESS_ALT.search(alt) else alt


def _picture_format(data):
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    for magic, name in ((b"GIF8", "GIF"), (b"BM", "BMP"), (b"\x01\x00\x00\x00", "EMF"), (b"\xd7\xcd\xc6\x9a", "WMF"),
                        (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF")):
        if data.startswith(magic):
            return name
    return ""


def _is_caption(block):
    if block is None or block.kind != "text" or block.heading or block.list_kind:
        return False
    text = block.text
    if not text or len(text) > MAX_CAPTION_CHARS or len(text.split()) > MAX_CAPTION_WORDS:
        return False
    return block.italic or block.centered or block.caption_style


def _looks_like_byline(text):
    words = text.split()
    if not words or len(text) > 50 or len(words) > 8 or text[-1] in ".…:;!?,":
        return False
    if text.startswith(("Theo ", "Nguồn")):
        return True
    return all(w[0].isupper() or w in _BYLINE_JOINERS or w.startswith("(") for w in words)


def lay_out(blocks, *, legacy=None, notes=None):
    """Blocks of a document -> ``WordDocument``; raises ``ValueError`` when there is no headline or no body."""
    notes = list(notes or [])
    blocks = _photos_first(blocks, notes)
    photos = [b.photo for b in blocks if b.kind == "picture"]
    text_blocks = [b for b in blocks if b.kind != "picture"]
    candidates = [b for b in text_blocks if b.kind == "text" and not b.list_kind][:4]
    if not candidates:
        raise ValueError("Tài liệu không có chữ: thiếu tiêu đề và nội dung.")
    titled = [b for b in candidates[:3] if b.heading == 1]
    headline_block = titled[0] if titled else candidates[0]
    headline = headline_block.text
    if len(headline) > MAX_HEADLINE_CHARS:
        raise ValueError(
            f"Thiếu tiêu đề: đoạn đầu dài {len(headline)} ký tự (tối đa {MAX_HEADLINE_CHARS}), có lẽ là một đoạn văn. "
            "Hãy để tiêu đề ở dòng đầu tài liệu."
        )
    rest = [b for b in text_blocks if b is not headline_block]
    lead_block = next((b for b in rest if b.kind == "text" and not b.heading and not b.list_kind), None)
    if lead_block is None:
        raise ValueError("Chỉ có tiêu đề, không có nội dung bài.")
    rest.remove(lead_block)
    byline = ""
    last = rest[-1] if rest else None
    if last is not None and last.kind == "text" and not last.heading and not last.list_kind \
            and _looks_like_byline(last.text):
        byline = rest.pop().text
    html_parts, body_text = _render(_with_pictures(blocks, rest), photos=len(photos))
    return WordDocument(
        headline=headline, lead=lead_block.text, body_html=_clean_around_markers(html_parts),
        body_text=body_text, byline=byline[:200], photos=photos, legacy=dict(legacy or {}), notes=notes,
    )


def _with_pictures(blocks, rest):
    """The body blocks with the pictures back in their places, each numbered by its index among the photos.

    The first picture stays out when none of the body comes before it: it opens the report (a correspondent's
    main photo, under the headline or the lead), and the article page shows it above the body as its featured
    photo. Any other picture is placed where it stood, the last ones after the last paragraph.
    """
    body = {id(b) for b in rest}
    placed, seen_body, number = [], False, -1
    for block in blocks:
        if block.kind == "picture":
            number += 1
            if seen_body or number > 0:
                block.photo_index = number
                placed.append(block)
        elif id(block) in body:
            seen_body = True
            placed.append(block)
    return placed


def _clean_around_markers(parts):
    """Clean the body's HTML to the allow-list between the pictures' markers, then put the markers in."""
    out, chunk = [], []
    for part in [*parts, None]:
        if isinstance(part, str):
            chunk.append(part)
            continue
        if chunk:
            cleaned = sanitize_html("\n".join(chunk))
            if cleaned:
                out.append(cleaned)
            chunk = []
        if part is not None:
            out.append(PHOTO_MARKER.format(part))
    return "\n".join(out)


def _photos_first(blocks, notes):
    """Attach each picture's caption and credit (taken out of the text) and drop pictures we cannot store."""
    kept, index, number = [], 0, 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind != "picture":
            kept.append(block)
            continue
        number += 1
        fmt = _picture_format(block.picture.data)
        if fmt not in ("JPEG", "PNG", "WEBP"):
            notes.append(f"Ảnh thứ {number} trong tài liệu ({fmt or 'không rõ định dạng'}) không phải JPEG, PNG hay "
                         "WebP: không nhập.")
            continue
        alt = _clean_alt(block.picture.alt)
        photo = WordPhoto(data=block.picture.data, name=block.picture.name, alt_text=alt, format=fmt)
        following = blocks[index] if index < len(blocks) else None
        if following is not None and following.kind == "text" and (credit := credit_line(following.text)):
            photo.credit, index = credit, index + 1
        elif _is_caption(following):
            photo.caption, photo.credit = split_credit(following.text)
            index += 1
            after = blocks[index] if index < len(blocks) else None
            if not photo.credit and after is not None and after.kind == "text" and (credit := credit_line(after.text)):
                photo.credit, index = credit, index + 1
        photo.caption = photo.caption or alt
        block.photo = photo
        kept.append(block)
    return kept


def _inline(segments):
    out = []
    for segment in segments:
        text = html.escape(segment.text).replace("\n", "<br>")
        if not segment.text.strip():
            out.append(text)
            continue
        if segment.vert:
            tag = "sup" if segment.vert == "superscript" else "sub"
            text = f"<{tag}>{text}</{tag}>"
        if segment.italic:
            text = f"<em>{text}</em>"
        if segment.bold:
            text = f"<strong>{text}</strong>"
        if segment.href:
            text = f'<a href="{html.escape(segment.href, quote=True)}">{text}</a>'
        out.append(text)
    return "".join(out).strip().replace("</strong><strong>", "").replace("</em><em>", "")


def _plain(segments):
    return " ".join("".join(s.text for s in segments).split())


def _render(blocks, *, photos=0):
    """Body blocks -> (HTML parts, plain text); a picture's part is its photo's index (an int). Subheadings
    become h2–h4 relative to the highest one used."""
    levels = sorted({b.heading for b in blocks if b.kind == "text" and b.heading})
    html_parts, text_parts, open_list = [], [], ""
    for block in blocks:
        if open_list and (block.kind != "text" or block.list_kind != open_list):
            html_parts.append(f"</{open_list}>")
            open_list = ""
        if block.kind == "picture":
            html_parts.append(block.photo_index)
            text_parts.append(TEXT_PHOTO_MARKER.format(number=block.photo_index + 1, total=photos))
            continue
        if block.kind == "table":
            rows = []
            for row in block.rows:
                cells = "".join(f"<td>{'<br>'.join(_inline(p) for p in cell)}</td>" for cell in row)
                rows.append(f"<tr>{cells}</tr>")
                text_parts.append(" | ".join(" ".join(_plain(p) for p in cell) for cell in row))
            html_parts.append(f"<table><tbody>{''.join(rows)}</tbody></table>")
            continue
        inline = _inline(block.segments)
        if block.heading:
            level = min(2 + levels.index(block.heading), 4)
            html_parts.append(f"<h{level}>{inline}</h{level}>")
            text_parts.append(block.text)
        elif block.list_kind:
            if not open_list:
                html_parts.append(f"<{block.list_kind}>")
                open_list = block.list_kind
            html_parts.append(f"<li>{inline}</li>")
            text_parts.append(f"– {block.text}")
        else:
            html_parts.append(f"<p>{inline}</p>")
            text_parts.append(block.text)
    if open_list:
        html_parts.append(f"</{open_list}>")
    return html_parts, "\n\n".join(text_parts)


__all__ = [
    "PHOTO_MARKER", "PHOTO_MARKERS", "Block", "WordDocument", "WordPhoto", "credit_line", "lay_out", "split_credit",
    "TEXT_PHOTO_MARKER", "TEXT_PHOTO_PARAGRAPHS", "strip_photo_markers", "text_paragraphs",
]
