"""Make the anonymous page cache stale whenever content the public can see changes.

The workflow services call ``bump_public_cache()`` after publish, withdraw and approve. These signal handlers
cover the other ways public content changes: an admin edit of a topic, an official's title, a province, a
photo caption. Cache invalidation is not workflow, so a signal is the right tool here: it must fire for every
save, whoever makes it.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from core.cache import bump_public_cache

# Drafts and submissions are invisible to the public; saving them must not throw away every cached page.
_PUBLIC_STATUSES = {"published", "withdrawn"}


def _article_changed(sender, instance, **kwargs):
    if instance.status in _PUBLIC_STATUSES:
        bump_public_cache()


def _content_changed(sender, **kwargs):
    bump_public_cache()


def connect_signals():
    from articles.models import Article, Document, Mention, Photo, Topic
    from people.models import Official, Organisation, Position
    from places.models import Province

    post_save.connect(_article_changed, sender=Article, dispatch_uid="perf.article_saved")
    post_delete.connect(_article_changed, sender=Article, dispatch_uid="perf.article_deleted")
    for model in (Photo, Mention, Topic, Document, Official, Position, Organisation, Province):
        label = model._meta.label_lower
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"perf.{label}.saved")
        post_delete.connect(_content_changed, sender=model, dispatch_uid=f"perf.{label}.deleted")
    for field in ("provinces", "topics", "documents"):
        through = getattr(Article, field).through
        m2m_changed.connect(_content_changed, sender=through, dispatch_uid=f"perf.article_{field}_changed")
