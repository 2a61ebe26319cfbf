"""Photo captions told from the story's paragraphs by a score (see the package's docstring)."""

import re
from functools import lru_cache

from core.text import fold
from importer.recognition.layout.caption_vocabulary import (
    _ABBREVIATIONS,
    _ALSO_ATTENDED,
    _APPOINTMENT,
    _AT,
    _AWARD_NAME,
    _BESIDES,
    _BODY_MARKERS,
    _BRACKETED_LINE,
    _CAPITALISED_COMMON,
    _CAPTION_PREDICATES,
    _CAPTION_WORD_ALONE,
    _CEREMONY_NAME,
    _CONTINUATIONS,
    _COUNT_OPENING,
    _COUNT_OPENS_SENTENCE,
    _COUNTED,
    _COURTESY,
    _CREDIT_PARAGRAPH,
    _CREDITED_NAME_ONLY,
    _DATE_LEAD,
    _DATED,
    _DATELINE,
    _EVENT_ENDINGS,
    _FRAME_BAR,
    _GIFT_FOR,
    _GIFTS_RECEIVED,
    _GLUED_ALT_TEXT,
    _GLUED_PICTURE_FILE,
    _GROUP_HEADS,
    _GROUP_WORDS,
    _HONOURED_FOR,
    _IN_PICTURE,
    _IN_PICTURE_AFTER,
    _IN_PICTURE_POSITION,
    _LEAD_OPENING,
    _MEETING_AGENDA,
    _NAME_CREDIT_PARAGRAPH,
    _NO_VOWEL,
    _NOT_MODAL,
    _NUMBERED_LINE,
    _PAGE_FURNITURE,
    _PAGE_TIMESTAMP,
    _PERSON_OPENERS,
    _PHOTO_ACTIONS,
    _PICTURE_CELL,
    _PICTURE_FILE,
    _PICTURE_KIND_ALONE,
    _PICTURED,
    _PLACED_SCENE,
    _POINTS_BACK,
    _PURPOSE,
    _QUOTED_NAME,
    _RECALLED_PAST,
    _RECALLED_PAST_OBJECT,
    _SENTENCE_BREAK,
    _SPAN_OF_TIME,
    _SPEECH_VERBS,
    _STRONG_OPENERS,
    _TABLE_CELL,
    _THE_FALLEN,
    _TITLE_HEAD_KEYS,
    _UNFINISHED_ENDINGS,
    _VERB_OPENERS,
    _WORDS,
    photo_label,
)
from importer.recognition.layout.credits import split_credit
from importer.recognition.names import SURNAMES, person_name_runs
from importer.recognition.officials import find_officials
from importer.recognition.tokens import is_unaccented, tokenize, tone_key, word_keys

MAX_CAPTION_CHARS = 320
MAX_CAPTION_WORDS = 60
CAPTION_THRESHOLD = 3  # chosen on the corpus's dev split: the lowest with no invented caption
SUGGESTION_THRESHOLD = 2  # below the threshold but at least this: offered to the editor, never decided
CREDIT_WEIGHT = 5
FIRST_PARAGRAPH_MARGIN = 2
MAX_UNPUNCTUATED_CHARS = 200
BODY_MARKER_PENALTY = 5
CREDITED_MARKER_PENALTY = 2
UNDER_PICTURE_FILE_MARGIN = 1
FRAMED_MIN_LOWER_WORDS = 3
CREDITED_ALIKE_MIN = 2  # captions above, all credited, before an uncredited line is held to a caption's full evidence
SERIES_LENGTH = 3  # short lines in a row, printed alike, without a story's words: a photo essay
SERIES_MAX_CHARS = 130
SERIES_OPENING_WORDS = 3  # short lines opening with as many words alike, printed alike: one scene's pictures
# A picture's line repeats what the paragraph above it told (who, what, where); a subheading opens what follows.
ECHO_STRONG, ECHO_WEAK = 0.5, 0.3  # the share of the line's word pairs found in the paragraph above
ECHO_MIN_WORDS = 4
RESTATED_CAPTION = 0.75  # a line repeating this much of the caption just above it tells the picture in the story
QUOTED_NAME_WORDS = 12  # a quotation this short, without a sentence's punctuation, is a name
PLACED_SCENE_MAX_CHARS = 130  # "Tại <nơi>, <người> …" up to this length may be a picture's line
COUNTED_ITEMS = 3  # things counted in digits that make a tally, the story's account
LABELLED_CAPTION_MAX_CHARS = 160  # the line under "Chú thích ảnh" up to this length is the caption it labels
PAGE_FURNITURE_MAX_CHARS = 60  # a page's byline, date of posting or view count above the story
CAPITALS_MIN_LETTERS = 8  # fewer letters in capitals are an acronym or a name ("UBND", "BĐBP")
# A page's date of posting, with its year: "16/01/2026", "20-11-2023".
_POSTED_DATE = re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{4}\b")
# What a line's score counts that says nothing of a picture: its length and place among the story's paragraphs, and
# the story's own signs; a line holding no other reason rests on its shape alone.
_SHAPE_REASONS = frozenset({"ngắn", "ngắn hơn hẳn hai đoạn bên cạnh", "lặp lời đoạn trước", "nhắc lại đoạn trước",
                            "nhắc lại ở đoạn sau"})
_STORY_REASONS = frozenset({"từ ngữ tường thuật", "chương trình của cuộc họp", "trỏ lại điều đã kể",
                            "liệt kê người cùng dự", "tin bầu, bổ nhiệm", "khoảng thời gian", "số liệu",
                            "kê nhiều số lượng", "kể thêm việc người ấy làm", "người có chức danh sau “do”"})
_PRINTING_REASONS = frozenset({"không kết thúc bằng dấu chấm", "không viết hoa đầu đoạn",
                               "khác cách in các chú thích trên"})


