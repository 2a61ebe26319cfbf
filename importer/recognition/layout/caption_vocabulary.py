"""The words and patterns the caption scorer reads (see the package's docstring): lists that grow with the corpus,
kept apart from the rules that weigh them."""

import re

from core.text import fold
from importer.recognition.officials import TITLE_HEADS
from importer.recognition.tokens import tone_key

# "Ảnh tư liệu: X", "Ảnh minh họa: X": the photographer, named after what kind of picture it is.
_PICTURE_KIND = r"\s+(?:tư liệu|minh họa|minh hoạ|chụp màn hình)"
_PHOTO_WORD = r"(?:Ảnh|ẢNH)(?:" + _PICTURE_KIND + r")?"
# "Ảnh minh họa", "Ảnh lưu niệm" (a keepsake group photo), "Chú thích ảnh" (a page's placeholder for a caption left
# unwritten): a picture's kind, or the word "caption" itself, alone on its line is printed under a picture only.
_PICTURE_KIND_ALONE = re.compile(
    r"[\(\[]?\s*(?:(?:Ảnh|ẢNH|Hình)(?:" + _PICTURE_KIND + r"|\s+lưu niệm)|Chú thích ảnh)\s*[\)\]]?\.?", re.IGNORECASE)
# "Chú thích ảnh" alone: the word "caption" itself, a page's placeholder or the label of the caption printed under it.
_CAPTION_WORD_ALONE = re.compile(r"[\(\[]?\s*Chú thích ảnh\s*[\)\]]?\s*[.:]?", re.IGNORECASE)
_IN_PICTURE = re.compile(r"^(?:Trong ảnh|Ảnh)\s*:\s*", re.IGNORECASE)
# "Thành công của Đại hội mở ra triển vọng mới. (Trong ảnh: Đoàn đại biểu tỉnh chụp ảnh lưu niệm)": a sentence on the
# picture's theme, then what it shows in brackets; the brackets are printed under pictures only.
# Some outlets print it without the brackets, after the sentence's full stop ("Quang cảnh Đại hội. Trong ảnh: Bí thư Tỉnh
# ủy phát biểu"): "Trong ảnh" (in the picture) is still a word said of a picture only.
_IN_PICTURE_AFTER = re.compile(r"^[^()\[\]]{3,320}?[.!?]\s*(?:[\(\[]\s*Trong ảnh\s*:\s*([^()\[\]]{3,240}?)\s*[\)\]]"
                               r"|Trong ảnh\s*:\s*([^()\[\]]{3,240}?))\s*\.?$", re.IGNORECASE)
_PICTURED = re.compile(r"^Ảnh\s*:\s*(?=\w)")
# "ẢNH: G.B", "Ảnh: baolaichau.vn": a full stop between letters is a photographer's initials or a site's address, not the
# end of a sentence that "Ảnh: Ông A phát biểu. …" would make a picture's line.
_CREDIT_PARAGRAPH = re.compile(
    r"^[\(\[]?\s*(?:" + _PHOTO_WORD + r"|ảnh|Nguồn ảnh)\s*(?::|\s[-–])\s*(?:[^.]|\.(?=\w)){1,80}[\)\]]?\.?$"
)
# "Ảnh: Phi Phụng", "ẢNH: G.B", "Ảnh: Thanh Thương/TTXVN": after "Ảnh:", only a photographer's (or an agency's) name, its
# words all capitalised, or initials; what a picture shows has lower-case words ("Ảnh: Bí thư Tỉnh ủy A phát biểu").
_CREDITED_NAME_ONLY = re.compile(
    r"(?:[^\W\d_a-zđ]\w*|[^\W\d_a-zđ](?:\.[^\W\d_a-zđ])+\.?)(?:\s*[\s/–-]\s*(?:[^\W\d_a-zđ][\w+]*|[^\W\d_a-zđ]"
    r"(?:\.[^\W\d_a-zđ])+\.?)){0,4}\.?")
