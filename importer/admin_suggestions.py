"""Recognition while editing: one-click suggestions on the article change form, documents linked on save.

A suggestion is applied through workflow.services.article_save_draft, like any edit: it becomes a revision,
and on a live article a pending change for a moderator, never a direct write to the live rows.

"Make this a caption" moves a body paragraph the importer was unsure about into the article's photos: a photo
without its file yet (a caption placeholder, as the importer makes for captions it is sure of), which the
editor completes by uploading the picture. Photos are not anchored in the body; they keep their own order.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from articles.models import Article, Topic
from core.params import strict_int
from importer.recognition import recognise_article, suggest_for_article
from importer.recognition.article import remove_body_paragraph
from importer.recognition.layout import split_credit
from people.models import Official, Position
from places.models import Province
from workflow import services
from workflow.admin.content import current_content
from workflow.exceptions import WorkflowError
from workflow.models.revisions import RevisionState


def suggestions_for(article):
    """What the change form offers; recognition problems must never break the editor's page."""
    if article is None or not article.pk:
        return None
    try:
        return suggest_for_article(article)
    except Exception:  # noqa: BLE001 - a hint panel is optional; the form itself must always render
        return None


def link_documents_after_save(article, revision):
    """Documents cited in the text are linked when the article's own rows were saved (not a pending change)."""
    if revision is None or revision.state != RevisionState.PENDING:
        recognise_article(article)


def apply_suggestion(request, object_id, *, model_admin):
    article = get_object_or_404(Article, pk=object_id)
    if not model_admin.has_change_permission(request, article):
        raise PermissionDenied
    kind, _sep, value = request.POST.get("suggestion", "").partition(":")
    content = current_content(article)
    change_url = reverse("admin:articles_article_change", args=[article.pk])
    try:
        if kind == "province":
            province = get_object_or_404(Province, pk=strict_int(value))
            if all(p["id"] != province.pk for p in content["provinces"]):
                content["provinces"].append({"id": province.pk, "name": str(province)})
            label = str(province)
        elif kind in {"official", "new-official"}:
            title = request.POST.get("title", "")[:500]
            if kind == "official":
                official = get_object_or_404(Official, pk=strict_int(value))
            else:
                name = request.POST.get("name", "").strip()[:200]
                if not name:
                    raise ValueError
                official = Official.objects.create(full_name=name, needs_verification=True)
                if title:
                    Position.objects.create(official=official, title=title[:255])
            if all(m["official"] != official.pk for m in content["officials"]):
                content["officials"].append({"official": official.pk, "name": official.full_name, "title": title,
                                             "position": len(content["officials"])})
            label = official.full_name
        elif kind == "topic":
            topic = get_object_or_404(Topic, pk=strict_int(value))
            if all(t["id"] != topic.pk for t in content["topics"]):
                content["topics"].append({"id": topic.pk, "name": str(topic)})
            label = str(topic)
        elif kind == "caption":
            label = _paragraph_to_caption(content, strict_int(value), request.POST.get("text", ""))
        else:
            raise ValueError
    except (ValueError, TypeError):
        messages.error(request, _("Gợi ý không hợp lệ."))
        return redirect(change_url)
    try:
        revision = services.article_save_draft(article=article, actor=request.user, content=content,
                                               expected_version=article.version)
    except WorkflowError as exc:
        messages.error(request, exc.message)
        return redirect(change_url)
    if revision.state == RevisionState.PENDING:
        messages.warning(request, _("Đã thêm “%(label)s” vào bản sửa chờ duyệt.") % {"label": label})
    else:
        messages.success(request, _("Đã thêm “%(label)s” vào bài.") % {"label": label})
    return redirect(change_url)


def _paragraph_to_caption(content, index, text):
    """Move the body's ``index``-th paragraph, which must still read ``text``, into a caption placeholder."""
    text = " ".join(text.split())
    body = remove_body_paragraph(content["body"], index, text)
    if not text or body is None:
        raise ValueError  # the text changed since the page was shown
    caption, credit = split_credit(text)
    content["body"] = body
    photos = content.setdefault("photos", [])
    photos.append({"id": None, "image": "", "width": None, "height": None, "caption": caption[:1000],
                   "credit": credit[:200], "alt_text": "", "is_featured": False,
                   "position": max((p.get("position") or 0 for p in photos), default=-1) + 1})
    return caption


apply_suggestion_view = require_POST(apply_suggestion)
