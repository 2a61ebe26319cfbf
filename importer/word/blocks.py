"""A .docx body read into a flat list of blocks: paragraphs (with their runs' bold, italic, links), headings,
list items, tables and pictures, in the order they appear.

The XML is walked directly (python-docx gives the parsed parts, styles and relationships): python-docx's own
paragraph API skips runs inside tracked insertions, smart tags and simple fields, and says nothing of a run's
font, which is how TCVN3 and VNI text is recognised. Formatting is resolved the way Word does it: the run's own
properties, then its character style, then the paragraph style (each with the styles it is based on), then the
document defaults.
"""

from dataclasses import dataclass, field

from docx.oxml.ns import qn

from core.params import parse_int
from importer import legacy
from importer.word.package import WordError, limit

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "v": "urn:schemas-microsoft-com:vml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}


def _tag(prefix, name):
    return f"{{{_NS[prefix]}}}{name}"


W = _tag("w", "")
_TRUE = {None, "1", "true", "on"}
# Wrappers whose runs are part of the text: tracked insertions, smart tags, custom XML, simple fields, content
# controls. Deleted text (w:del, w:moveFrom) is not.
_TRANSPARENT = {W + n for n in ("ins", "smartTag", "customXml", "fldSimple", "moveTo", "sdtContent", "dir", "bdo")}
_EMBED = qn("r:embed")
_ID = qn("r:id")


@dataclass
class Segment:
    text: str
    bold: bool = False
    italic: bool = False  # set on the run or its character style: markup to keep
    href: str = ""
    vert: str = ""  # "superscript" / "subscript"
    looks_italic: bool = False  # as it shows, the paragraph style's italic included


@dataclass
class Picture:
    data: bytes
    name: str
    alt: str = ""


@dataclass
class Block:
    kind: str  # "text", "picture" or "table"
    segments: list = field(default_factory=list)
    heading: int = 0  # 1 for the title or "Heading 1", 2, 3…
    list_kind: str = ""  # "ul" or "ol"
    centered: bool = False
    italic: bool = False  # every letter of it is italic
    bold: bool = False  # every letter of it is bold
    caption_style: bool = False
    picture: Picture | None = None
    rows: list = field(default_factory=list)  # a table: rows of cells of segment lists

    @property
    def text(self):
        return " ".join("".join(s.text for s in self.segments).split())


def _on(element, tag):
    """A toggle property (w:b, w:i) in an rPr: True, False, or None when not set there."""
    if element is None:
        return None
    found = element.find(W + tag)
    if found is None:
        return None
    return found.get(W + "val") in _TRUE


def _font(rpr):
    if rpr is None:
        return None
    fonts = rpr.find(W + "rFonts")
    if fonts is None:
        return None
    # Characters above 0x7F are drawn with the "high ANSI" font, which is where legacy text lives.
    return fonts.get(W + "hAnsi") or fonts.get(W + "ascii")


class Styles:
    """Each style's effective bold, italic, font, alignment, list and outline level (through ``basedOn``)."""

    def __init__(self, document):
        self._by_id, self._cache = {}, {}
        root = document.styles.element
        for style in root.findall(W + "style"):
            self._by_id[style.get(W + "styleId")] = style
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default_font = _font(defaults)
        self.default_paragraph = next(
            (s.get(W + "styleId") for s in root.findall(W + "style")
             if s.get(W + "type") == "paragraph" and s.get(W + "default") in _TRUE - {None}), None,
        )

    def get(self, style_id):
        if style_id in self._cache:
            return self._cache[style_id]
        info = {"name": "", "bold": None, "italic": None, "font": None, "jc": None, "num": None, "outline": None}
        self._cache[style_id] = info  # a basedOn loop ends here
        element = self._by_id.get(style_id)
        if element is None:
            return info
        based = element.find(W + "basedOn")
        if based is not None:
            info.update({k: v for k, v in self.get(based.get(W + "val")).items() if k != "name"})
        name = element.find(W + "name")
        info["name"] = (name.get(W + "val") if name is not None else style_id or "").lower()
        rpr, ppr = element.find(W + "rPr"), element.find(W + "pPr")
        for key in ("bold", "italic"):
            value = _on(rpr, "b" if key == "bold" else "i")
            if value is not None:
                info[key] = value
        info["font"] = _font(rpr) or info["font"]
        if ppr is not None:
            jc, num, outline = ppr.find(W + "jc"), ppr.find(W + "numPr"), ppr.find(W + "outlineLvl")
            info["jc"] = jc.get(W + "val") if jc is not None else info["jc"]
            info["num"] = _num(num) if num is not None else info["num"]
            info["outline"] = parse_int(outline.get(W + "val") or "9", max_digits=2, default=9) if outline is not None else info["outline"]
        return info