# "Khai mạc Chương trình … ảnh 1Chương trình nghệ thuật …": a page's alternative text for a photo ("<label> ảnh 1")
# glued to the caption printed under it, the number run into the caption's capital.
_GLUED_ALT_TEXT = re.compile(r"^\S.{8,300}?\s(?:ảnh|Ảnh|hình|Hình)\s\d{1,2}(?=[^\W\d_a-zđ])")
# "Vào buổi sáng cùng ngày 23/5, …": a time of day before the date opens the story's sentence as the date alone does.
_DATE_LEAD = re.compile(
    r"^(?:vào\s+)?(?:buổi\s+)?(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+)?(?:cùng\s+ngày|nay|qua|ngày)?\s*\(?"
    r"\d{1,2}\s*/\s*\d{1,2}|"
    r"^(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua|mai)\b",
    re.IGNORECASE,
)
# "Kinhtedothi - Chiều 24/7, …", "(Baohatinh.vn) - Sáng 3/2, …": an outlet's dateline before the date a lead opens with.
_DATELINE = re.compile(r"^(?:\([^()]{2,30}\)|[\w.]{2,30})\s*[-–—]\s*(?=\w)")
# "Tổng lãnh sự quán có bà A, Tổng Lãnh sự …, tham dự.": who else attended, the story's list; a picture shows them
# doing something.
# "Chương trình có sự tham dự của ông A, …": the event as the subject of whom it had is the same list, told the other way
# round ("với sự chứng kiến của …", who witnessed a signing, is what a picture of the signing shows).
_ALSO_ATTENDED = re.compile(r"\bcó\s+\S.{0,200}?\s(?:tham dự|cùng dự|về dự|đến dự|dự)\s*\.?$"
                            r"|\bcó\s+sự\s+(?:tham dự|có mặt|hiện diện|góp mặt)\s+của\b", re.IGNORECASE)
_WORDS = re.compile(r"\w+")
_QUOTED_NAME = re.compile(r"[“\"«]([^“”\"«».!?:;…]{2,100})[”\"»]")
# Common words printed with a capital by custom, which a photo's verb goes with: "chúc Tết", "đón Tết", "nhận Cờ Tổ
# quốc", "dự Lễ chào cờ".
_CAPITALISED_COMMON = frozenset({"Tết", "Cờ", "Lễ"})
# "nhận Huân chương Lao động", "đón nhận Bằng khen", "trao Kỷ niệm chương": an award's name is printed with a capital by
# custom, and read with the verb before it as "Tết" is; its second word, in lower case, tells it from a name ("Huy").
_AWARD_NAME = re.compile(r"\b(?:Huân|Huy|Bằng|Giấy|Kỷ)(?= (?:chương|hiệu|khen|niệm chương)\b)")
# "cần" (must) is a story's word; inside these words it is not: "ân cần" (attentive), "rượu cần" (jar wine), "cần cù".
_NOT_MODAL = re.compile(r"\b(?:ân cần|rượu cần|cần cù|cần mẫn|cần kiệm|cần lao)\b", re.IGNORECASE)
# "… mộ các liệt sĩ đã hy sinh cho độc lập, tự do": "đã" there names the fallen, whom a memorial's picture honours; it is not
# the story's tense.
_THE_FALLEN = re.compile(r"\bđã\s+(?:anh dũng\s+)?(?:hy sinh|hi sinh|ngã xuống)\b", re.IGNORECASE)
# "… trao Kỷ niệm chương tặng những người dân đã góp công …", "… tặng Bằng khen cho các cá nhân đã có thành tích …":
# after a handing over, "đã" names the recipients by what they did, whom the award in the picture honours; it is not
# the story's tense.
_HONOURED_FOR = re.compile(
    r"(\b(?:trao|tặng)\b[^.;:]{0,120}?\b(?:người|người dân|cá nhân|tập thể|gia đình|đơn vị|hộ)\s+)đã\s+(?=\w)",
    re.IGNORECASE)
