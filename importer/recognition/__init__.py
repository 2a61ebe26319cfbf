"""Recognition of captions, dates, provinces, officials, topics and documents in Vietnamese reports.

Pure functions over text (plus an in-memory ``Lexicon`` of names read from the database), shared by
the importer and the admin.
"""

from importer.recognition.analysis import OfficialFinding, Recognition, recognise_text
from importer.recognition.article import (
    OfficialSuggestion,
    ProvinceSuggestion,
    Suggestions,
    article_day,
    article_text,
    articles_mentioning_by_name,
    recognise_article,
    suggest_for_article,
)
from importer.recognition.dates import find_event_date
from importer.recognition.documents import CitedDocument, find_documents, normalise_document_number
from importer.recognition.layout import LayoutError, ParsedText, caption_score, parse_plain_text
from importer.recognition.lexicon import Lexicon, ProvinceHit
from importer.recognition.officials import NamedOfficial, find_officials
from importer.recognition.topics import TopicHit

__all__ = [
    "CitedDocument", "LayoutError", "Lexicon", "NamedOfficial", "OfficialFinding", "OfficialSuggestion",
    "ParsedText", "ProvinceHit", "ProvinceSuggestion", "Recognition", "Suggestions", "TopicHit", "article_day",
    "article_text", "articles_mentioning_by_name", "caption_score", "find_documents", "find_event_date",
    "find_officials", "normalise_document_number", "parse_plain_text", "recognise_article", "recognise_text",
    "suggest_for_article",
]