def caption_score(text, *, previous="", following="", unaccented=None, in_series=False, previous_is_headline=False,
                  after_picture_file=False, unstopped_captions=False, under_picture_cell=False):
    """Score a paragraph as a caption; the score is ``None`` when a hard rule says it cannot be one.

    Returns ``(score, reasons)``; a paragraph is a caption at ``CAPTION_THRESHOLD`` or more. ``in_series``: the
    paragraph is one of a run of short, full-stopped lines (``photo_series``), a photo essay's captions.
    ``previous_is_headline``: ``previous`` is the headline, which a lead repeats as much as a caption does.
    ``after_picture_file``: the line above is a photo's file name. ``unstopped_captions``: a caption above in the
    same story was printed without a full stop, the outlet's way with captions. ``under_picture_cell``: the line above
    is a table cell holding only a picture ("![]() |").
    """
    cell = _TABLE_CELL.fullmatch(text)
    if cell and not under_picture_cell:
        # "| Ngày 27/4, Trung tâm A mở hội nghị … |" with no picture above it: a related story's box.
        return None, ["ô bài liên quan"]
    caption, credit = split_credit(cell.group(1) if cell else text)
    # A photo's frame is printed around pictures only: it weighs as a credit does, and as under a credit the line may
    # tell a little story. So does a table's cell under the cell of a picture.
    framed = bool(cell) or not credit and _in_photo_frame(text)
    under_picture = bool(credit) or framed
    bracketed = _BRACKETED_LINE.fullmatch(caption)
    if bracketed and not _CREDIT_PARAGRAPH.match(caption):
        # "( Tiết mục văn nghệ chào mừng)": some pages print every caption in brackets; read what they hold.
        caption = bracketed.group(1)
    elif credit and caption[:1] in "([" and not re.search(r"[)\]]", caption) \
            and _FRAME_BAR.sub("", text).rstrip(" .")[-1:] in ")]":
        # "(Bà A, Phó Bí thư …, phát biểu khai mạc Đại hội - Ảnh: VOV)": the brackets hold the credit too.
        caption = caption[1:].lstrip()
    in_picture = _IN_PICTURE.match(caption)
    if in_picture and not credit and in_picture.group().lower().startswith("ảnh") \
            and _CREDITED_NAME_ONLY.fullmatch(caption[in_picture.end():].strip()):
        # "Ảnh: Phi Phụng" alone: a credit whose caption the page left out, not a picture showing a name.
        return None, ["chỉ ghi tên tác giả ảnh"]
    if in_picture:
        caption = caption[in_picture.end():]
    else:
        in_picture = _IN_PICTURE_AFTER.match(caption)
        if in_picture:
            caption = in_picture.group(1) or in_picture.group(2)
    words = caption.split()
    if not words:
        return None, ["rỗng"]
    if _PAGE_FURNITURE.fullmatch(caption):
        return None, ["nhãn của trang web"]
    letters = [ch for ch in caption if ch.isalpha()]
    if not (under_picture or in_picture) and len(letters) >= CAPITALS_MIN_LETTERS \
            and all(ch.isupper() for ch in letters) and any(not ch.isascii() for ch in letters):
        # "NHỮNG KẾT QUẢ NỔI BẬT", "ĐỒNG CHÍ A (70 TUỔI, …)": a line in capitals with its tone marks is a page's label, a
        # subheading or a speaker's heading; pages print a picture's line as a sentence. One typed in capitals without
        # tone marks is typed so throughout, caption or not.
        return None, ["in hoa cả dòng"]
    if _PICTURE_KIND_ALONE.fullmatch(caption):
        # "Ảnh minh họa" alone on its line: what kind of picture stands above, printed under it and nowhere else.
        return CREDIT_WEIGHT, ["chỉ ghi loại ảnh"]
    if len(caption) > MAX_CAPTION_CHARS or len(words) > MAX_CAPTION_WORDS:
        return None, ["quá dài"]
    marks = ";:?!" if under_picture or in_picture else ";:?!\"“”«»"  # "Lễ dâng hoa tại tượng đài “…”. Ảnh: …"
    # "Ảnh: X" is printed under a picture only: what the line above it is shaped like (a date first, "Tại…", two
    # clauses joined by ";") does not make it the story's.
    photo_credit = credit.startswith("Ảnh") or framed
    people_listed = _semicolons_list_people(caption)
    if people_listed or photo_credit:
        marks = marks.replace(";", "")  # "Các đồng chí A, Bí thư…; B, Chủ tịch…; C, … tặng hoa…"
    if photo_credit:
        # "… trao bức trướng mang dòng chữ: …. (Ảnh: X)": under a credit, a colon opens the words seen in the picture.
        marks = marks.replace(":", "")
    if ":" in caption and _colons_list_people(caption):
        marks = marks.replace(":", "")  # "Các đồng chí: A, …; B, … dự hội nghị": the colon opens who is pictured
    # A short quotation without a sentence's punctuation is a name ("trong Chương trình “Xuân biên phòng ấm lòng dân
    # bản”"), not reported speech: it neither rules the paragraph out nor lends it a story's words.
    plain = _QUOTED_NAME.sub(lambda m: "Tên" if len(m.group(1).split()) <= QUOTED_NAME_WORDS else m.group(), caption)
    if any(ch in plain for ch in marks) or caption.endswith(("…", "...", ",")):
        return None, ["dấu câu của đoạn văn"]
    if any(m.group(1).isupper() for m in _SENTENCE_BREAK.finditer(_ABBREVIATIONS.sub("X ", caption))) \
            or _COUNT_OPENS_SENTENCE.search(_ABBREVIATIONS.sub("X ", caption)):
        return None, ["nhiều câu"]
    dateline = _DATELINE.match(caption)
    if (_DATE_LEAD.match(caption) or (dateline and _DATE_LEAD.match(caption[dateline.end():]))) and not photo_credit:
        return None, ["mở đầu bằng ngày tháng"]
    # A count of people or things in digits opens a sentence as a capital does ("30 chiến sĩ trực chốt …",
    # "447/448 đại biểu có mặt …"); a span of years ("60 năm quan hệ …") opens an anniversary's heading.
    lower_opening = not (caption[0].isupper() or _COUNT_OPENING.match(caption))
    if lower_opening:
        # "bà A thăm hỏi…", "các đại biểu dâng hương…": a caption typed without its capital still opens with who is
        # pictured; a line opening in lower case with anything else is a paragraph the page broke in two.
        opening = " ".join(tone_key(w.lower()) for w in _WORDS.findall(caption)[:3])
        if not (caption[0].isalpha() and (_PERSON_OPENERS.opens(opening) or _STRONG_OPENERS.opens(opening))):
            return None, ["không viết hoa đầu đoạn"]
    tokens = tokenize(caption)
    if credit and all(t.is_capitalised for t in tokens if t.is_word) and not caption.endswith(".") \
            and not _PERSON_OPENERS.opens(" ".join(t.tone for t in tokens if t.is_word)):
        # "Nhóm PV HNMO - Ảnh: Viết Thành": who wrote and who photographed, a byline; a caption says what is seen.
        return None, ["dòng tác giả"]
    if unaccented is None:
        unaccented = is_unaccented(tokens)
    keys = " ".join((t.fold if unaccented else t.tone) for t in tokens if t.is_word)
    # Verbs and function words are written in lower case; "Cần Thơ" is a city, not "cần" (must).
    lower = " ".join(
        "·" if t.is_capitalised and t.text not in _CAPITALISED_COMMON else (t.fold if unaccented else t.tone)
        for t in tokenize(_joined_lookalikes(_IN_PICTURE_POSITION.sub(" ", plain)))
        if t.is_word
    )
    strong = _STRONG_OPENERS.opens(keys, unaccented)
    placed = _PLACED_SCENE.match(caption) if len(caption) <= PLACED_SCENE_MAX_CHARS else None
    placed_keys = " ".join(t.fold if unaccented else t.tone for t in tokenize(placed.group(1)) if t.is_word) \
        if placed else ""
    # "Tại sân chơi X, đại diện công ty Y trao quà ở xã Z.": where, then who is pictured doing what photographers
    # write under pictures, in one short sentence, is a picture's line in any outlet; a story's "Tại …" goes on with
    # what was said or decided there (a reporting word still weighs against it below).
    placed = bool(placed) and (_PERSON_OPENERS.opens(placed_keys, unaccented) or _opens_with_title(placed_keys)) \
        and bool(_CAPTION_PREDICATES.found_in(lower, unaccented))
    if not strong and not photo_credit and not placed and _CONTINUATIONS.opens(keys, unaccented):
        return None, ["mở đầu bằng từ nối"]

    score, reasons = 0, []
    if under_picture or in_picture:
        # A photographer's credit, a photo's frame or "Trong ảnh:" is printed under pictures only.
        score += CREDIT_WEIGHT
        reasons.append("khung ảnh" if framed else "ghi tên tác giả ảnh")
    if strong:
        score += 3
        reasons.append("mở đầu kiểu chú thích")
    elif _PERSON_OPENERS.opens(keys, unaccented) or _opens_with_title(keys) or placed:
        score += 1
        reasons.append("chủ ngữ là người")
    elif _VERB_OPENERS.opens(keys, unaccented):
        # "Tặng quà cho đồng bào…": a photo's verb and its object, the subject being in the picture; a single verb
        # may open a subheading too ("Trao quyền cho cơ sở").
        score += 2 if _PHOTO_ACTIONS.opens(keys, unaccented) else 1
        reasons.append("mở đầu bằng động từ chú thích")
    if _CAPTION_PREDICATES.found_in(lower, unaccented) or _GIFTS_RECEIVED.search(caption):
        score += 2
        reasons.append("động từ chú thích")
        if people_listed:
            score += 1  # "Các đồng chí A, …; B, …; C, … tặng hoa…": who is in the picture, then what they do
            reasons.append("liệt kê người trong ảnh")
    if _EVENT_ENDINGS.found_in(keys, unaccented) and len(keys.rsplit(_AT[unaccented], 1)[-1].split()) <= 6:
        score += 1
        reasons.append("kết bằng nơi diễn ra")
    if _IN_PICTURE_POSITION.search(caption):
        score += 2
        reasons.append("chỉ vị trí trong ảnh")
    people = find_officials(caption)
    if following and _speech_goes_on(people[:1], following):
        # "Ông A, Bí thư…, đọc diễn văn khai mạc." then "Ông A cho rằng…": the story brought the speaker in and goes
        # on with their words; a picture's line stands apart, the story names the person afresh after it. Only the
        # line's subject: "Ông A tiếp đoàn do ông B, Phó tỉnh trưởng …, dẫn đầu" then "Ông B cho biết …" shows A
        # receiving B, and the story then turns to what B said.
        return None, ["đoạn sau nói tiếp lời người này"]
    if _is_group_portrait(caption, tokens, unaccented, stopped=not unstopped_captions):
        score += 2
        reasons.append("chỉ có tên tập thể trong ảnh")
    elif _is_portrait(caption, people):
        # "Bí thư Huyện ủy Lê Văn B", "Ông Hoàng Quốc Khánh.": only who is in the picture.
        score += 2
        reasons.append("chỉ có chức danh và tên")
    elif _opens_with_titled_person(caption, people) and not _APPOINTMENT.search(caption) \
            and "động từ chú thích" not in reasons:
        # "Thiếu tá A, Chính trị viên Đồn Biên phòng B đọc báo Xuân": a picture names whom it shows in full. Weak
        # evidence (a story names people so too): without a photo's verb, the editor is offered the caption.
        score += 1
        reasons.append("người có chức danh làm chủ ngữ")
    if in_series:
        score += 2
        reasons.append("một loạt ảnh")
    if after_picture_file and _told_length(caption, people) <= MAX_UNPUNCTUATED_CHARS:
        # Not a line of a story's paragraph's length: a page may leave a photo uncaptioned, or caption it with the
        # headline printed again, and the story goes on under it ("Đồng chí A, …, thay mặt đoàn đọc những quyết định
        # … cùng kế hoạch kiểm tra chi tiết …").
        score += 1
        reasons.append("dưới tên tệp ảnh")
    # A line of a word pair or two ("Đại úy B", a page cut short) shares them with any paragraph naming the person.
    echo = _echo(caption, previous) if previous and not previous_is_headline and len(words) >= ECHO_MIN_WORDS else 0.0
    if echo >= ECHO_WEAK:
        score += 2 if echo >= ECHO_STRONG else 1
        reasons.append("lặp lời đoạn trước")
    if previous and _shares_subject(tokens, previous):
        score += 1
        reasons.append("nhắc lại đoạn trước")
    elif following and _shares_subject(tokens, following):
        score += 1
        reasons.append("nhắc lại ở đoạn sau")
    if previous and following and len(caption) <= MAX_UNPUNCTUATED_CHARS \
            and 2 * len(caption) <= min(len(previous), len(following)):
        # A picture's line sits between two paragraphs of the story, much shorter than either.
        score += 1
        reasons.append("ngắn hơn hẳn hai đoạn bên cạnh")
        if caption.endswith(".") and len(caption) <= 100 and not _BODY_MARKERS.found_in(lower, unaccented):
            # One short sentence, stopped, between two of the story's long paragraphs: a subheading goes without a
            # full stop and the story does not say one short thing between two long ones; a picture's line does.
            score += 1
    # A story's paragraph ends with a full stop and a subheading names no official by title: an unstopped line opening
    # with a titled person, much shorter than the story's paragraphs around it, is what an outlet printing its
    # captions without a full stop puts under a picture of that person; what they are saying there ("… nêu rõ mục
    # đích của buổi làm việc") names the moment at the rostrum, as a reporting word under a credit does.
    titled_unstopped = caption[-1:].isalnum() and previous.endswith(".") and following \
        and len(caption) <= MAX_UNPUNCTUATED_CHARS and 2 * len(caption) <= min(len(previous), len(following)) \
        and _opens_with_titled_person(caption, people)
    if titled_unstopped:
        score += 1
        reasons.append("dòng không chấm mở bằng người có chức danh")
    if len(caption) <= 100:
        score += 1
        reasons.append("ngắn")
    if lower_opening:
        score -= 1
        reasons.append("không viết hoa đầu đoạn")
    elif len(caption) > 240:
        score -= 1
    markers = _BODY_MARKERS.found_in(lower, unaccented)
    if markers and not unaccented and _RECALLED_PAST_OBJECT.search(caption) \
            and len(re.findall(r"\bnhắc lại\b", caption, re.IGNORECASE)) == 1:
        markers = [m for m in markers if m not in _RECALLED_PAST.tone]
    if markers:
        # Under a credit, a caption may tell a little story ("Đường lên chốt rất gian nan, … phải hành quân bộ…
        # Ảnh: …"): the credit says picture, a reporting word there weighs less.
        # "… tặng quà để bà con vui xuân": a gift's purpose, told after the giving the picture shows, is the picture's
        # own explanation rather than the story's argument; it weighs as a reporting word under a credit does.
        gift_purpose = markers == list(_PURPOSE._pick(unaccented)) and bool(_GIFT_FOR.search(caption))
        # Where someone stands in the picture ("Ông A (phải), …, đề nghị …") is said under a picture only, as a
        # credit is: what they are saying there names the moment photographed.
        lighter = under_picture or gift_purpose or titled_unstopped or "chỉ vị trí trong ảnh" in reasons
        score -= (CREDITED_MARKER_PENALTY if lighter else BODY_MARKER_PENALTY) * len(markers)
        reasons.append("từ ngữ tường thuật")
    if _adds_to_story(caption, tokens, people):
        score -= CREDITED_MARKER_PENALTY if under_picture else BODY_MARKER_PENALTY
        reasons.append("kể thêm việc người ấy làm")
    if any(p.title and re.search(r"\s(?:do|bởi)\s+(?:(?:đồng chí|ông|bà)\s+)?$", caption[:min(p.start, _at(caption, p))])
           for p in people):
        # "Hội nghị do Bí thư … A chủ trì.": who chaired, told as a passive after the event, is how a story reports it;
        # a picture's line says so too (under a credit, in a photo essay), but then something else says picture.
        reasons.append("người có chức danh sau “do”")
    if _MEETING_AGENDA.match(caption):
        score -= CREDITED_MARKER_PENALTY if under_picture else BODY_MARKER_PENALTY
        reasons.append("chương trình của cuộc họp")
    if not unaccented and _POINTS_BACK.search(plain):
        score -= CREDITED_MARKER_PENALTY if under_picture else BODY_MARKER_PENALTY
        reasons.append("trỏ lại điều đã kể")
    if _ALSO_ATTENDED.search(caption):
        score -= CREDITED_MARKER_PENALTY if under_picture else BODY_MARKER_PENALTY
        reasons.append("liệt kê người cùng dự")
    if _APPOINTMENT.search(caption) and "động từ chú thích" not in reasons and not under_picture:
        # "… được bầu tại phiên thứ nhất": who was elected is the story's news; a picture of it shows a handing
        # over ("trao quyết định bổ nhiệm"), or is credited.
        score -= 2
        reasons.append("tin bầu, bổ nhiệm")
    if _SPAN_OF_TIME.search(caption):
        # A span of time ("từ tháng 8/2024") is a story's, not a picture's. A month after "tháng" mid-sentence names
        # a monthly event ("Hội nghị báo cáo viên tháng 4/2025"), as a congress is named by its term; opening the
        # line ("Tháng 8/2024, ông A …") it dates the story's news.
        score -= 2
        reasons.append("khoảng thời gian")
    if re.search(r"\d+(?:[.,]\d+)*\s*(?:%|tỷ|triệu|nghìn|đồng\b|đ\b|USD\b)", caption):
        score -= 2
        reasons.append("số liệu")
    if not photo_credit and len(_COUNTED.findall(caption)) >= COUNTED_ITEMS:
        # "… được trao 500 lá cờ, 100 áo ấm và 1 tủ sách": a tally of what was given or done is the story's account;
        # a picture shows one handing over and names one thing, or two ("3 tập thể và 4 cá nhân").
        score -= 2
        reasons.append("kê nhiều số lượng")
    if not caption.endswith(".") and not strong and not under_picture:
        # Many outlets print captions without a full stop, and so are subheadings (short) and never a long
        # paragraph of the story.
        # Where the story's captions above went without a full stop, a short unstopped line naming who is pictured
        # ("Đại biểu thảo luận tại tổ") is printed as they were; a subheading names a topic, not people.
        pictured_alike = unstopped_captions and "chủ ngữ là người" in reasons
        told = _told_length(caption, people)
        if (len(caption) < 60 and not pictured_alike) or told > MAX_UNPUNCTUATED_CHARS:
            score -= 1 if told <= MAX_UNPUNCTUATED_CHARS else 2
            reasons.append("không kết thúc bằng dấu chấm")
        elif pictured_alike and len(caption) <= 100 and len(words) >= ECHO_MIN_WORDS:
            # Printed as they were, someone pictured doing something: one more of the story's captions (a word pair
            # or two, "Đại úy B", is a line a page cut short).
            score += 1
            reasons.append("in như các chú thích trên")
    return score, reasons