# "Vài hình ảnh lễ viếng nghĩa trang": the ceremony's name, not someone pictured paying their respects.
_CEREMONY_NAME = re.compile(r"\blễ viếng\b", re.IGNORECASE)
# "… bỏ phiếu cho chức danh này", "Ở hội nghị này, …": "này" points back to what the story has told; a picture's line
# stands on its own and names what it shows.
_POINTS_BACK = re.compile(r"\bnày\b", re.IGNORECASE)
# "Phiên họp nghe đồng chí A trình bày …", "Hội nghị thảo luận …", "Kỳ họp xem xét …": the meeting as the subject of
# what it heard, discussed or passed is the story's account of its agenda; a picture shows people ("Đại hội biểu
# quyết …": the hands raised are seen).
_MEETING_AGENDA = re.compile(
    r"^(?:Hội nghị|Phiên họp|Kỳ họp|Đại hội|Hội thảo|Tọa đàm|Toạ đàm|Cuộc họp|Buổi làm việc)\s+(?:(?:đã|cũng|còn)\s+)?"
    r"(?:nghe|thảo luận|thông qua|cho ý kiến|xem xét|bàn|dành)\b"
)
# How a lead opens: a dateline ("(ĐCSVN) –", "(HNMO) -", "TTXVN –") or a date ("Ngày 12/9,", "Sáng 12-9,").
_LEAD_OPENING = re.compile(
    r"^(?:\([^)]{2,20}\)\s*[-–—]?|[A-ZĐ]{2,}[A-ZĐ.]*\s*[-–—]|(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm)\b|\d{1,2}\s*[/-]\s*\d"
    r"|(?i:(?:trong|từ|những|các|vào)\s+(?:các\s+|những\s+)?ngày)\s+\d|(?i:vừa qua|mới đây)\b|(?i:năm)\s+\d{4}\s*,)"
)
# "56b6dd7a-….jpeg", "anh-12.jpg": a page's file name for a photo, copied where the photo was; its line comes next.
# Some pages copy it without its extension ("le-khai-mac-2", "z4991510455189_a4fcc8f5…"): lower-case letters and
# digits joined by hyphens or underscores, a number among them, no space, is no word of a story either.
_PICTURE_FILE = re.compile(r"^(?:[\w.~-]{1,120}\.(?:jpe?g|png|gif|webp)|(?-i:(?=[^\s]{3,120}$)(?=\D*\d)[a-z0-9]+(?:[-_][a-z0-9]+)+))$",
                           re.IGNORECASE)
# "HHD.png Đồng chí A, Bí thư … trao …": the photo's file name on the line above the caption with no blank line between,
# read as one paragraph; the file name stands where the photo was, as it does alone on its line.
_GLUED_PICTURE_FILE = re.compile(r"^[\w.~-]{1,120}\.(?:jpe?g|png|gif|webp)\s+(?=\S)", re.IGNORECASE)
# A person's name alone on the line under a caption ("Bá Cường", "bá Cường"): that caption's photographer.
_NAME_CREDIT_PARAGRAPH = re.compile(r"^[^\W\d_][^\W\d_]*(?:\s+[^\W\d_a-zđ][^\W\d_]*){1,3}$")
# "… dâng hoa ở Nghĩa trang liệt sỹ |", "… Ảnh: Thanh Tuấn |": a page's photo frame closed by a vertical bar after the
# caption (or its credit), copied with the text; a related story's box is framed on both sides ("| … |").
_FRAME_BAR = re.compile(r"\s+\|$")
# "| Quang cảnh buổi làm việc. |": a page laid out as a table, copied with the text, prints a line in a cell of its own,
# a bar either side. Right under a cell holding only the picture ("![]() |", or a bare "|" where the picture's markup
# was lost) the cell is that picture's caption; anywhere else a cell is a related story's box.
_TABLE_CELL = re.compile(r"\|\s*([^|]*?\S)\s*\|")
_PICTURE_CELL = re.compile(r"(?:!\[[^\]]*\]\([^)]*\)\s*)?\|")


class _Phrases:
    """A list of lower-case phrases, compared word by word on tone keys (or folds for unaccented text)."""

    def __init__(self, *phrases):
        self.tone = tuple(" ".join(tone_key(w) for w in _WORDS.findall(p.lower())) for p in phrases)
        self.fold = tuple(" ".join(fold(w) for w in _WORDS.findall(p.lower())) for p in phrases)

    def _pick(self, unaccented):
        return self.fold if unaccented else self.tone

    def opens(self, words, unaccented=False):
        return any(f"{words} ".startswith(f"{p} ") for p in self._pick(unaccented))

    def longest_opening(self, words, unaccented=False):
        """The longest phrase ``words`` opens with, "" when none."""
        return max((p for p in self._pick(unaccented) if f"{words} ".startswith(f"{p} ")), key=len, default="")

    def found_in(self, words, unaccented=False):
        padded = f" {words} "
        return [p for p in self._pick(unaccented) if f" {p} " in padded]


