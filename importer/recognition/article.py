"""Recognition for an article already in the database: what the admin calls while an editor works.

* ``recognise_article`` runs after the admin saved an article (after ``save_related``) and links the
  documents its text cites;
* ``suggest_for_article`` lists officials and provinces the text mentions but the article does not link,
  for one-click suggestions on the change form;
* ``articles_mentioning_by_name`` lists, for an official's page, every article naming them, linked or not.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from articles.models import Article
from core.text import fold
from importer.recognition.analysis import recognise_text
from importer.recognition.lexicon import Lexicon


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
class Suggestions:
    officials: list = field(default_factory=list)
    provinces: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.officials or self.provinces)


def suggest_for_article(article, *, lexicon=None):
    """Officials and provinces the text names that the article does not link yet. Writes nothing."""
    from people.models import Official
    from places.models import Province

    recognition, _lexicon = _recognise(article, lexicon)
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
    return suggestions


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