def _adds_to_story(caption, tokens, people):
    """Whether someone named goes on with "còn" or "cũng" ("Ông A còn ghé thăm …", "Đến đâu, Bí thư A cũng …"), or
    anyone does after "Ngoài …," ("Ngoài tuyên truyền, đoàn còn trao …"): one more thing the story tells that person
    did, after what it told above; a picture's line shows one moment on its own ("ai cũng", "nào cũng" say everyone,
    not a person named)."""
    if _BESIDES.match(caption):
        return True
    names = {p.name for p in people if p.name} | set(person_name_runs(tokens))
    return any(re.search(re.escape(name) + r"\s*,?\s+(?:còn|cũng)\s+\w", caption) for name in names)


def _in_photo_frame(text):
    """"… trao quà cho bà con. |": a sentence closed by a page's photo frame, copied with the text (pages of many
    outlets print it so). A related story's box is framed on both sides ("| … |"), and a writer's name on the line
    under the headline ("Đại Long |") has no sentence's lower-case words."""
    return not text.startswith("|") and bool(_FRAME_BAR.search(text)) \
        and sum(1 for w in text.split() if w[:1].islower()) >= FRAMED_MIN_LOWER_WORDS


def _joined_lookalikes(text):
    """``text`` with the words that hold a story's or a photo's word without being it made one: "ân_cần", "lễ_viếng",
    and "đã hy sinh" as "hy_sinh"."""
    text = _AWARD_NAME.sub(lambda m: m.group().lower(), text)
    text = _NOT_MODAL.sub(lambda m: m.group().replace(" ", "_"), _CEREMONY_NAME.sub("lễ_viếng", text))
    return _HONOURED_FOR.sub(r"\1", _THE_FALLEN.sub("hy_sinh", text))