_AT = {False: f" {tone_key('tại')} ", True: " tai "}
_STRONG_OPENERS = _Phrases(
    "quang cảnh", "toàn cảnh", "một góc", "cảnh", "các đại biểu", "đại biểu dự", "đại biểu tham dự",
    "các đồng chí lãnh đạo", "các em", "đông đảo", "ban tổ chức trao", "ban tổ chức tặng", "lễ ký kết",
    "lễ trao", "tiết mục", "hình ảnh", "không khí", "các vị đại biểu",
    # One act of a show, as "một góc" is one corner of a scene: the picture's, where "một số hình ảnh" labels a gallery.
    "một tiết mục",
    # An act of a show named by its genre, as "tiết mục" names one: "Ca cảnh “…”", "Hoạt cảnh …", "Điệu múa …" (the
    # Tây Ninh portal, Báo Nghệ An, Báo Cao Bằng print them so under a show's pictures).
    "ca cảnh", "hoạt cảnh", "điệu múa",
)
_PERSON_OPENERS = _Phrases(
    "đồng chí", "các đồng chí", "ông", "bà", "lãnh đạo", "đại diện", "phó thủ tướng", "thủ tướng", "chủ tịch",
    "phó chủ tịch", "bộ trưởng", "thứ trưởng", "tổng bí thư", "bí thư", "phó bí thư", "trưởng ban",
    "phó trưởng ban", "giám đốc", "đại tá", "thượng tá", "trung tá", "thiếu tướng", "trung tướng", "cán bộ",
    "nhân dân", "hội viên", "đoàn viên", "đồng bào", "chiến sĩ", "người dân", "đoàn công tác",
    "cán bộ, chiến sĩ", "cán bộ, chiến sỹ", "chiến sỹ", "ngư dân", "học sinh", "đoàn", "đoàn chủ tịch",
    "bộ chỉ huy", "đồn biên phòng", "trạm", "bác sỹ", "bác sĩ", "thầy thuốc", "báo cáo viên", "quân và dân",
    "đội ngũ", "giáo viên", "ban chỉ huy", "tập thể", "lực lượng", "đoàn đại biểu", "đại biểu", "những",
    "thiếu tá", "đại úy", "thượng úy", "trung úy", "đ/c", "ban chấp hành", "tân", "các chiến sĩ", "các chiến sỹ",
    "các cán bộ", "các thành viên", "các tổ", "các đội", "các cháu", "báo cáo viên", "tuyên truyền viên",
    # People pictured as a group by who they are.
    "thiếu nhi", "trẻ em", "thanh niên", "phụ nữ", "nông dân", "du khách", "công nhân", "sinh viên", "học viên",
    "nghệ nhân", "già làng", "vận động viên", "bộ đội", "dân quân", "tình nguyện viên", "bà con", "tuổi trẻ",
    "đảng viên", "các đảng viên", "cử tri", "các cử tri",
    # A prize's jury at work.
    "giám khảo", "ban giám khảo", "các giám khảo",
)
# A picture's caption may start with its verb, the subject being in the picture ("Trao quà cho…", "Thăm, tặng
# quà…"); a story's sentence rarely does.
_VERB_OPENERS = _Phrases(
    "trao", "tặng", "trao tặng", "thăm", "tặng quà", "trao quà", "trao học bổng", "dâng hoa", "dâng hương",
    "tuần tra", "khám bệnh", "cấp phát", "bàn giao", "thắp hương",
)
_PHOTO_ACTIONS = _Phrases(
    "tặng quà", "trao quà", "trao học bổng", "tặng học bổng", "dâng hoa", "dâng hương", "khám bệnh", "cấp phát",
    "tuần tra", "tặng cờ", "trao cờ", "thăm hỏi", "thăm, tặng quà", "thăm và tặng quà", "thắp hương", "trao nhà",
)
# Predicates photographers write under pictures.
_CAPTION_PREDICATES = _Phrases(
    "phát biểu", "trao", "tặng quà", "tặng hoa", "tặng", "chụp ảnh", "dâng hoa", "dâng hương", "thắp hương",
    "cắt băng", "nhấn nút", "bấm nút", "tham quan", "thăm hỏi", "thăm", "kiểm tra", "khảo sát", "trao đổi với",
    "trò chuyện", "bắt tay", "ký kết", "phát động", "chứng kiến", "dự lễ", "dự hội nghị", "chủ trì hội nghị",
    "biểu quyết", "trình bày", "tham luận", "thực hiện nghi thức", "điều hành hội nghị", "gắn biển",
    "khánh thành", "động thổ", "khởi công", "trồng cây", "chúc mừng", "làm việc tại", "tuyên thệ",
    "diễu hành", "biểu diễn", "tặng bằng khen", "trao bằng khen", "trao giấy khen", "trao quà",
    "điều hành", "bàn giao", "tuần tra", "khám", "cấp phát", "chăm sóc", "treo", "trang trí", "hỏi han",
    "chúc tết", "giới thiệu", "dự và phát biểu", "dự và chỉ đạo", "tham dự", "hỏi thăm", "phát tờ rơi",
    "tham gia trò chơi", "tham gia cổ vũ", "thi đấu", "giao lưu văn nghệ", "chụp ảnh lưu niệm",
    "truyền đạt", "báo cáo tại", "báo cáo về", "báo cáo tham luận", "ra mắt",
    "gói bánh chưng", "hướng dẫn", "giúp đỡ", "giúp dân",
    # What a picture of a visit or a festival shows people doing.
    "đưa tết", "vui tết", "múa", "tư vấn", "phát thuốc", "cắt tóc", "thu hoạch", "diễn tập", "tập luyện",
    "nhận quà", "nhận cờ", "đọc báo",
    # A procession or a festival's moments, and things brought or handed over: what a photo essay shows.
    "rước", "lên đường", "vòng quanh", "đi qua", "dừng lại", "được đưa tới", "được đưa về", "trưng bày",
    "chuẩn bị quà", "trao nhà",
    # A badge or a medal pinned on someone's chest: the moment of an award ceremony that is photographed.
    "gắn huy hiệu", "gắn huân chương", "gắn huy chương",
    # Papers signed at a table and a minute's silence: the moments of a talks or a memorial that are photographed.
    "ký biên bản", "ký thỏa thuận", "ký thoả thuận", "ký giao ước", "ký quy chế", "ký văn bản",
    "ký kế hoạch", "mặc niệm",
    # An award or a gift received: the other side of "trao", pictured as often.
    "nhận bằng khen", "nhận giấy khen", "nhận biểu dương", "nhận khen thưởng", "nhận tài trợ", "nhận huy hiệu",
    "nhận huân chương", "nhận huy chương", "nhận kỷ niệm chương",
    # A vote cast, a memorial visited, an address read from the rostrum: a congress's or a memorial's moments.
    "bỏ phiếu", "viếng", "đọc diễn văn",
    # A view of the place: "Thành phố X hôm nay nhìn từ trên cao".
    "nhìn từ trên cao", "nhìn từ một góc", "nhìn từ xa",
    # The drum struck to open a school year or a festival: the moment such a morning is photographed by.
    "đánh trống khai giảng", "đánh trống khai trường", "đánh trống khai hội", "đánh trống khai mạc",
)
# Where someone stands in the picture: "(bên phải)", "(bìa trái)" (at the very edge), "(thứ hai từ trái sang)", "(áo
# trắng, đứng giữa)", or only "(phải)".
_IN_PICTURE_POSITION = re.compile(
    r"\((?:[^()]*\b(?:bên phải|bên trái|bìa phải|bìa trái|đứng giữa|ở giữa|từ trái|từ phải|hàng đầu|áo \w+)\b"
    r"[^()]*)\)|\(\s*(?:phải|trái|giữa)\s*\)", re.IGNORECASE
)
_EVENT_ENDINGS = _Phrases(
    "tại buổi làm việc", "tại hội nghị", "tại buổi lễ", "tại lễ", "tại hội thảo", "tại tọa đàm", "tại đại hội",
    "tại buổi tiếp", "tại chương trình", "tại buổi gặp mặt", "tại kỳ họp", "tại phiên", "tại sự kiện",
    "tại buổi", "tại lễ kỷ niệm",
)
# Words of an ongoing story rather than of a picture: tense, modality, reported speech, argument.
_BODY_MARKERS = _Phrases(
    "đã", "sẽ", "đang", "vừa", "cần", "phải", "đề nghị", "yêu cầu", "nhấn mạnh", "cho biết", "cho rằng", "khẳng định",
    "để", "nhằm", "vì", "nên", "tuy", "nhưng", "mà", "nếu", "thì", "theo đó", "trong đó", "ngoài ra",
    "bày tỏ", "mong muốn", "nhắc lại", "nêu rõ",
    "và làm việc với", "tiếp và làm việc",
    # What someone always or increasingly does is the story's statement, not a moment pictured.
    "luôn", "thường xuyên", "ngày càng", "không ngừng",
    # Visits or acts one after another ("lần lượt đến thăm A, B, C") are a sequence told, not one moment pictured.
    "lần lượt",
    # A change told by where it leads ("chuyển biến theo hướng nâng cao chất lượng") is a story's assessment.
    "theo hướng",
    # "… sau đó bỏ phiếu …": what came next, the story's sequence; a picture shows one moment.
    "sau đó",
    # "… báo cáo rằng, …": "rằng" opens what someone said or found, the story's report; a picture shows a moment.
    "rằng",
)
_PURPOSE = _Phrases("để")
# Words that join a sentence to what follows and never close one: "… trao cờ cho chủ tàu và", "… nhằm": an unstopped
# line ending with one was cut off mid-sentence (a copy's excerpt stops there), whatever it opened with.
_UNFINISHED_ENDINGS = frozenset({"và", "của", "các", "những", "để", "tại", "với", "là", "từ", "trong", "theo", "nhằm",
                                 "mà", "thì", "do", "hoặc", "nhưng", "bởi", "gồm", "cho"})
