"""The anonymous page cache (core.cache) kept honest about public content: what makes it stale, and when.

The workflow services call ``bump_public_cache()`` after publish, withdraw and approve. These signal handlers
cover the other ways public content changes: an admin edit of a topic, an official's title, a province, a
photo caption. Cache invalidation is not workflow, so a signal is the right tool here: it must fire for every
save, whoever makes it. A scheduled article changes the pages with no save at all: the cache asks
``next_scheduled_publish`` when that happens, so that no page is kept past it.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from articles.models import Article, Document, Mention, Photo, Status, Topic
from core.cache import bump_public_cache, register_schedule
from people.models import Official, Organisation, Position
from places.models import Province

# Drafts and submissions are invisible to the public; saving them must not throw away every cached page.
_PUBLIC_STATUSES = {Status.PUBLISHED, Status.WITHDRAWN}


def _article_changed(sender, instance, **kwargs):
    if instance.status in _PUBLIC_STATUSES:
        bump_public_cache()


def _content_changed(sender, **kwargs):
    bump_public_cache()


def next_scheduled_publish():
    return Article.objects.scheduled().order_by("publish_at").values_list("publish_at", flat=True).first()


def connect():
    post_save.connect(_article_changed, sender=Article, dispatch_uid="articles.article_saved")
    post_delete.connect(_article_changed, sender=Article, dispatch_uid="articles.article_deleted")
    for model in (Photo, Mention, Topic, Document, Official, Position, Organisation, Province):
        label = model._meta.label_lower
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"articles.{label}.saved")
        post_delete.connect(_content_changed, sender=model, dispatch_uid=f"articles.{label}.deleted")
    for field in ("provinces", "topics", "documents"):
        through = getattr(Article, field).through
        m2m_changed.connect(_content_changed, sender=through, dispatch_uid=f"articles.article_{field}_changed")
    register_schedule("articles", next_scheduled_publish)