def _is_portrait(caption, people):
    rest = caption
    for person in reversed(people):
        rest = rest[:person.start] + " " + rest[person.end:]
        if person.title:
            rest = rest.replace(person.title, " ")
    if not people:
        runs = person_name_runs(tokenize(caption))
        if len(runs) != 1 or not re.match(r"(?:Ông|Bà|Đồng chí)\s", caption):
            return False  # a bare name is a byline
        rest = rest.replace(runs[0], " ")
    leftover = [w for w in _WORDS.findall(rest) if w.lower() not in {"ông", "bà", "đồng", "chí", "tân", "nguyên"}]
    return len(people) <= 1 and not leftover


def _is_group_portrait(caption, tokens, unaccented, stopped=True):
    """``stopped``: the name must end with a full stop (a label or a byline has none), unless the story's captions are
    printed without one ("Toàn cảnh Đại hội", then "Đoàn Chủ tịch Đại hội")."""
    words = [t for t in tokens if t.is_word]
    keys = " ".join((t.fold if unaccented else t.tone) for t in words)
    head = _GROUP_HEADS.longest_opening(keys, unaccented)
    if (stopped and not caption.endswith(".")) or not head:
        return False
    rest = words[len(head.split()):]
    return all(t.is_capitalised or t.text.isdigit() or t.text.lower() in _GROUP_WORDS for t in rest)


def _colons_list_people(caption):
    """Whether every ":" of ``caption`` opens a list of people, a name right after it (or "ông", "bà", "đồng chí" and
    a name): who is pictured, where reported speech opens with a sentence."""
    for part in caption.split(":")[1:]:
        words = part.split()
        if words and words[0].lower() in {"ông", "bà"}:
            words = words[1:]
        elif len(words) > 1 and words[0].lower() == "đồng" and words[1].lower() == "chí":
            words = words[2:]
        runs = person_name_runs(tokenize(" ".join(words[:5])))
        if not runs or not " ".join(words).startswith(runs[0]):
            return False
    return True


def _semicolons_list_people(caption):
    """Whether every ";" of ``caption`` is followed by a person's name: a list of who is in the picture."""
    parts = caption.split(";")[1:]
    return bool(parts) and all(person_name_runs(tokenize(part.split(",")[0])) == [" ".join(part.split(",")[0].split())]
                               for part in parts)


def _told_length(caption, people=None):
    """The length of what ``caption`` tells, the titles of the people it names left out: a picture names whom it shows
    with every title they hold ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực … A phát biểu"), which makes
    its line long without making it a story's paragraph."""
    people = find_officials(caption) if people is None else people
    return len(caption) - sum(len(p.title) for p in people if p.title and p.title in caption)


def _opens_with_titled_person(caption, people):
    """Whether ``caption`` opens with someone named with their title: the name within a rank's or a courtesy's words
    of the start ("Thiếu tá A, Chính trị viên …", "Ông A, Bí thư …"), or the title printed first and the name after
    it ("Bí thư Đảng ủy phường X Nguyễn Văn A …"), however long the title."""
    if not people or not people[0].title:
        return False
    title_at = caption.find(people[0].title)
    opening_at = min(people[0].start, title_at if title_at >= 0 else people[0].start)
    # "Hội nghị do Bí thư … A chủ trì.": after "do" or "bởi" the person is the agent of a passive sentence whose
    # subject is the event, the story's way of saying who chaired it; a picture's line names whom it shows first.
    return opening_at <= 12 and not re.search(r"(?:^|\s)(?:do|bởi)\s*$", caption[:opening_at], re.IGNORECASE)


def _at(caption, person):
    """Where ``person`` is first printed in ``caption``: at their title when it comes before the name."""
    title_at = caption.find(person.title) if person.title else -1
    return title_at if 0 <= title_at < person.start else person.start


def _opens_with_title(keys):
    """"Thiếu tá Phùng Quang Tiến tuyên truyền…", "Chỉ huy trưởng … trao…": a person named by their title."""
    words = keys.split()
    return any(" ".join(words[:n]) in _TITLE_HEAD_KEYS for n in (1, 2, 3, 4))


@lru_cache(maxsize=16)
def _word_pairs(text):
    words = [fold(w) for w in _WORDS.findall(text)]
    return frozenset(zip(words, words[1:], strict=False))


def _echo(line, paragraph):
    """The share of ``line``'s word pairs that ``paragraph`` has too."""
    pairs = _word_pairs(line)
    return len(pairs & _word_pairs(paragraph)) / len(pairs) if pairs else 0.0


def _restates_caption(text, caption):
    """Whether ``text``, right under ``caption``, tells the same thing in other words ("Ông A, Bí thư…, dự Đại hội" /
    "Bí thư… A đến dự Đại hội."): the story's sentence about what the picture shows. The same line twice is still
    the caption, a capital more or less."""
    return _line_key(split_credit(text)[0]) != _line_key(caption) and _echo(text, caption) >= RESTATED_CAPTION