# A lower-case word with no vowel ("… số 2 t", "… đồng ch") is no Vietnamese syllable: a word cut off by an excerpt.
_NO_VOWEL = re.compile(r"[^aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]+")
# "nhắc lại" reports words when what follows is what was said ("nhắc lại rằng …", "nhắc lại chỉ đạo …"); with a
# tradition or a history as its object ("cùng nhắc lại truyền thống …", "đọc diễn văn nhắc lại lịch sử …") it is the
# ceremony's act of remembrance, a moment a commemoration's pictures show, as "ôn lại truyền thống" is.
_RECALLED_PAST = _Phrases("nhắc lại")
_RECALLED_PAST_OBJECT = re.compile(r"\bnhắc lại\s+(?:truyền thống|lịch sử)\b", re.IGNORECASE)
# "… trao tặng … để …", "… tặng quà để …": a gift handed over, then what for.
_GIFT_FOR = re.compile(r"\b(?:trao(?! đổi)|tặng)\b[^.;:]{0,60}?\sđể\s", re.IGNORECASE)
# A span of time: "từ tháng 8/2024", "trong năm 2023", a month of a year ("8/2024"), a day's date after "từ", "đến",
# "tới" or "hết" ("kéo dài tới ngày 31/7/2015"), or two days' dates joined ("(3/2/1930-3/2/2026)", an anniversary's).
# A day's date alone ("… chủ trì phiên họp, ngày 31/3/2015.") is the moment a picture was taken, not a span: its month
# and year are not read as one.
_FULL_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_SPAN_OF_TIME = re.compile(
    r"\b(?:từ|đến|vào|trong)\s+(?:(?:đầu|giữa|cuối)\s+)?(?:tháng|năm)\s+\d"
    r"|(?<!\stháng )(?<![\d/])\b\d{1,2}/\d{4}\b"
    r"|\b(?:từ|đến|tới|hết)\s+(?:hết\s+)?(?:ngày\s+)?" + _FULL_DATE
    + r"|" + _FULL_DATE + r"\s*[-–]\s*" + _FULL_DATE)
