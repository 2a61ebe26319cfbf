"""Recognition for an article already in the database: what the admin calls while an editor works.

* ``recognise_article`` runs after the admin saved an article (after ``save_related``) and links the
  documents its text cites;
* ``suggest_for_article`` lists officials, provinces and topics the text mentions but the article does not
  link, for one-click suggestions on the change form (topics: those with evidence beyond the one to three the
  importer chose);
* ``articles_mentioning_by_name`` lists, for an official's page, every article naming them, linked or not.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from articles.models import Article, Topic
from core.html import html_to_text
from core.text import fold
from importer.recognition.analysis import recognise_text
from importer.recognition.layout import caption_candidates, split_credit
from importer.recognition.lexicon import Lexicon
from importer.recognition.tokens import tokenize
from people.models import Official
from places.models import Province

MAX_TOPIC_SUGGESTIONS = 4
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.DOTALL | re.IGNORECASE)


def article_text(article):
    """Headline, lead, body and captions: everything recognition reads, one paragraph per line."""
    parts = [article.title, article.lead, article.body_text]
    if article.pk:
        parts += [photo.caption for photo in article.photos.all()]
    return "\n\n".join(p for p in parts if p)


def article_day(article):
    """The day the text speaks of: the event, else publication, else creation, else today."""
    if article.event_date:
        return article.event_date
    for value in (article.publish_at, article.created_at):
        if value:
            return timezone.localdate(value)
    return timezone.localdate()


def _recognise(article, lexicon):
    lexicon = lexicon or Lexicon.load(preload_officials=False)
    return recognise_text(article_text(article), day=article_day(article), lexicon=lexicon), lexicon


def recognise_article(article, *, lexicon=None):
    """Link the documents the article cites (idempotent) and return the full recognition."""
    # Import cycle: importer.services imports importer.recognition (its name lists), whose package imports us.
    from importer.services import article_link_documents

    recognition, lexicon = _recognise(article, lexicon)
    recognition.event_date = article.event_date
    article_link_documents(article=article, documents=recognition.documents, lexicon=lexicon)
    return recognition


@dataclass
class OfficialSuggestion:
    name: str
    title: str  # as printed
    official: object = None  # the known Official to link, or None: offer to create one for verification
    candidates: list = field(default_factory=list)  # namesakes the editor chooses between


@dataclass
class ProvinceSuggestion:
    province: object
    written: str  # the name as the text writes it
    note: str = ""


@dataclass
class TopicSuggestion:
    topic: object
    keywords: tuple  # the words of the text that point to it


@dataclass
class CaptionSuggestion:
    index: int  # of the paragraph among the body's ``<p>`` paragraphs
    text: str  # the paragraph as it reads now: applying checks it is still there
    caption: str
    credit: str = ""
    reasons: list = field(default_factory=list)


@dataclass
class Suggestions:
    officials: list = field(default_factory=list)
    provinces: list = field(default_factory=list)
    captions: list = field(default_factory=list)
    topics: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.officials or self.provinces or self.captions or self.topics)


def body_paragraphs(body):
    """The text of each ``<p>`` paragraph of a body's HTML, in order."""
    return [" ".join(html_to_text(match.group(0)).split()) for match in _PARAGRAPH.finditer(body or "")]


def remove_body_paragraph(body, index, text):
    """``body`` without its ``index``-th ``<p>`` paragraph, or None when that paragraph no longer reads ``text``."""
    matches = list(_PARAGRAPH.finditer(body or ""))
    if not 0 <= index < len(matches) or " ".join(html_to_text(matches[index].group(0)).split()) != text:
        return None
    match = matches[index]
    return (body[:match.start()].rstrip("\n") + "\n" + body[match.end():].lstrip("\n")).strip("\n")


def suggest_captions(lead, body, *, headline=""):
    """Body paragraphs that read partly like a photo caption: the importer kept them in the text, being unsure;
    the editor may turn one into a caption with one click."""
    paragraphs = body_paragraphs(body)
    found = []
    for index, _score, reasons in caption_candidates([lead or "", *paragraphs], headline=headline):
        text = paragraphs[index - 1]
        caption, credit = split_credit(text)
        found.append(CaptionSuggestion(index - 1, text, caption, credit, reasons))
    return found


def suggest_for_article(article, *, lexicon=None):
    """Officials and provinces the text names that the article does not link yet. Writes nothing."""
    recognition, loaded = _recognise(article, lexicon)
    linked_officials = set(article.mentions.values_list("official_id", flat=True)) if article.pk else set()
    linked_provinces = set(article.provinces.values_list("id", flat=True)) if article.pk else set()
    wanted = {f.official_id for f in recognition.officials if f.official_id}
    for finding in recognition.officials:
        wanted.update(finding.candidate_ids)
    officials = Official.objects.in_bulk(wanted)
    suggestions = Suggestions()
    for finding in recognition.officials:
        if finding.official_id in linked_officials or linked_officials.intersection(finding.candidate_ids):
            continue
        suggestions.officials.append(OfficialSuggestion(
            name=finding.name, title=finding.title, official=officials.get(finding.official_id),
            candidates=[officials[i] for i in finding.candidate_ids if i in officials],
        ))
    provinces = Province.objects.in_bulk([hit.id for hit in recognition.provinces if hit.id not in linked_provinces])
    for hit in recognition.provinces:
        if hit.id in provinces:
            suggestions.provinces.append(ProvinceSuggestion(provinces[hit.id], hit.written, hit.note))
    suggestions.captions = suggest_captions(article.lead, article.body, headline=article.title)
    suggestions.topics = _suggest_topics(article, loaded)
    return suggestions


def _suggest_topics(article, lexicon):
    """Topics the text points to that the article is not filed under, best first: the importer files a report
    under one to three topics, the editor adds others with a click."""
    linked = set(article.topics.values_list("id", flat=True)) if article.pk else set()
    text = article_text(article)
    ranked = [hit for hit in lexicon.topics.rank(tokenize(text), text=text) if hit.id not in linked and hit.score]
    topics = Topic.objects.in_bulk([hit.id for hit in ranked[:MAX_TOPIC_SUGGESTIONS]])
    return [TopicSuggestion(topics[hit.id], hit.keywords) for hit in ranked[:MAX_TOPIC_SUGGESTIONS] if hit.id in topics]


def articles_mentioning_by_name(official):
    """Articles that link ``official`` or name them in their title, lead or body.

    The name is matched whole-word on ``Article.search_text`` (folded), so "Nguyễn Văn An" does not
    find "Nguyễn Văn Anh"; being folded, it also finds texts typed without diacritics.
    """
    words = fold(official.full_name).split()
    if not words:
        return Article.objects.filter(mentions__official=official)
    pattern = r"(^|[^a-z0-9])" + r"\s+".join(re.escape(w) for w in words) + r"([^a-z0-9]|$)"
    linked = Article.objects.filter(mentions__official=official).values("pk")
    return Article.objects.filter(Q(pk__in=linked) | Q(search_text__regex=pattern)).order_by("-publish_at", "-id")