def _speech_goes_on(people, following):
    """Whether ``following`` opens with one of ``people`` saying something: "Ông A cho rằng…", "Ông A nhấn mạnh…"
    (or "Ông Huy cho rằng…", the given name after "Ông"; or "Bí thư Tỉnh ủy A nhận định…", named again with the title
    the line gave them)."""
    opening = following[:160]
    courtesy = _COURTESY.match(opening)
    if courtesy:
        opening = opening[courtesy.end():]
    for person in people:
        names = [person.name] + ([person.name.split()[-1]] if courtesy else []) \
            + ([f"{person.title} {person.name}"] if person.title else [])
        for name in names:
            if opening.startswith(name + " ") or opening.startswith(name + ","):
                rest = " ".join(tone_key(w) for w in _WORDS.findall(opening[len(name):].lower())[:4])
                if _SPEECH_VERBS.opens(rest):
                    return True
    return False


def _shares_subject(tokens, previous):
    """Whether the caption names a person that the previous paragraph just talked about."""
    names = person_name_runs(tokens)
    if not names:
        return False
    previous_folded = f" {' '.join(word_keys(w)[0] for w in _WORDS.findall(previous))} "
    return any(f" {fold(name)} " in previous_folded for name in names)


def _is_name_credit(text):
    """"Bá Cường": two to four words of a name, nothing else (a subheading has lower-case words). "Theo TTXVN" names
    where the story was taken from, not who took the picture."""
    return len(text) <= 30 and bool(_NAME_CREDIT_PARAGRAPH.match(text)) and not text.isupper() \
        and not re.match(r"(?:Theo|Nguồn)\s", text)


def photo_series(texts, *, unaccented=False):
    """Indexes of the paragraphs in a run of short one-sentence lines, ``SERIES_LENGTH`` or more of them without a
    story's words, printed alike (all with a full stop or all without, all credited or none): a photo essay's
    captions one after another
    ("Trận đấu bóng chuyền.", "Rất đông bà con đến cổ vũ.", or "Đoàn rước lên đường từ đền", "Nghi lễ trước giờ
    rước"). A story's paragraphs are longer, a subheading stands alone, and a page's byline or "Tin mới" is a name
    or a label, not a sentence. Short lines opening with the same words, printed alike, are such captions too, in a
    row or apart ("Đại biểu tiếp xúc cử tri ở xã A", …, "Đại biểu tiếp xúc cử tri ở phường B"): one photographer's
    pictures of one scene at several places; a story's subheadings each say something else."""
    def short_line(text):
        """None when not a short line, else (how it ends, whether it has a story's words: "đã", "sẽ", "cho biết")."""
        caption, credit = split_credit(text)
        if _told_length(caption) > SERIES_MAX_CHARS or _CREDIT_PARAGRAPH.match(text) or _is_name_credit(text) \
                or not any(w[:1].islower() for w in caption.split()):
            return None
        score, reasons = caption_score(text, unaccented=unaccented)
        if score is None:
            return None
        # Printed alike: a gallery's lines all end with a full stop or none does, and all carry a credit or none
        # does; two credited captions and the story's next sentence are not a series.
        return (caption.endswith("."), bool(credit)), "từ ngữ tường thuật" in reasons

    lines = [short_line(t) for t in texts]
    found, start = set(), 0
    for index in range(len(lines) + 1):
        if index < len(lines) and lines[index] is not None and lines[index][0] == lines[start][0]:
            continue
        # A story told in short paragraphs says "đã", "sẽ", "cho biết"; a photo essay's lines hardly ever do.
        told = sum(line[1] for line in lines[start:index])
        if index - start - told >= SERIES_LENGTH and told <= 1:
            found.update(range(start, index))
        start = index if index < len(lines) and lines[index] is not None else index + 1
    alike = {}
    for index, (text, line) in enumerate(zip(texts, lines, strict=True)):
        opening = [fold(w) for w in _WORDS.findall(text.lower())[:SERIES_OPENING_WORDS]]
        if line is not None and not line[1] and len(opening) == SERIES_OPENING_WORDS:
            alike.setdefault((tuple(opening), line[0]), {}).setdefault(_line_key(text), index)
    for indexes in alike.values():
        if len(indexes) >= 2:
            found.update(indexes.values())
    return found


# A label "is" the headline when it holds most of the headline's word pairs and little else: a page may cut the
# headline short or drop its punctuation in the alternative text.
HEADLINE_LABEL_SHARE, LABEL_IN_HEADLINE_SHARE = 0.6, 0.8
HEADLINE_LABEL_MIN_PAIRS = 3


def _repeats_headline(label, headline):
    label_pairs, headline_pairs = _word_pairs(label), _word_pairs(headline)
    if len(label_pairs) < HEADLINE_LABEL_MIN_PAIRS or not headline_pairs:
        return False
    shared = len(label_pairs & headline_pairs)
    return shared >= HEADLINE_LABEL_SHARE * len(headline_pairs) and shared >= LABEL_IN_HEADLINE_SHARE * len(label_pairs)


def _word_key(text):
    return " ".join(fold(w) for w in _WORDS.findall(text))


def _alt_text_lines(texts, headline=""):
    """Indexes of lines that only number a photo under a repeated label ("<headline> ảnh 1", "<headline> 3", "… ảnh
    2"): a web page's alternative text for each picture, copied with the story. The label is the headline (or most of
    it), or, with "ảnh"/"hình" before the number, the same text on two such lines or more. A bare number after other
    words is left alone: "Đại hội lần thứ 15" may be anything."""
    numbered, found = {}, set()
    for index, text in enumerate(texts):
        match = _NUMBERED_LINE.match(" ".join(text.split()))
        if not match:
            continue
        label = photo_label(match.group(1))
        if label is not None:
            numbered.setdefault(fold(label), []).append(index)
        else:
            label = match.group(1).rstrip(" -–:,")
        if headline and _repeats_headline(label, headline):
            found.add(index)
    if headline:
        # The headline again, word for word, mid-story: an embedded video's or gallery's title, not one picture's line
        # (right under a dated page's summary it is the lead picture's: ``_headline_under_lead``).
        found.update(i for i, text in enumerate(texts) if i and _word_key(text) == _word_key(headline)
                     and i != _headline_under_lead(texts, headline))
    return found | {index for indexes in numbered.values() if len(indexes) >= 2 for index in indexes}


def _headline_under_lead(texts, headline):
    """The index of the headline printed again, word for word, right under the summary of a page copied with its date
    and time of posting above the summary: the portal's lead picture, placed under the summary and captioned with the
    headline. Elsewhere (or without the page's date line) the headline again is an embedded video's or gallery's
    title. None if absent."""
    if not headline or len(texts) < 3 or not _PAGE_TIMESTAMP.match(texts[0]):
        return None
    return 2 if _word_key(texts[2]) == _word_key(headline) else None


PRINTED_TWICE_MAX_CHARS = 240
PRINTED_TWICE_MIN_WORDS = 4


def _line_key(text):
    return " ".join(text.split()).rstrip(" .").casefold()


# "Ảnh Lâm Hiển" alone under a caption: "Ảnh" and the photographer's name, no colon, as outlets print it after the
# caption's full stop ("… Ảnh ĐH.", "… Ảnh HYTV."); every word of the name capitalised ("Ảnh minh họa", "Ảnh lưu niệm"
# are a picture's kind, not a name).
_BARE_CREDIT_LINE = re.compile(r"^(Ảnh|ẢNH)\s+([^\W\d_][^\s:]*(?:\s+[^\W\d_][^\s:]*){0,3})$")


def _credit_line(text):
    """"(Ảnh - Minh Anh)" or "Ảnh Minh Anh" -> "Ảnh: Minh Anh": a credit on its own line, as it reads after the
    caption."""
    text = text.strip("()[]. ")
    bare = _BARE_CREDIT_LINE.match(text)
    if bare and all(word[:1].isupper() for word in bare.group(2).split()):
        return f"{bare.group(1)}: {bare.group(2)}"
    return re.sub(r"^(Ảnh|ẢNH|ảnh)\s+[-–]\s+", r"\1: ", text)


