"""Keep an article's search index in step with what surrounds its text.

``Article.save()`` indexes the text and the extras as they are at that moment. What changes later without
touching the article row (a caption edited in the admin's inline, an official linked or renamed, a province,
topic or document linked) refreshes the index here. Importers write links and photos in bulk, without
signals, on articles that are not public yet: publishing saves the status, which refreshes the index too.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from articles.models import Article, Document, Mention, Photo, Topic
from people.models import Official
from places.models import Province
from search.entities import forget_names
from search.vectors import article_index_refresh

# Saves that change what the public sees of an article without going through its text.
_REFRESHING_FIELDS = {"status", "publish_at"}


def _refresh(ids, using):
    article_index_refresh(article_ids=ids, using=using)


def article_saved(sender, instance, created, update_fields=None, raw=False, using="default", **kwargs):
    if raw or created or update_fields is None:
        return  # save() itself wrote the index with the extras it could see
    if _REFRESHING_FIELDS & set(update_fields) and not {"title", "lead", "body"} & set(update_fields):
        _refresh([instance.pk], using)


def part_changed(sender, instance, raw=False, using="default", **kwargs):
    if not raw and instance.article_id is not None:
        _refresh([instance.article_id], using)


def links_changed(sender, instance, action, reverse, pk_set, using="default", **kwargs):
    if action not in {"post_add", "post_remove", "post_clear", "pre_clear"}:
        return
    if not reverse:
        if action != "pre_clear":
            _refresh([instance.pk], using)
        return
    # From the other side (province.articles.add(...)): the articles named, or all of them on clear.
    if action == "pre_clear":
        instance._search_cleared = list(instance.articles.values_list("pk", flat=True))
        return
    ids = getattr(instance, "_search_cleared", []) if action == "post_clear" else (pk_set or [])
    _refresh(ids, using)


# The field of each linked model whose text is indexed with its articles.
_NAMES = {Official: "full_name", Province: "name", Topic: "name", Document: "number"}


def name_saving(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    field = _NAMES[sender]
    instance._search_old_name = sender.objects.filter(pk=instance.pk).values_list(field, flat=True).first()


def name_changed(sender, instance, created, raw=False, using="default", **kwargs):
    """A renamed official, province, topic or document: its articles were indexed under the old name."""
    if raw or created or getattr(instance, "_search_old_name", None) == getattr(instance, _NAMES[sender]):
        return
    _refresh(list(instance.articles.values_list("pk", flat=True)), using)


def connect():
    post_save.connect(article_saved, sender=Article, dispatch_uid="search.article_saved")
    for model in (Photo, Mention):
        post_save.connect(part_changed, sender=model, dispatch_uid=f"search.saved.{model.__name__}")
        post_delete.connect(part_changed, sender=model, dispatch_uid=f"search.deleted.{model.__name__}")
    for relation in (Article.provinces, Article.topics, Article.documents):
        m2m_changed.connect(links_changed, sender=relation.through, dispatch_uid=f"search.links.{relation.field.name}")
    for model in (Province, Topic, Official):
        post_save.connect(forget_names, sender=model, dispatch_uid=f"search.names.{model.__name__}")
        post_delete.connect(forget_names, sender=model, dispatch_uid=f"search.names_deleted.{model.__name__}")
    for model in _NAMES:
        pre_save.connect(name_saving, sender=model, dispatch_uid=f"search.renaming.{model.__name__}")
        post_save.connect(name_changed, sender=model, dispatch_uid=f"search.renamed.{model.__name__}")
