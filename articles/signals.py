"""The anonymous page cache (core.cache) kept honest about public content: what makes which pages stale, and when.

The workflow services purge an article's pages after publish, withdraw and approve (``purge_article``). These
signal handlers cover the other ways public content changes: an admin edit of an article, its links or photos,
an official's title, a document, a province, a topic. Cache invalidation is not workflow, so a signal is the
right tool here: it must fire for every save, whoever makes it. Which pages a change touches is decided in
articles/cache_tags.py. A link removed from an article purges that link's page before it goes (``pre_remove``,
``pre_clear``), and the article's pages as linked afterwards are purged after. A scheduled article changes the
pages with no save at all: the cache asks ``next_scheduled_publish`` when that happens, so that no page is
kept past it.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from articles.cache_tags import link_tags, purge_article, purge_articles_showing, purge_everything, topic_tags
from articles.models import Article, Document, Mention, Photo, Status, Topic
from core.cache import purge_cache_tags, register_schedule
from people.models import Official, Organisation, Position
from places.models import Province

# Drafts and submissions are invisible to the public; saving them must not throw away any cached page.
_PUBLIC_STATUSES = {Status.PUBLISHED, Status.WITHDRAWN}
_LINK_KINDS = {"provinces": "province", "topics": "topic", "documents": "document"}


def _is_public(article_id):
    return Article.objects.filter(pk=article_id).values_list("status", flat=True).first() in _PUBLIC_STATUSES


def _article_changed(sender, instance, **kwargs):
    # Deletion is handled before the fact (pre_delete), while the article's links still say where it was shown.
    if instance.status in _PUBLIC_STATUSES:
        purge_article(instance)


def _tags_of(kind, ids):
    return topic_tags(ids) if kind == "topic" else link_tags(kind, ids)


def _links_changed(sender, instance, action, reverse, pk_set, field=None, **kwargs):
    if reverse:  # a province's or topic's list of articles edited from its side: rare, and reaches anything
        if action.startswith("post_"):
            purge_everything()
        return
    if instance.status not in _PUBLIC_STATUSES:
        return
    kind = _LINK_KINDS[field]
    if action == "pre_remove":
        purge_cache_tags(*_tags_of(kind, pk_set))
    elif action == "pre_clear":
        purge_cache_tags(*_tags_of(kind, getattr(instance, field).values_list("pk", flat=True)))
    elif action in {"post_add", "post_remove", "post_clear"}:
        purge_article(instance, *_tags_of(kind, pk_set or ()))


def _mention_before(sender, instance, **kwargs):
    # The official a mention named before this save: their page must drop the article too.
    instance._official_before = (
        Mention.objects.filter(pk=instance.pk).values_list("official_id", flat=True).first() if instance.pk else None
    )


def _mention_changed(sender, instance, **kwargs):
    if _is_public(instance.article_id):
        before = getattr(instance, "_official_before", None)
        purge_cache_tags(f"article:{instance.article_id}", *link_tags("official", {instance.official_id, before} - {None}))


def _photo_changed(sender, instance, **kwargs):
    # The featured photo is on the article's card in every list that shows it.
    if _is_public(instance.article_id):
        purge_article(Article(pk=instance.article_id))


def _official_changed(sender, instance, **kwargs):
    official_id = instance.official_id if isinstance(instance, Position) else instance.pk
    shown_in = Mention.objects.filter(official_id=official_id, article__status__in=_PUBLIC_STATUSES)
    purge_articles_showing("official", official_id, shown_in.values_list("article_id", flat=True).distinct())


def _document_changed(sender, instance, **kwargs):
    shown_in = Article.documents.through.objects.filter(document_id=instance.pk, article__status__in=_PUBLIC_STATUSES)
    purge_articles_showing("document", instance.pk, shown_in.values_list("article_id", flat=True))


def _everything_changed(sender, **kwargs):
    purge_everything()


def next_scheduled_publish():
    return Article.objects.scheduled().order_by("publish_at").values_list("publish_at", flat=True).first()


def connect():
    post_save.connect(_article_changed, sender=Article, dispatch_uid="articles.article_saved")
    pre_delete.connect(_article_changed, sender=Article, dispatch_uid="articles.article_deleted")
    pre_save.connect(_mention_before, sender=Mention, dispatch_uid="articles.mention_saving")
    handlers = {
        Mention: _mention_changed, Photo: _photo_changed, Official: _official_changed, Position: _official_changed,
        Document: _document_changed, Topic: _everything_changed, Province: _everything_changed,
        Organisation: _everything_changed,
    }
    for model, handler in handlers.items():
        label = model._meta.label_lower
        post_save.connect(handler, sender=model, dispatch_uid=f"articles.{label}.saved")
        post_delete.connect(handler, sender=model, dispatch_uid=f"articles.{label}.deleted")
    for field in _LINK_KINDS:
        through = getattr(Article, field).through

        def changed(sender, field=field, **kwargs):
            _links_changed(sender, field=field, **kwargs)

        m2m_changed.connect(changed, sender=through, weak=False, dispatch_uid=f"articles.article_{field}_changed")
    register_schedule("articles", next_scheduled_publish)