def _repeated_lines(texts):
    """(lines printed twice in a row, lines repeated apart): indexes of short lines of a sentence's shape that the
    next or the previous paragraph repeats word for word (the lead excepted), and of lines that come back with other
    lines between them. A page prints a photo's alternative text and then its caption, the same words, one after the other; the
    same words under several photos ("Hải đoàn 2, Bộ Tư lệnh Vùng 3") are a label, not what one picture shows."""
    keys = [_line_key(t) for t in texts]
    where = {}
    for index, key in enumerate(keys):
        where.setdefault(key, []).append(index)
    twice, labels = set(), set()
    for key, indexes in where.items():
        text = texts[indexes[0]]
        if len(indexes) < 2 or not key or _CREDIT_PARAGRAPH.match(text) or _is_name_credit(text):
            continue  # the same photographer under every picture
        if any(b - a > 1 for a, b in zip(indexes, indexes[1:], strict=False)):
            # A label is a name ("Hải đoàn 2, Bộ Tư lệnh Vùng 3"); a full sentence printed twice apart is a picture's
            # line a page printed above and under another paragraph (a gallery's and an inline photo's), read as
            # any other line is: a story does not say one sentence twice either.
            if not _printed_sentence(text) and not split_credit(text)[1]:
                # "Quang cảnh Hội nghị. (Ảnh: X/TTXVN)" under two photos: a credit is printed under a picture only.
                labels.update(indexes)
            continue
        words = text.split()
        # A page may print its lead twice, as the summary and as the first paragraph: that pair is the lead.
        if indexes[0] and len(text) <= PRINTED_TWICE_MAX_CHARS and len(words) >= PRINTED_TWICE_MIN_WORDS \
                and any(w[:1].islower() for w in words) and not _CREDIT_PARAGRAPH.match(text) \
                and not _LEAD_OPENING.match(text):
            twice.update(indexes)
    return twice, labels


def _printed_sentence(text):
    """Whether ``text`` is a sentence rather than a name: stopped, with words in lower case (verbs, function words)."""
    words = text.split()
    return text.rstrip().endswith(".") and sum(1 for w in words if w[:1].islower()) >= PRINTED_TWICE_MIN_WORDS


