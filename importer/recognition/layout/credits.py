"""A photo credit ("Ảnh: X", "(ảnh X)", a name in capitals) split off a caption's line: the caption scorer, the
evaluation and the admin all read a caption without its credit."""

import re

from importer.recognition.layout.caption_vocabulary import _FRAME_BAR, _PHOTO_WORD, _PICTURE_KIND

# "Quang cảnh hội nghị. (Ảnh: Minh Anh)": the credit in brackets, "Ảnh" and a colon.
_CREDIT = re.compile(r"\s*[\(\[]\s*((?:" + _PHOTO_WORD + r"|ảnh|Nguồn ảnh)\s*:[^)\]]{1,80})[\)\]]\s*\.?$")
# "(Ảnh. Bá Thi)": in brackets, a full stop printed for the colon.
_STOPPED_CREDIT = re.compile(r"\s*[\(\[]\s*(?:Ảnh|ẢNH)\s*\.\s*([^().:;\[\]]{2,40}?)\s*[\)\]]\s*\.?$")
# "… hội nghị. Ảnh - Minh Anh", "… hội nghị. (Ảnh – Minh Anh)": the colon printed as a dash, after the full stop.
_DASHED_CREDIT = re.compile(r"(?<=[.!?])\s*[\(\[]?\s*(?:Ảnh|ẢNH)\s+[-–]\s+([^()\[\]:;.!?]{2,40}?)\s*[\)\]]?\s*\.?$")
# "… tại đơn vị. Ảnh: Xuân Tiến", "…tỉnh Savannakhet-Ảnh: P.T", "… (Nguồn: Cổng thông tin điện tử Đồng Tháp)",
# "… (Nguồn: http://…)": a credit printed inline after the caption, without brackets; "… vì Tổ quốc.Ảnh: X": glued to
# the caption's full stop when a page's line break was lost.
_INLINE_CREDIT = re.compile(
    r"(?:(?<=[.\w])\s*[-–]\s*|\s+|(?<=[.!?]))[\(\[]?\s*((?:" + _PHOTO_WORD + r"|Nguồn ảnh|Nguồn)\s*:\s*"
    r"(?:https?://[^\s()\[\]]{3,60}|[^():;\[\]]{1,60}?))\s*[\)\]]?\s*\.?$"
)
# "… tại điểm cầu tỉnh X. Ảnh HYTV.": "Ảnh" and the photographer's (or outlet's) name, neither colon nor dash, as a
# sentence of its own at the end; the name is capitalised word by word (checked in ``split_credit``).
_BARE_CREDIT = re.compile(r"(?<=[.!?])\s+[\(\[]?(?:Ảnh|ẢNH)\s+([^()\[\]:;.!?,]{2,40}?)\s*[\)\]]?\s*\.?$")
# "… Cao Bằng (ảnh Khải Hoàn).": "ảnh" and the photographer's name in brackets, neither colon nor dash; the name is
# capitalised word by word (checked in ``split_credit``).
_BRACKETED_BARE_CREDIT = re.compile(r"\s*[\(\[]\s*(?:Ảnh|ẢNH|ảnh)\s+([^()\[\]:;.!?,]{2,40}?)\s*[\)\]]\s*\.?$")
# "Tàu lưới chuẩn bị ra khơi - ảnh: H.V.L": "ảnh" typed in lower case after a dash, as some pages type it in brackets
# ("(ảnh: Thiện)"); the photographer's name after it still opens with a capital (checked in ``split_credit``).
_LOWER_DASHED_CREDIT = re.compile(r"(?<=[.\w])\s*[-–]\s*(ảnh\s*:\s*([^():;\[\]]{1,60}?))\s*\.?$")
_CREDIT_QUALIFIER = re.compile(r"^(?:Ảnh|ẢNH)" + _PICTURE_KIND + r"\s*:\s*")
# "… tặng hoa chúc mừng ông Trương Tấn Sơn BẮC BÌNH": a photographer's name printed in capitals after the caption,
# two to four syllables (an acronym such as "UBND" or "TP HCM" is not a syllable).
_CAPITAL_CREDIT = re.compile(
    r"(?<=[\w.)])\s+((?:[B-DĐG-HK-NP-TV-XZ]{0,3}[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]{1,3}"
    r"[CGHMNPT]{0,2}\b\s*){2,4})$"
)


def split_credit(text):
    """"Quang cảnh hội nghị. (Ảnh: Minh Anh)" -> ("Quang cảnh hội nghị.", "Ảnh: Minh Anh")."""
    if not text.startswith("|"):
        text = _FRAME_BAR.sub("", text)  # the photo frame's closing bar is neither the caption's nor the credit's
    match = _CREDIT.search(text) or _INLINE_CREDIT.search(text)
    if not match:
        lower = _LOWER_DASHED_CREDIT.search(text)
        match = lower if lower and lower.group(2)[:1].isupper() else None
    if not match:
        stopped = _STOPPED_CREDIT.search(text)
        if stopped and stopped.start() >= 12 and all(w[:1].isupper() for w in stopped.group(1).split()):
            return text[:stopped.start()].rstrip(), f"Ảnh: {' '.join(stopped.group(1).split())}"
        dashed = _DASHED_CREDIT.search(text)
        if dashed and dashed.start() >= 12:
            return text[:dashed.start()].rstrip(), f"Ảnh: {' '.join(dashed.group(1).split())}"
    if not match:
        bare = _BARE_CREDIT.search(text) or _BRACKETED_BARE_CREDIT.search(text)
        if bare and bare.start() >= 12 and all(w[:1].isupper() for w in bare.group(1).split()):
            return text[:bare.start()].rstrip(), f"Ảnh: {' '.join(bare.group(1).split())}"
    if not match:
        capitals = _CAPITAL_CREDIT.search(text)
        words = text[:capitals.start()].split() if capitals else []
        # Only after a caption written in ordinary case: a headline in capitals is not a credit.
        if capitals and sum(1 for w in words if w[:1].islower()) >= 3:
            match = capitals
    if not match or match.start() < 12:
        return text, ""
    caption = text[: match.start()].rstrip()
    credit = re.sub(r"^ảnh\b", "Ảnh", " ".join(match.group(1).split()))
    # "Ảnh tư liệu: X" -> "Ảnh: X": the credit names who took the picture; the kind of picture is not a name.
    return caption, _CREDIT_QUALIFIER.sub("Ảnh: ", credit)