# What someone says: after a line that brought the person in, "Ông A cho rằng…" goes on with their words.
_SPEECH_VERBS = _Phrases(
    "cho rằng", "nhấn mạnh", "cho biết", "khẳng định", "nêu rõ", "đề nghị", "yêu cầu", "bày tỏ", "chia sẻ", "nói",
    "đánh giá", "lưu ý", "kêu gọi", "mong muốn", "thông tin", "thông báo",
    # "Ông A nhận định, …", "Ông A phân tích …": a speaker's judgement given in their words, as "đánh giá" is.
    "nhận định", "phân tích",
)
# "Đồng bào xã X nhận gần 600 suất quà", "… nhận 50 phần quà Tết": gifts received, counted between the verb and "quà"
# ("nhận quà" with nothing between is among the predicates); the moment a visit's pictures show.
_GIFTS_RECEIVED = re.compile(r"\bnhận(?:\s+(?:gần|hơn|khoảng|trên|được|\d[\d.,]*|suất|phần|túi|món)){1,4}\s+quà\b")
# "Tại <nơi>, <người> …": a place, a comma, then the sentence's subject.
_PLACED_SCENE = re.compile(r"^(?:Tại|tại)\s+[^,;:]{3,80},\s+(\S.*)$")
_COURTESY = re.compile(r"^(?:Ông|Bà|Đồng chí|Anh|Chị)\s+")
_CONTINUATIONS = _Phrases(
    "tuy nhiên", "ngoài ra", "bên cạnh đó", "đồng thời", "theo đó", "do đó", "vì vậy", "trong đó", "cùng với",
    "thời gian tới", "với", "từ", "nhìn", "để", "nhằm", "qua", "trên cơ sở", "phát biểu", "theo", "tại",
    "sau khi", "trước đó", "khi", "hiện nay", "năm", "trong", "về", "như", "mỗi", "còn", "ngày", "đặc biệt",
    "tiếp đó", "sau đó", "cuối cùng", "trước hết", "một là", "hai là", "kết quả", "được biết", "dịp này",
    "nhân dịp", "thay mặt", "có thể", "chiều", "sáng", "tối",
    # "Cũng dịp này, …", "Đợt này, …", "Lần này, …": the story going on from its last paragraph.
    "cũng", "đợt này", "lần này", "riêng", "cùng ngày", "ở mỗi", "ở từng", "ở các",
    # "Ngay tại hội nghị, …", "Ngay sau đó, …": the story going on from the moment it just told.
    "ngay",
    # "Đi cùng đoàn có…", "Có 300 đại biểu dự…": who else came, the story's list.
    "đi cùng", "cùng đi", "có",
)
# An appointment is the story's news, not a picture's content: "… được bầu giữ chức Bí thư Tỉnh ủy".
# "trúng cử" (won the vote) is the election's result as "được bầu" is.
_APPOINTMENT = re.compile(r"\b(?:bầu|trúng cử|chỉ định|bổ nhiệm|giữ chức|điều động|phân công)\b", re.IGNORECASE)
_TITLE_HEAD_KEYS = frozenset(" ".join(tone_key(w) for w in head.split()) for head in TITLE_HEADS)
# "TP. Kon Tum", "P. Quang Trung" (a ward), "Q. 1" (a district): a full stop that ends no sentence.
_ABBREVIATIONS = re.compile(r"\b(?:TP|Tp|TX|TT|TS|ThS|PGS|GS|BS|KS|Th|St|Mr|Mrs|Ms|No|P|Q)\.\s")
_BRACKETED_LINE = re.compile(r"[\(\[]\s*([^()\[\]]{2,}?)\s*[\)\]]\.?")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(\S)")
# "… anh hùng. 02 người con trai của Mẹ …": a sentence may open with a count in digits, which has no capital; the
# number and a lower-case word after a full stop are a second sentence as a capital would be.
_COUNT_OPENS_SENTENCE = re.compile(r"[.!?…]\s+\d+(?:[.,]\d+)*\s+[^\W\d_]")
# A number and the thing counted, in lower case ("500 lá cờ", "100 áo ấm"); a date's or an age's units are not things.
_COUNTED = re.compile(r"(?<![\w/.,-])\d+(?:[.,]\d{3})*\s+(?!(?:năm|tháng|ngày|tuổi|giờ|phút)\b)[^\W\d_A-ZĐ]\w*")
_COUNT_OPENING = re.compile(r"\d+(?:[.,/]\d+)*\s+(?!(?:năm|tháng|ngày|tuổi|giờ|phút)\b)[^\W\d_A-ZĐ]")
# A body pictured as a group ("Ban Chấp hành Đảng bộ tỉnh X, nhiệm kỳ 2025-2030.", "Đoàn Chủ tịch Đại hội."): its
# name and term only, no verb; the lower-case words a body's name and term are printed with.
_GROUP_HEADS = _Phrases(
    "ban chấp hành", "ban thường vụ", "thường trực", "đoàn chủ tịch", "ủy ban kiểm tra", "uỷ ban kiểm tra",
    "đoàn đại biểu", "tập thể", "ban lãnh đạo", "ban chỉ huy", "ban tổ chức",
)
_GROUP_WORDS = frozenset({
    "tỉnh", "huyện", "thành", "phố", "thị", "xã", "phường", "đặc", "khu", "nhiệm", "kỳ", "khóa", "khoá", "mới",
    "lần", "thứ", "và", "các", "đảng", "bộ", "ủy", "uỷ", "ban", "đại", "hội", "biểu", "cơ", "sở", "nghị",
})
_NUMBERED_LINE = re.compile(r"^(.*\S)\s+\d{1,2}\.?$")  # "… - Ảnh 2.": a page may stop the number
_PHOTO_NUMBER_WORD = re.compile(r"\s+(?:ảnh|hình)$", re.IGNORECASE)
# "Tong Bi thu To Lam anh 2", "HDND tinh Quang Binh … - Anh 1": a page's alternative text is often its headline's slug,
# typed without diacritics, "ảnh" included (znews.vn and baomoi.com print it so). "anh" is read as "ảnh" only on such a
# label, typed wholly without diacritics: in a text with its marks, "anh" is a brother or a first name.
_UNMARKED_PHOTO_NUMBER_WORD = re.compile(r"\s+(?:[-–]\s+)?(?:anh|hinh)$", re.IGNORECASE)


