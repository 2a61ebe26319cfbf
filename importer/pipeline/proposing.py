"""What a changed file proposes for a live article: its current content with the file's text and new findings."""

from articles.models import Document, Topic
from core.html import sanitize_html
from importer.services import document_get_or_create, official_create_unverified
from places.models import Province
from workflow.snapshots import article_for_snapshot, article_snapshot


def _merge(content, key, ids, model, label):
    have = {item["id"] for item in content[key]}
    for obj in model.objects.filter(id__in=[i for i in ids if i not in have]):
        content[key].append({"id": obj.id, "name": label(obj)})


def proposed_content(article, *, fields, recognition, lexicon):
    """A snapshot for ``article_import_proposal``: the file's text replaces the live text; what recognition found
    (provinces, topics, documents, officials) is added to what the article already lists, never taken away.

    ``lexicon`` remembers the officials created on the way (None on a dry run, which rolls them back).
    """
    content = article_snapshot(article_for_snapshot(article.pk))
    content.update({
        "title": fields["title"][:300], "lead": fields["lead"], "body": sanitize_html(fields["body"]),
        "byline": fields.get("byline", content.get("byline", "")),
        "event_date": fields["event_date"].isoformat() if fields.get("event_date") else content.get("event_date"),
    })
    if recognition is None:
        return content
    _merge(content, "provinces", [h.id for h in recognition.provinces], Province, str)
    _merge(content, "topics", [h.id for h in recognition.topics], Topic, lambda t: t.name)
    document_ids = [document_get_or_create(cited=c).pk for c in recognition.documents]
    _merge(content, "documents", document_ids, Document, lambda d: d.title)
    have = {item["official"] for item in content["officials"]}
    position = max((item["position"] for item in content["officials"]), default=-1) + 1
    for finding in recognition.officials:
        official_id = finding.official_id
        if official_id is None and finding.status in {"unknown", "different"}:
            official = official_create_unverified(name=finding.name, title=finding.title)
            official_id = finding.official_id = official.pk
            if lexicon is not None:
                lexicon.officials.remember(official.pk, official.full_name)
        if official_id and official_id not in have:
            content["officials"].append(
                {"official": official_id, "name": finding.name, "title": finding.title, "position": position}
            )
            have.add(official_id)
            position += 1
    return content