def _num(numpr):
    ilvl, num_id = numpr.find(W + "ilvl"), numpr.find(W + "numId")
    return (num_id.get(W + "val") if num_id is not None else None, ilvl.get(W + "val") if ilvl is not None else "0")


class Walker:
    """Reads a document's body into blocks; counts paragraphs and characters against the limits as it goes."""

    def __init__(self, document):
        self.document = document
        self.part = document.part
        self.styles = Styles(document)
        self.blocks, self.legacy, self.notes = [], {}, []
        self.paragraphs = self.characters = 0
        self.max_paragraphs = limit("WORD_MAX_PARAGRAPHS", 2000)
        self.max_characters = limit("WORD_MAX_CHARACTERS", 150_000)
        self.max_pictures = limit("WORD_MAX_PICTURES", 40)
        self._pictures_seen = set()
        self._numbering = self._read_numbering()

    def _read_numbering(self):
        """{numId: {ilvl: format}}: "bullet" or a numbering format."""
        formats = {}
        try:
            numbering = self.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return formats
        abstract = {}
        for item in numbering.findall(W + "abstractNum"):
            levels = {}
            for lvl in item.findall(W + "lvl"):
                fmt = lvl.find(W + "numFmt")
                levels[lvl.get(W + "ilvl")] = fmt.get(W + "val") if fmt is not None else "decimal"
            abstract[item.get(W + "abstractNumId")] = levels
        for num in numbering.findall(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                formats[num.get(W + "numId")] = abstract.get(ref.get(W + "val"), {})
        return formats

    def walk(self):
        self._container(self.document.element.body, depth=0)
        return self.blocks

    def _container(self, element, depth):
        for child in element:
            if child.tag == W + "p":
                self._paragraph(child)
            elif child.tag == W + "tbl":
                self._table(child, depth)
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._container(content, depth)

    # --- paragraphs ---------------------------------------------------------------------------------------

    def _paragraph(self, p):
        self.paragraphs += 1
        if self.paragraphs > self.max_paragraphs:
            raise WordError(
                f"Tài liệu quá dài: hơn {self.max_paragraphs} đoạn văn. Một bài báo không dài đến thế; hãy tách tài "
                "liệu thành từng bài."
            )
        ppr = p.find(W + "pPr")
        style_id = None
        if ppr is not None and (pstyle := ppr.find(W + "pStyle")) is not None:
            style_id = pstyle.get(W + "val")
        style = self.styles.get(style_id or self.styles.default_paragraph)
        context = {"style": style, "ppr": ppr}
        pieces = []  # segments and pictures in order, each segment with its raw font data
        for run, href in self._runs(p):
            self._run(run, href, style, pieces)
        # Split the paragraph at its pictures: text before, the picture, text after.
        segments = []
        for piece in pieces:
            if isinstance(piece, Picture):
                self._emit_text(segments, context)
                segments = []
                self.blocks.append(Block("picture", picture=piece, centered=self._centered(context)))
            else:
                segments.append(piece)
        self._emit_text(segments, context)

    def _centered(self, context):
        ppr = context["ppr"]
        jc = ppr.find(W + "jc") if ppr is not None else None
        value = jc.get(W + "val") if jc is not None else context["style"]["jc"]
        return value == "center"

    def _emit_text(self, raw, context):
        segments = _convert(_merge(raw), self.legacy)
        if not "".join(s.text for s in segments).strip():
            return
        self.characters += sum(len(s.text) for s in segments)
        if self.characters > self.max_characters:
            raise WordError(
                f"Tài liệu quá dài: hơn {self.max_characters:,} ký tự. Một bài báo không dài đến thế; hãy tách tài "
                "liệu thành từng bài.".replace(",", ".")
            )
        style, ppr = context["style"], context["ppr"]
        letters = [s for s in segments if s.text.strip()]
        block = Block(
            "text", segments=segments, centered=self._centered(context),
            caption_style=_is_caption_style(style["name"]),
            italic=all(s.looks_italic for s in letters), bold=all(s.bold for s in letters),
        )
        block.heading = _heading_level(style, ppr)
        block.list_kind = self._list_kind(style, ppr)
        self.blocks.append(block)

    def _list_kind(self, style, ppr):
        num = style["num"]
        if ppr is not None and (numpr := ppr.find(W + "numPr")) is not None:
            num = _num(numpr)
        if num and num[0] not in (None, "0"):
            fmt = self._numbering.get(num[0], {}).get(num[1] or "0", "")
            return "ul" if fmt in ("bullet", "none", "") else "ol"
        name = style["name"]
        if name.startswith("list bullet"):
            return "ul"
        if name.startswith("list number"):
            return "ol"
        return ""

    def _run(self, run, href, pstyle, pieces):
        rpr = run.find(W + "rPr")
        cstyle = {}
        if rpr is not None and (rstyle := rpr.find(W + "rStyle")) is not None:
            cstyle = self.styles.get(rstyle.get(W + "val"))

        def effective(key, tag):
            for value in (_on(rpr, tag), cstyle.get(key), pstyle[key]):
                if value is not None:
                    return value
            return False

        # Bold or italic of the paragraph's style (a heading, a caption style) is the style's, not markup.
        bold = bool(_on(rpr, "b") if _on(rpr, "b") is not None else cstyle.get("bold"))
        italic_markup = bool(_on(rpr, "i") if _on(rpr, "i") is not None else cstyle.get("italic"))
        font = _font(rpr) or cstyle.get("font") or pstyle["font"] or self.styles.default_font
        vert = ""
        if rpr is not None and (va := rpr.find(W + "vertAlign")) is not None:
            vert = va.get(W + "val") if va.get(W + "val") in ("superscript", "subscript") else ""
        text = []
        for child in run:
            tag = child.tag
            if tag == W + "t":
                text.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                text.append(" ")
            elif tag in (W + "br", W + "cr"):
                if child.get(W + "type") not in ("page", "column"):
                    text.append("\n")
            elif tag == W + "noBreakHyphen":
                text.append("-")
            elif tag in (W + "drawing", W + "pict", _tag("mc", "AlternateContent"), W + "object"):
                if text:
                    pieces.append(_Raw("".join(text), bold, italic_markup, effective("italic", "i"), href, vert, font))
                    text = []
                pieces.extend(self._pictures(child))
        if text:
            pieces.append(_Raw("".join(text), bold, italic_markup, effective("italic", "i"), href, vert, font))

    def _runs(self, parent, href=""):
        """(w:r, link) in reading order, through hyperlinks and the wrappers that keep their text."""
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                yield child, href
            elif tag == W + "hyperlink":
                yield from self._runs(child, self._link(child) or href)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from self._runs(content, href)
            elif tag in _TRANSPARENT:
                yield from self._runs(child, href)

    def _link(self, element):
        """An external link's address; links inside the document (bookmarks) are dropped."""
        rel = self.part.rels.get(element.get(_ID) or "")
        return rel.target_ref if rel is not None and rel.is_external else ""

    # --- pictures -----------------------------------------------------------------------------------------

    def _pictures(self, element):
        found = []
        # In mc:AlternateContent the Choice and its Fallback show the same picture: take the first that has one.
        if element.tag == _tag("mc", "AlternateContent"):
            for option in element:
                found = self._pictures(option) if option.tag != _tag("mc", "Choice") else [
                    p for child in option for p in self._pictures(child)]
                if found:
                    return found
            return found
        descr = ""
        for doc_pr in element.iter(_tag("wp", "docPr")):
            descr = (doc_pr.get("descr") or doc_pr.get("title") or "").strip()
            break
        ids = [b.get(_EMBED) for b in element.iter(_tag("a", "blip")) if b.get(_EMBED)]
        ids += [i.get(_ID) for i in element.iter(_tag("v", "imagedata")) if i.get(_ID)]
        for rid in ids:
            if rid in self._pictures_seen:
                continue
            self._pictures_seen.add(rid)
            part = self.part.related_parts.get(rid)
            if part is None:
                self.notes.append("Một ảnh trong tài liệu chỉ là liên kết tới tệp bên ngoài: không nhập.")
                continue
            if len(self._pictures_seen) > self.max_pictures:
                raise WordError(f"Tài liệu có quá nhiều ảnh (tối đa {self.max_pictures}).")
            found.append(Picture(data=part.blob, name=str(part.partname).rsplit("/", 1)[-1], alt=descr))
        return found

    # --- tables -------------------------------------------------------------------------------------------

    def _table(self, tbl, depth):
        if depth >= 3:
            raise WordError("Tài liệu có bảng lồng nhau quá sâu, không đọc được.")
        has_pictures = any(True for _ in tbl.iter(_tag("a", "blip"), _tag("v", "imagedata")))
        if has_pictures:
            # A layout table (a picture in one cell, its caption in the next): read its cells in order.
            for tr in tbl.findall(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    self._container(tc, depth + 1)
            return
        rows = []
        for tr in tbl.findall(W + "tr"):
            cells = []
            for tc in tr.findall(W + "tc"):
                start = len(self.blocks)
                self._container(tc, depth + 1)
                inner, self.blocks[start:] = self.blocks[start:], []
                cells.append([b.segments for b in inner if b.kind == "text"])
            if any(cells):
                rows.append(cells)
        if rows:
            self.blocks.append(Block("table", rows=rows))


@dataclass
class _Raw:
    text: str
    bold: bool
    italic: bool  # as markup
    looks_italic: bool  # with the paragraph style's italic too
    href: str
    vert: str
    font: str | None

    @property
    def encoding(self):
        return legacy.font_encoding(self.font)


def _merge(raw):
    """Neighbouring runs with the same formatting and font: Word splits runs for its own reasons (spelling, revision
    marks), and a VNI letter must not be cut from its tone mark."""
    merged = []
    for piece in raw:
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.looks_italic, last.href, last.vert, last.font) == (
                piece.bold, piece.italic, piece.looks_italic, piece.href, piece.vert, piece.font):
            last.text += piece.text
        else:
            merged.append(_Raw(piece.text, piece.bold, piece.italic, piece.looks_italic, piece.href, piece.vert,
                               piece.font))
    return merged


def _convert(raw, counts):
    out = []
    for piece in raw:
        encoding = piece.encoding
        text = piece.text
        if encoding:
            converted = legacy.convert_run(text, encoding, upper=legacy.is_upper_font(piece.font))
            if converted != text:
                counts[encoding] = counts.get(encoding, 0) + 1
                text = converted
        out.append(Segment(text, piece.bold, piece.italic, piece.href, piece.vert, piece.looks_italic))
    return out


def _heading_level(style, ppr):
    name = style["name"]
    if name == "title":
        return 1
    if name.startswith("heading "):
        digits = name.removeprefix("heading ").strip()
        if digits.isascii() and digits.isdigit() and len(digits) <= 2:  # a crafted style name may say "heading ²"
            return int(digits)
    outline = style["outline"]
    if ppr is not None and (lvl := ppr.find(W + "outlineLvl")) is not None:
        outline = parse_int(lvl.get(W + "val") or "9", max_digits=2, default=9)
    return outline + 1 if outline is not None and outline < 6 else 0


def _is_caption_style(name):
    return any(word in name for word in ("caption", "chú thích", "chu thich", "chuthich"))
