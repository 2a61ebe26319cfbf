"""Officials named in a text with their titles: "đồng chí Lại Xuân Môn, Ủy viên Trung ương Đảng, Phó…".

The pattern is an introduction ("đồng chí", "các đồng chí", "ông", "bà"), a name of 2–5 capitalised
words, then comma-separated titles, each starting with a capital, running until the sentence goes on
with a verb ("… Trung ương làm việc với …"), a function word, or punctuation other than a comma.
Lists ("các đồng chí A, Bí thư…; B, Chủ tịch… và C, …") give one person per name.

The title is kept exactly as printed (a slice of the original text), since it records what the
person was called on the day, which is what ``Mention.title_as_printed`` stores.
"""

from importer.recognition.officials.parser import NamedOfficial, _Parser
from importer.recognition.officials.vocabulary import TITLE_HEADS

__all__ = ["TITLE_HEADS", "NamedOfficial", "find_officials"]


def find_officials(text, *, tokens=None, places=None):
    """Every official named in ``text`` (paragraphs separated by newlines), in order of appearance.

    ``tokens``: ``tokenize(text)`` when the caller already has it. ``places``: tone keys of province and
    district names ("thai nguyen" with its tones), which are never a person's name; the gazetteer's by default.
    """
    if places is None:
        from importer.recognition.gazetteer import Gazetteer

        places = Gazetteer.load().place_keys()
    return _Parser(text, tokens, places).parse()