def photo_label(words):
    """The label of a numbered line's ``words`` (what stands before its number) when they end in "ảnh"/"hình" (or
    "anh"/"hinh" on a label typed without diacritics): a photo's alternative text, "<label> ảnh 2". Else None."""
    words = words.rstrip(" -–:,")
    photo_word = _PHOTO_NUMBER_WORD.search(words)
    if not photo_word:
        photo_word = _UNMARKED_PHOTO_NUMBER_WORD.search(words)
        if not (photo_word and words.isascii() and re.search(r"[A-Za-z]", words[:photo_word.start()])):
            return None
    return words[:photo_word.start()].rstrip(" -–:,")
# "Thứ ba - 18/09/2018 09:20", "Thứ 5, 28/03/2024 | 15:47:56 [GMT +7]": a web page's date and time of posting, copied
# with the story above its summary.
_PAGE_TIMESTAMP = re.compile(r"^(?=.{0,60}$)[^.!?]*\b\d{1,2}/\d{1,2}/\d{4}\b[^.!?]*\b\d{1,2}:\d{2}\b")
# When the news happened, told anywhere in a sentence: a date ("12/3", "ngày 5", "tháng 4"), a year, a time of day
# with its day ("sáng nay", "chiều 12"), or a recent past ("vừa qua", "mới đây", "hôm qua", "dịp").
_DATED = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}|\b(?:ngày|tháng|năm)\s+\d|\b(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay|qua|mai|\d|ngày|cùng)\b"
    r"|\b(?:vừa qua|mới đây|gần đây|hôm nay|hôm qua|dịp|nhân dịp)\b", re.IGNORECASE)
