"""Officials named in a text with their titles: "đồng chí Lại Xuân Môn, Ủy viên Trung ương Đảng, Phó…".

The pattern is an introduction ("đồng chí", "các đồng chí", "ông", "bà"), a name of 2–5 capitalised
words, then comma-separated titles, each starting with a capital, running until the sentence goes on
with a verb ("… Trung ương làm việc với …"), a function word, or punctuation other than a comma.
Lists ("các đồng chí A, Bí thư…; B, Chủ tịch… và C, …") give one person per name. A mention may also print
the title first ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn C", "PGS.TS A", "thiếu tướng B"), in
brackets ("A (Chủ tịch UBND tỉnh)"), in lower case ("ông A, phó ban quản trị chùa…"), or not at all when the
person is named for an office ("chỉ định ông A làm Bí thư…", "Các ông, bà A, B được chỉ định…") or relieved of one
("miễn nhiệm chức danh … đối với ông A"); a citizen quoted ("ông A, người dân tộc Giáy") is not an official.
Foreign names may lack a Vietnamese family name after
a rank or after the country the title names ("Thủ tướng Lào A B C"), be written with hyphens ("Vông-Mạ-Ni"), or
run to seven syllables after "ông" when a title follows. A title goes on after "kiêm", "đồng thời là", "quyền",
"nguyên" (after a comma or a dash) and "phụ trách" with the body its holder is in charge of; it leaves out the words
leading to it ("hiện giữ chức", "từng là"), an age ("(55 tuổi)"), a home in brackets ("(phường An Bình)"), a unit's
district or province in brackets ("Đồn Biên phòng A (huyện B)"; a place's own, "xã C (huyện D)", stays), a place
that ends it (", xã A, huyện B") and an event named after it by its edition or year (", Tuần Văn hóa … lần thứ 2 năm
2024 …"), but keeps a place between two offices. A monk's abbreviated rank ("ĐĐ.Thích A") and a profession after a rank ("Thiếu tá, bác sĩ A") are part of it, and
so are a body's abbreviation in brackets before its place ("Bộ Chỉ huy quân sự (CHQS) A"), the rest of a body's name in
lower case ("Ban Chính sách, chiến lược Trung ương", "Trung tâm Vì sự phát triển …") and a branch's city ("Hội đồng
hương A tại Hà Nội"). A foreign dignitary is introduced as "ngài"; a name may follow a district's name without a known
family name ("Bí thư Huyện ủy Nam Giang Chờ Rưm Nhiên"). A body alone after a name ("ông A - Hội Cựu chiến binh")
is no title, and a decision handed to someone ("… đồng chí A Quyết định …") is not part of the name.

The title is kept exactly as printed (a slice of the original text), since it records what the
person was called on the day, which is what ``Mention.title_as_printed`` stores.
"""

from importer.recognition.gazetteer import Gazetteer
from importer.recognition.officials.parser import _Parser
from importer.recognition.officials.vocabulary import TITLE_HEADS
from importer.recognition.officials.walk import NamedOfficial

__all__ = ["TITLE_HEADS", "NamedOfficial", "find_officials"]


def find_officials(text, *, tokens=None, places=None):
    """Every official named in ``text`` (paragraphs separated by newlines), in order of appearance.

    ``tokens``: ``tokenize(text)`` when the caller already has it. ``places``: tone keys of province and
    district names ("thai nguyen" with its tones), which are never a person's name; the gazetteer's by default.
    """
    if places is None:
        places = Gazetteer.load().place_keys()
    return _Parser(text, tokens, places).parse()
