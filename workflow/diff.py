"""What changed between two snapshots: text word by word, photos and captions, places, topics, officials."""

import dataclasses
import datetime
import difflib
import re

from django.utils.translation import gettext_lazy as _

from core.html import html_to_text

TEXT_FIELDS = [
    ("title", _("Tiêu đề")), ("lead", _("Sa-pô")), ("body", _("Nội dung")), ("byline", _("Bút danh / tác giả")),
    ("source", _("Nguồn")), ("slug", _("Đường dẫn")), ("event_date", _("Ngày diễn ra sự kiện")),
]
LIST_FIELDS = [("provinces", _("Tỉnh, thành phố")), ("topics", _("Chủ đề")), ("documents", _("Văn bản được trích dẫn"))]
# Words (letters with any Vietnamese diacritics, digits), runs of spaces, line breaks, single punctuation marks.
_TOKEN = re.compile(r"\n|[^\S\n]+|\w+|[^\w\s]")


@dataclasses.dataclass
class Segment:
    op: str  # "equal", "insert" or "delete"
    text: str


@dataclasses.dataclass
class FieldDiff:
    label: str
    segments: list
    changed: bool
    note: str = ""


def word_diff(old, new):
    """Segments turning ``old`` into ``new``, word by word; unchanged text is kept as one run.

    Neighbouring changed words separated only by a space are shown as one change ("<del>đang đăng</del>
    <ins>đã sửa</ins>"), which reads better than alternating single words.
    """
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    chunks = []  # ("equal", text) or ("change", deleted, inserted)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            chunks.append(("equal", "".join(a[i1:i2])))
        else:
            chunks.append(("change", "".join(a[i1:i2]), "".join(b[j1:j2])))
    merged = []
    for chunk in chunks:
        if (chunk[0] == "change" and len(merged) >= 2 and merged[-2][0] == "change"
                and merged[-1][0] == "equal" and not merged[-1][1].strip()):
            space = merged.pop()[1]
            _, deleted, inserted = merged.pop()
            chunk = ("change", deleted + space + chunk[1], inserted + space + chunk[2])
        merged.append(chunk)
    segments = []
    for chunk in merged:
        if chunk[0] == "equal":
            segments.append(Segment("equal", chunk[1]))
        else:
            segments += [Segment("delete", chunk[1]), Segment("insert", chunk[2])]
    return [s for s in segments if s.text]


def _text(snapshot, field):
    value = snapshot.get(field) or ""
    if field == "body":
        return html_to_text(value)
    if field == "event_date" and value:
        # Snapshots keep ISO dates; editors read dd/mm/yyyy everywhere, diffs included.
        try:
            return datetime.date.fromisoformat(str(value)).strftime("%d/%m/%Y")
        except ValueError:
            return str(value)
    return str(value)


def _names(items):
    return [item.get("name", "") for item in items]


def _official_line(item):
    return f"{item.get('name', '')}, {item['title']}" if item.get("title") else item.get("name", "")


def _photo_changes(old_photos, new_photos):
    old_by_key = {_photo_key(p): p for p in old_photos}
    new_keys = {_photo_key(p) for p in new_photos}
    rows = []
    for position, photo in enumerate(new_photos):
        before = old_by_key.get(_photo_key(photo))
        if before is None:
            rows.append({"status": "added", "label": _("Ảnh mới"), "new": photo, "old": None,
                         "caption": word_diff("", photo.get("caption", "")), "credit": word_diff("", photo.get("credit", ""))})
            continue
        changes = []
        if before.get("image") != photo.get("image"):
            changes.append(_("thay tệp ảnh"))
        if before.get("is_featured") != photo.get("is_featured"):
            changes.append(_("đặt làm ảnh đại diện") if photo.get("is_featured") else _("bỏ ảnh đại diện"))
        old_index = old_photos.index(before)
        if old_index != position:
            changes.append(_("đổi thứ tự"))
        caption_changed = before.get("caption") != photo.get("caption")
        credit_changed = before.get("credit") != photo.get("credit")
        rows.append({
            "status": "changed" if changes or caption_changed or credit_changed else "same",
            "label": ", ".join(str(c) for c in changes), "new": photo, "old": before,
            "caption": word_diff(before.get("caption", ""), photo.get("caption", "")),
            "credit": word_diff(before.get("credit", ""), photo.get("credit", "")),
        })
    for photo in old_photos:
        if _photo_key(photo) not in new_keys:
            rows.append({"status": "removed", "label": _("Ảnh bị bỏ"), "new": None, "old": photo,
                         "caption": word_diff(photo.get("caption", ""), ""), "credit": word_diff(photo.get("credit", ""), "")})
    return rows


def _photo_key(photo):
    return ("id", photo["id"]) if photo.get("id") else ("image", photo.get("image") or photo.get("caption"))


def snapshot_diff(old, new):
    """A full comparison for review pages. ``has_changes`` is False when nothing a reader sees differs."""
    fields = []
    for name, label in TEXT_FIELDS:
        before, after = _text(old, name), _text(new, name)
        note = ""
        if name == "body" and before == after and (old.get("body") or "") != (new.get("body") or ""):
            note = _("Chỉ thay đổi định dạng (in đậm, liên kết, tiêu đề mục…), chữ giữ nguyên.")
        fields.append(FieldDiff(label, word_diff(before, after), before != after or bool(note), note))
    lists = []
    for name, label in LIST_FIELDS:
        before, after = _names(old.get(name, [])), _names(new.get(name, []))
        lists.append({"label": label, "added": [n for n in after if n not in before],
                      "removed": [n for n in before if n not in after], "kept": [n for n in after if n in before]})
    old_officials = {o["official"]: o for o in old.get("officials", [])}
    new_officials = {o["official"]: o for o in new.get("officials", [])}
    officials = {
        "added": [_official_line(o) for k, o in new_officials.items() if k not in old_officials],
        "removed": [_official_line(o) for k, o in old_officials.items() if k not in new_officials],
        "changed": [
            {"name": o.get("name", ""), "title": word_diff(old_officials[k].get("title", ""), o.get("title", ""))}
            for k, o in new_officials.items() if k in old_officials and old_officials[k].get("title") != o.get("title")
        ],
    }
    photos = _photo_changes(old.get("photos", []), new.get("photos", []))
    has_changes = (
        any(f.changed for f in fields) or any(item["added"] or item["removed"] for item in lists)
        or any(officials.values()) or any(p["status"] != "same" for p in photos)
    )
    return {"fields": fields, "lists": lists, "officials": officials, "photos": photos, "has_changes": has_changes}