# "Viết bình luận mới", "Tin cùng chuyên mục", "Các tin khác", "Xem thêm >>", "Số lượt xem": a web page's own labels
# around the story (comments, related and latest stories, counters), copied with it; no picture's line.
_PAGE_FURNITURE = re.compile(
    r"\W*(?:(?:(?:viết|gửi)\s+)?(?:bình luận|ý kiến)(?:\s+(?:mới|của bạn|bạn đọc))?"
    r"|(?:các\s+)?(?:tin|bài|tin bài|bài viết)\s+(?:cùng chuyên mục|khác|liên quan|mới|mới nhất|đọc nhiều(?:\s+nhất)?|"
    r"xem nhiều(?:\s+nhất)?)"
    r"|xem thêm|đọc thêm|xem tiếp|chia sẻ|in bài|bản in|quay lại|về đầu trang"
    r"|(?:số\s+)?(?:lần|lượt)\s+(?:xem|truy cập)(?:\s+các\s+bài\s+viết)?)"
    r"\W*(?:\d[\d.,]*\W*)?",
    re.IGNORECASE)
# "Ngoài tuyên truyền, đoàn còn trao …", "Ngoài quà theo quy định, Đảng bộ còn tặng thêm …": besides what the story told,
# one more thing done; a picture's line shows its moment on its own.
_BESIDES = re.compile(r"^Ngoài\s+[^,;:]{2,80},\s+[^,;:]{0,80}?\b(?:còn|cũng)\s+\w")
