"""Posting the article change form the way a browser does, including a pending proposal's rows."""

from django.urls import reverse

from articles.models import Article, Mention, Photo
from workflow.admin.content import current_content


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def change_form_data(article, *, version=None, new_photos=(), delete_photos=(), captions=None, officials=None,
                     **fields):
    """The change form as shown (pending proposal or rows), with ``fields`` and inline edits applied.

    new_photos: (upload, caption) pairs; delete_photos: photo ids; captions: {photo id: caption};
    officials: [(official, title)] replacing the mentions.
    """
    article = Article.objects.get(pk=article.pk)
    content = current_content(article)
    data = {
        "title": content["title"], "slug": content["slug"], "lead": content["lead"], "body": content["body"],
        "byline": content["byline"], "source": content["source"], "event_date": content["event_date"] or "",
        "base_version": str(article.version if version is None else version),
        "provinces": [str(p["id"]) for p in content["provinces"]], "topics": [str(t["id"]) for t in content["topics"]],
        "documents": [str(d["id"]) for d in content["documents"]],
    }
    data.update(fields)
    rows = set(Photo.objects.filter(article=article).values_list("id", flat=True))
    shown = [p for p in content["photos"] if p.get("id") in rows] + [p for p in content["photos"] if p.get("id") not in rows]
    initial = sum(1 for p in content["photos"] if p.get("id") in rows)
    captions = captions or {}
    for i, photo in enumerate(shown):
        prefix = f"photos-{i}-"
        if photo.get("id") in rows:
            data[prefix + "id"] = str(photo["id"])
        data.update({
            prefix + "article": str(article.pk), prefix + "caption": captions.get(photo.get("id"), photo["caption"]),
            prefix + "credit": photo["credit"], prefix + "alt_text": photo["alt_text"],
            prefix + "position": str(photo["position"]),
        })
        if photo.get("is_featured"):
            data[prefix + "is_featured"] = "on"
        if photo.get("id") in delete_photos:
            data[prefix + "DELETE"] = "on"
    for j, (upload, caption) in enumerate(new_photos, start=len(shown)):
        prefix = f"photos-{j}-"
        data.update({prefix + "article": str(article.pk), prefix + "image": upload, prefix + "caption": caption,
                     prefix + "credit": "", prefix + "alt_text": "", prefix + "position": str(j)})
    data.update({
        "photos-TOTAL_FORMS": str(len(shown) + len(new_photos)), "photos-INITIAL_FORMS": str(initial),
        "photos-MIN_NUM_FORMS": "0", "photos-MAX_NUM_FORMS": "1000",
    })
    mention_rows = {m.official_id: m for m in Mention.objects.filter(article=article)}
    if officials is None:
        items = [(o["official"], o["title"]) for o in content["officials"]]
    else:
        items = [(official.pk, title) for official, title in officials]
    matched = [(oid, title) for oid, title in items if oid in mention_rows]
    others = [(oid, title) for oid, title in items if oid not in mention_rows]
    dropped = [oid for oid in mention_rows if oid not in dict(items)] if officials is not None else []
    shown_mentions = matched + [(oid, None) for oid in dropped] + others
    initial_mentions = len(matched) + len(dropped)
    for i, (oid, title) in enumerate(shown_mentions):
        prefix = f"mentions-{i}-"
        if oid in mention_rows:
            data[prefix + "id"] = str(mention_rows[oid].pk)
        data.update({prefix + "article": str(article.pk), prefix + "official": str(oid),
                     prefix + "title_as_printed": title or "", prefix + "position": str(i)})
        if title is None:
            data[prefix + "DELETE"] = "on"
    data.update({
        "mentions-TOTAL_FORMS": str(len(shown_mentions)), "mentions-INITIAL_FORMS": str(initial_mentions),
        "mentions-MIN_NUM_FORMS": "0", "mentions-MAX_NUM_FORMS": "1000",
    })
    return data