def mark_captions(paragraphs, *, unaccented=False, headline=""):
    """Mark captions in place.

    The first paragraph is the lead, unless it reads as a caption and the next one opens as a lead does (a
    dateline, a date): a picture printed under the headline, before the story.
    """
    _join_broken_captions(paragraphs)
    previous_body, previous_is_headline = headline, True
    series = photo_series([p.text for p in paragraphs], unaccented=unaccented)
    alt_texts = _alt_text_lines([p.text for p in paragraphs], headline)
    # The text of the first paragraph after each one that is not a credit line, found in one pass from the end: a
    # run of thousands of credit lines would otherwise be read again for each paragraph before it.
    followers, after = [""] * len(paragraphs), ""
    for index in range(len(paragraphs) - 1, -1, -1):
        followers[index] = after
        if not _CREDIT_PARAGRAPH.match(paragraphs[index].text):
            after = paragraphs[index].text
    printed_twice, labels = _repeated_lines([p.text for p in paragraphs])
    lead_picture = _headline_under_lead([p.text for p in paragraphs], headline)
    lead_at = _lead_index([p.text for p in paragraphs])
    # The captions marked so far, kept as the loop goes (a paragraph's mark is final once the loop has passed it):
    # reading them again from every paragraph before made a page of thousands of lines quadratic.
    captions_so_far, unstopped_so_far = [], 0
    for index, paragraph in enumerate(paragraphs):
        if index and paragraphs[index - 1].is_caption:
            captions_so_far.append(paragraphs[index - 1])
            unstopped_so_far += not paragraphs[index - 1].text.endswith(".")
        if index == lead_picture:
            paragraph.is_caption, paragraph.score = True, CAPTION_THRESHOLD + FIRST_PARAGRAPH_MARGIN
            paragraph.reasons = ["tiêu đề in lại dưới đoạn mở đầu"]
            paragraph.text, paragraph.credit = split_credit(paragraph.text)
            continue
        if index in alt_texts:
            # The page's alternative text for a photo, not a caption: the story's paragraphs go on around it.
            paragraph.score, paragraph.reasons = 0, ["chữ thay ảnh lặp tiêu đề"]
            continue
        under_picture_cell = bool(index) and bool(_PICTURE_CELL.fullmatch(paragraphs[index - 1].text))
        if index in labels and not (under_picture_cell and _TABLE_CELL.fullmatch(paragraph.text)):
            # Two pictures may share a caption ("| Các đội thi … |" under each): a cell under a picture is its own.
            paragraph.score, paragraph.reasons = 0, ["nhãn lặp lại ở nhiều chỗ"]
            previous_body, previous_is_headline = paragraph.text, False
            continue
        if index and paragraphs[index - 1].is_caption and not paragraphs[index - 1].credit and (
                _CREDIT_PARAGRAPH.match(paragraph.text) or _is_name_credit(paragraph.text)):
            # "Ảnh: Minh Anh" (or only "Minh Anh") on its own line under a caption is that caption's credit.
            paragraphs[index - 1].credit = _credit_line(paragraph.text)
            paragraph.is_caption = None
            continue
        below = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
        if _CAPTION_WORD_ALONE.fullmatch(paragraph.text) and below and len(below) <= LABELLED_CAPTION_MAX_CHARS \
                and not _SENTENCE_BREAK.search(_ABBREVIATIONS.sub("X ", below.rstrip(" ."))):
            # "Chú thích ảnh" above a line of a caption's length, one sentence: the label of the caption under it, not
            # a placeholder left where a caption is missing (above a paragraph of the story).
            paragraph.score, paragraph.reasons = 0, ["nhãn của dòng chú thích dưới"]
            previous_body, previous_is_headline = paragraph.text, False
            continue
        glued = _GLUED_ALT_TEXT.match(paragraph.text)
        if glued:
            # "<label> ảnh 1<caption>": the alternative text marks where a photo stands, as a file name does; under it
            # a caption the page already printed above is that photo shown again, not one more.
            rest = paragraph.text[glued.end():]
            if any(p.is_caption and _line_key(p.text) == _line_key(split_credit(rest)[0]) for p in paragraphs[:index]):
                paragraph.is_caption = None
                continue
            paragraph.text = rest
        glued_file = _GLUED_PICTURE_FILE.match(paragraph.text)
        if glued_file:
            # The photo's file name and the line under it in one block: the name marks the photo, the line is read.
            paragraph.text = paragraph.text[glued_file.end():]
        following = followers[index]
        above = paragraphs[index - 1] if index else None
        if above is not None and above.is_caption and _restates_caption(paragraph.text, above.text):
            paragraph.score, paragraph.reasons = 0, ["kể lại chú thích ngay trên"]
            previous_body, previous_is_headline = paragraph.text, False
            continue
        if not following and (_cut_off(paragraph.text) or _cut_mid_name(paragraph.text) and not (
                index >= 2 and paragraphs[index - 1].is_caption and paragraphs[index - 2].is_caption)):
            # The text's last line stops inside a sentence ("… cho chủ tàu thuyền và", "Đoàn công tác số 2 t"): an
            # excerpt cut there, the story's last paragraph, however much its opening reads like a picture's line.
            # Cut after a title and a family name alone ("Phó Chủ tịch tỉnh Trần"), the line is read as the lines
            # printed right above it: under a run of captions (a photo report) it is one more, else the story's.
            paragraph.score, paragraph.reasons = 0, ["dòng cuối bị cắt giữa câu"]
            previous_body, previous_is_headline = paragraph.text, False
            continue
        scored = paragraph.text
        if below and _CREDIT_PARAGRAPH.match(below) and not split_credit(scored)[1]:
            # "Ảnh: X" on the line under it credits this line's picture: it weighs as a credit printed inline would.
            scored = f"{scored} ({_credit_line(below)})"
        score, reasons = caption_score(
            scored, previous=previous_body, following=following, unaccented=unaccented,
            in_series=index in series, previous_is_headline=previous_is_headline,
            # A photo's file name or its numbered alternative text ("<headline> - Ảnh 2") stands where the photo was.
            after_picture_file=bool(glued or glued_file) or above is not None and (bool(_PICTURE_FILE.match(above.text))
                                                                       or index - 1 in alt_texts),
            unstopped_captions=unstopped_so_far > 0, under_picture_cell=under_picture_cell)
        if index in printed_twice and (score is None or score < CAPTION_THRESHOLD + FIRST_PARAGRAPH_MARGIN) \
                and reasons != ["dấu câu của đoạn văn"]:
            # The same line twice in a row: a page prints a photo's alternative text and then its caption, the same
            # words; a story never says one sentence twice. A lower-case opening or an abbreviation's full stop
            # does not make such a line the story's.
            score, reasons = CAPTION_THRESHOLD + FIRST_PARAGRAPH_MARGIN, ["in hai lần liền nhau"]
        paragraph.score, paragraph.reasons = score or 0, reasons
        threshold, unlike_captions_above = CAPTION_THRESHOLD, False
        captions_above = captions_so_far
        if captions_above and not any(p.text.endswith(".") for p in captions_above) \
                and paragraph.text.endswith(".") and not split_credit(scored)[1] and index not in printed_twice \
                and "mở đầu kiểu chú thích" not in reasons \
                and not {"chủ ngữ là người", "động từ chú thích"} <= set(reasons):
            # An outlet prints its captions alike: where every caption above went without a full stop, an uncredited
            # stopped sentence is far more often the story's ("Nhân chuyến thăm, đoàn gửi tới …", a wish reported)
            # than a picture's. Unless it has a caption's core (a caption's opening, or someone pictured doing what
            # photographers write under pictures: a page may drop or add a stop on one line), it needs a caption's
            # full evidence.
            threshold = CAPTION_THRESHOLD + FIRST_PARAGRAPH_MARGIN
        shape_only = bool(reasons) and not set(reasons) - _SHAPE_REASONS - _PRINTING_REASONS \
            and "lặp lời đoạn trước" not in reasons
        # A line holding nothing but a caption's shape (short, between longer paragraphs), not even the words of the
        # paragraph above, under a credited caption: an outlet crediting its pictures credits each, and such a line
        # is the story's short sentence ("Xã A hiện nay gồm …", "Phường B – trung tâm …"); one credited caption above
        # is enough to hold it to a caption's full evidence.
        if (len(captions_above) >= CREDITED_ALIKE_MIN or captions_above and shape_only) \
                and all(p.credit for p in captions_above) \
                and not split_credit(scored)[1] and index not in printed_twice and index not in series:
            # The same with credits: where every caption above carried one, an uncredited line is more often a related
            # story's headline or the story's own short sentence than a picture's; it needs a caption's full evidence.
            threshold = CAPTION_THRESHOLD + FIRST_PARAGRAPH_MARGIN
            if all(p.text.endswith(".") for p in captions_above) and not paragraph.text.endswith("."):
                # Unlike them both ways, neither credited nor stopped where every caption above was both: a related
                # story's headline or a line the copy cut short, not one more of the outlet's captions.
                unlike_captions_above = True
                paragraph.reasons = [*reasons, "khác cách in các chú thích trên"]
        if not following and paragraph.text[-1:].isalnum() and not split_credit(scored)[1] and captions_above \
                and all(p.text.endswith(".") for p in captions_above) \
                and not {"mở đầu kiểu chú thích", "động từ chú thích"} & set(reasons):
            # The text's last line, stopped nowhere, where the story's captions above were stopped, and with no photo's
            # verb: a copy cut off mid-sentence ("Ông A, nguyên Trưởng ban …, tham gia"), the story's last paragraph.
            threshold = CAPTION_THRESHOLD + FIRST_PARAGRAPH_MARGIN
        if reasons and not set(reasons) - _SHAPE_REASONS - _STORY_REASONS - _PRINTING_REASONS and (
                set(reasons) & _STORY_REASONS
                or captions_above and all("in hai lần liền nhau" in p.reasons for p in captions_above)):
            # Nothing in the line says picture (no credit, no caption's opening, no one pictured, no photo's verb): its
            # shape alone (short, between longer paragraphs, repeating the one above) is a story's short sentence's
            # too. It is taken for a picture's line only when nothing in it is the story's, and when printed as the
            # page prints its captions: where each caption above came twice (a photo's alternative text, then its
            # caption), a line printed once is the story's.
            unlike_captions_above = True
            paragraph.reasons = [*reasons, "chỉ có hình thức chú thích"]
        if paragraph.text[-1:].isalnum() and not split_credit(scored)[1] and reasons \
                and not set(reasons) - _SHAPE_REASONS - _PRINTING_REASONS - {"chủ ngữ là người"} \
                and "ngắn hơn hẳn hai đoạn bên cạnh" not in reasons:
            # Unstopped, uncredited, with no photo's verb nor a caption's opening, only someone as its subject, and
            # not much shorter than the paragraphs around it: a related story's headline a page puts inside the story
            # ("Lực lượng X phục vụ người dân …", a link) or a subheading is shaped so as often as a picture's line;
            # it needs a caption's full evidence.
            threshold = CAPTION_THRESHOLD + FIRST_PARAGRAPH_MARGIN
        if "dưới tên tệp ảnh" in reasons:
            # A photo's file name (or its numbered alternative text) marks where the photo stood, and its caption is
            # printed right under it (on the dev split 33 of the 37 lines there are captions): beyond what the score
            # counts for it, the line needs less evidence.
            threshold -= UNDER_PICTURE_FILE_MARGIN
        short_line = len(paragraph.text) <= 100 and len(following) >= max(150, 2 * len(paragraph.text))
        # A lead is a sentence and ends as one; a first line without its full stop is a picture's (or a label's).
        unstopped = paragraph.text[-1:].isalnum() and len(paragraph.text) <= MAX_UNPUNCTUATED_CHARS
        # A lead is the story's own text, never inside a photo's frame.
        # Under a page's byline and date of posting, the first paragraph is the page's summary, and the story under it
        # opens with its date as a lead does: a paragraph longer than a caption runs is that summary, not a picture's.
        summary = index and index == lead_at and _told_length(split_credit(paragraph.text)[0]) > MAX_UNPUNCTUATED_CHARS
        if index == lead_at and not (following and _LEAD_OPENING.match(following) and not summary) and not short_line \
                and not unstopped \
                and not _in_photo_frame(paragraph.text) \
                and not (_undated_photo_line(paragraph.text, reasons)
                         # The story goes on below a picture's line, in a paragraph longer than it somewhere; a text
                         # whose other lines are all shorter is that one sentence's story, and the sentence its lead.
                         and any(len(p.text) > len(paragraph.text) for p in paragraphs[index + 1:])):
            # Without a lead's opening after it, a first paragraph needs more: it is the lead far more often. A
            # short line above a paragraph of the story's length, twice its own at least, is not a lead: that
            # paragraph is.
            threshold = CAPTION_THRESHOLD + FIRST_PARAGRAPH_MARGIN
        if score is not None and score >= threshold and not unlike_captions_above \
                and not _name_alone(paragraph.text, reasons):
            paragraph.is_caption = True
            # A table's cell under the picture's ("| Quang cảnh buổi làm việc. |"): the caption is what the cell holds.
            cell = _TABLE_CELL.fullmatch(paragraph.text) if under_picture_cell else None
            paragraph.text, paragraph.credit = split_credit(cell.group(1) if cell else paragraph.text)
            # "Ảnh: Ông A phát biểu.": "Ảnh:" says what follows is the picture's line, it is not part of it.
            paragraph.text = _PICTURED.sub("", paragraph.text)
        else:
            previous_body, previous_is_headline = paragraph.text, False
    _drop_unlike_uncredited(paragraphs, lead_at)
    kept = []
    for paragraph in paragraphs:
        if paragraph.is_caption is None:
            continue
        if paragraph.is_caption and kept and kept[-1].is_caption and _line_key(kept[-1].text) == _line_key(paragraph.text):
            # A page prints a photo's alternative text and its caption alike, one above the other: one photo. The
            # caption is the line printed under the picture, the second, where the two differ in case.
            kept[-1].text, kept[-1].credit = paragraph.text, kept[-1].credit or paragraph.credit
            continue
        kept.append(paragraph)
    paragraphs[:] = kept
    return paragraphs


# What says picture whatever the line's printing: a credit, a frame, "Trong ảnh:", a caption's opening, the kind of
# picture, a photo's file name above, the line printed twice or in a photo essay's run.
_PICTURE_SIGNS = frozenset({"ghi tên tác giả ảnh", "khung ảnh", "chỉ ghi loại ảnh", "mở đầu kiểu chú thích",
                            "in hai lần liền nhau", "một loạt ảnh", "dưới tên tệp ảnh",
                            "tiêu đề in lại dưới đoạn mở đầu"})


def _drop_unlike_uncredited(paragraphs, lead_at):
    """Unmark a first line (above the lead) taken for a caption, printed neither credited nor stopped where every other
    caption of the story is both: an outlet prints its captions alike, and such a line is a subheading an excerpt
    opens with or a section's label ("Chủ tịch nước và Thủ tướng đến thăm …"), unless something in it says picture.
    Mid-story, one such line among credited ones is as often a caption whose credit the page left out. The captions
    below are known only once the whole text is read, hence after it."""
    captions = [p for p in paragraphs if p.is_caption]
    for paragraph in captions:
        others = [p for p in captions if p is not paragraph]
        if lead_at < len(paragraphs) and paragraph is paragraphs[lead_at] \
                and others and not paragraph.credit and paragraph.text[-1:].isalnum() \
                and not set(paragraph.reasons) & _PICTURE_SIGNS \
                and all(p.credit and p.text.endswith(".") for p in others):
            paragraph.is_caption = False
            paragraph.reasons = [*paragraph.reasons, "khác cách in các chú thích khác"]


def _lead_index(texts):
    """The index of the story's first paragraph: 0, or the first after the page's furniture copied above it when that
    furniture holds the page's date of posting ("Gia Bách", "16/01/2026 15:20 GMT+7"; "Monday, 20-11-2023 / 8:50:08
    AM", "By : A", "261 View"): short lines of names, figures and dates, no sentence's lower-case words."""
    dated = False
    for index, text in enumerate(texts):
        furniture = len(text) <= PAGE_FURNITURE_MAX_CHARS and not _PICTURE_FILE.match(text) and (
            bool(_POSTED_DATE.search(text)) or not any(w[:1].islower() for w in text.split()))
        if not furniture:
            return index if dated else 0
        dated = dated or bool(_POSTED_DATE.search(text))
    return 0


def _cut_off(text):
    """Whether ``text`` ends inside a sentence: unstopped and uncredited, its last word one that joins a sentence to
    what follows ("và", "của", "cho"), a lower-case word with no vowel or a capital alone, a syllable cut in two."""
    caption, credit = split_credit(text)
    words = caption.split()
    if credit or not words or not caption[-1:].isalnum():
        return False
    last = words[-1]
    if len(last) == 1 and last.isupper() and last not in "IVX" and len(words) > 1 and words[-2].islower():
        # A capital alone after a lower-case word ("… trong buổi L", "Đại úy B"): a word cut at its first
        # letter, where a line of the genre never ends on a letter but a Roman numeral's ("khóa X").
        return True
    return last.islower() and (last in _UNFINISHED_ENDINGS or bool(_NO_VOWEL.fullmatch(last)))


def _cut_mid_name(text):
    """Whether ``text`` ends inside a person's name: unstopped and uncredited, its last word a family name alone after a
    title's lower-case word ("… và Thủ tướng Phạm", "Phó Chủ tịch nước Nguyễn"), where a name has two words or more.
    A byline's name ("Tin, ảnh: Hồng Hà", "Cường Nguyễn") has no lower-case word before its family name."""
    caption, credit = split_credit(text)
    words = caption.split()
    if credit or len(words) < 2 or not caption[-1:].isalnum():
        return False
    return words[-1] in SURNAMES and words[-1][:1].isupper() and words[-2].isalpha() and words[-2].islower()


def _undated_photo_line(text, reasons):
    """Whether a first paragraph is a picture's line rather than a lead: someone pictured at a visit's or a gift's
    moment ("Ông A, Chủ tịch …, trao quà cho bà con xã B."), with no date nor time anywhere and no words reported. A
    lead dates the news it opens ("Sáng 12/3, …", "… vừa qua"); a picture shows one moment and leaves the when to the
    story, whose lead a page's excerpt of a visit may have cut off above its first picture."""
    caption = split_credit(text)[0]
    keys = " ".join(tone_key(w) for w in _WORDS.findall(caption.lower()))
    return {"chủ ngữ là người", "động từ chú thích"} <= set(reasons) and bool(_PHOTO_ACTIONS.found_in(keys)) \
        and not _DATED.search(caption) and not _LEAD_OPENING.match(caption) and not _SPEECH_VERBS.found_in(keys)


def _join_broken_captions(paragraphs):
    """"… nơi dân cư sống" + "rất đông, có nhiều dân tộc. Ảnh: X": a page's stray line break cut a credited caption in
    two; the second half opens in lower case and the first ends with no sentence's punctuation. Joined in place."""
    index = 1
    while index < len(paragraphs):
        above, text = paragraphs[index - 1].text, paragraphs[index].text
        if text[:1].islower() and above[:1].isupper() and above[-1:].isalnum() \
                and split_credit(text)[1].startswith("Ảnh") and len(above) + len(text) < MAX_CAPTION_CHARS:
            paragraphs[index - 1].text = f"{above} {text}"
            del paragraphs[index]
            continue
        index += 1


def caption_candidates(paragraphs, *, unaccented=False, headline=""):
    """(index, score, reasons) of body paragraphs that may be captions but were not decided as such: what the
    admin offers the editor as "make this a caption". ``paragraphs``: the body's paragraphs as text; ``headline``:
    the article's, which a page's alternative texts repeat with a number."""
    found = []
    # A photo essay's lines are offered as the importer would read them; a page's numbered alternative text is not.
    series = photo_series(paragraphs, unaccented=unaccented)
    alt_texts = _alt_text_lines(paragraphs, headline)
    # Under a page's byline and date of posting copied above it ("Trúc Giang - 16/07/2022 11:59"), the story's lead is
    # the first paragraph after them: a lead, as the first paragraph is, never offered as a picture's line.
    lead_at = _lead_index(paragraphs)
    for index, text in enumerate(paragraphs):
        if index <= lead_at or index in alt_texts:
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        if not following and (_cut_off(text) or _cut_mid_name(text)):
            # The excerpt's last line, cut mid-sentence or mid-name: the story's, as ``mark_captions`` reads it under
            # the story's paragraphs (a cut line under a run of captions is one of them, and not in the body).
            continue
        score, reasons = caption_score(text, previous=paragraphs[index - 1], following=following,
                                       unaccented=unaccented, in_series=index in series,
                                       after_picture_file=bool(_PICTURE_FILE.match(paragraphs[index - 1])),
                                       under_picture_cell=bool(_PICTURE_CELL.fullmatch(paragraphs[index - 1])))
        # A paragraph of a story's length is offered only on a caption's full evidence: most such lines are the story.
        needed = CAPTION_THRESHOLD if len(split_credit(text)[0]) > MAX_UNPUNCTUATED_CHARS else SUGGESTION_THRESHOLD
        if score is not None and score >= needed and not _name_alone(text, reasons):
            found.append((index, score, reasons))
    return found


NAME_ALONE_MAX_WORDS = 5


def _name_alone(text, reasons):
    """Whether ``text`` is a name and nothing else, a place's ("Hà Nam.", signed under a story) or a person's, held for
    a caption on its shape alone (short, between longer paragraphs, naming what they name): a picture's line tells what
    it shows in words of lower case, or names whom it shows by a title, which the score counts. A line typed in
    capitals throughout is no name."""
    words = _WORDS.findall(split_credit(text)[0])
    return 0 < len(words) <= NAME_ALONE_MAX_WORDS and not set(reasons) - _SHAPE_REASONS - _PRINTING_REASONS \
        and all(w[:1].isupper() and not w[1:].isupper() for w in words)
