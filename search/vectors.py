"""The search index of an article: everything a reader sees, written by ``Article.save()`` through the hook
in ``articles.indexing`` and refreshed by ``search.signals`` when what surrounds the text changes.

What is indexed, by weight: the title (A), the lead (B), the body (C), and the *extras* (D): photo captions
with their credits, the names of linked officials with their titles as printed, the names of linked provinces
and topics, the numbers of linked documents, and the byline and source printed at the article's end. The extras are one line per item (``article_extras``), and
word pairs never run from one line into the next.

PostgreSQL: ``Article.search_vector`` holds the weighted words, every pair of adjacent words ("kien_giang"),
and the words and pairs of the title + lead once more, marked "^" ("^kien_giang"), folded in SQL by
``newsroom_search_words()`` (an immutable wrapper around ``unaccent``, created by this app's migrations). The
column and its GIN index belong to the articles app; this app computes the values. Because a phrase is matched
through its word pairs, and "in the title or lead" through the "^" lexemes, the one GIN index answers exactly
and PostgreSQL never re-reads the (large, compressed) vectors to check word positions or weights. ``newsroom_article_extras(id)`` builds the extras in
SQL for bulk refreshes (``search_reindex``, the benchmark's loader).

SQLite: ``Article.search_text`` holds the folded title, lead, body and extras; ``newsroom_fold()``, which this
app registers on every SQLite connection, folds the title and lead for ranking.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import connections, transaction
from django.db.models import F, Func, TextField, Value

from articles.models import Article
from core.html import html_to_text
from core.text import fold, nfc
from places.models import Province
from search.abbreviations import article_texts, learn


class SearchWords(Func):
    """``newsroom_search_words(text)``: unaccented, lower case, words separated by single spaces."""

    function = "newsroom_search_words"
    output_field = TextField()


class SearchHtmlWords(Func):
    """``newsroom_search_html(html)``: the same, with tags and entities removed first."""

    function = "newsroom_search_html"
    output_field = TextField()


class ArticleExtras(Func):
    """``newsroom_article_extras(id)``: the extras of a stored article, as ``article_extras()`` builds them."""

    function = "newsroom_article_extras"
    output_field = TextField()


class ArticleVector(Func):
    """``newsroom_search_vector(title, lead, body, extras)``: title A, lead B, body C, extras D, and the pairs
    of adjacent words, each text unaccented and folded once."""

    function = "newsroom_search_vector"
    output_field = SearchVectorField()


class WithSignature(Func):
    """The extras, then the byline and the source (``with_signature`` in SQL): ``concat_ws`` skips the empty ones."""

    template = "concat_ws(E'\\n', %(expressions)s)"
    output_field = TextField()

    def __init__(self, extras):
        super().__init__(extras, Func(F("byline"), Value(""), function="nullif"),
                         Func(F("source"), Value(""), function="nullif"))


def search_vector_expression():
    return ArticleVector(F("title"), F("lead"), F("body"), WithSignature(ArticleExtras(F("pk"))))


def article_extras(article):
    """The lines a reader sees around the text of a saved article (captions, officials, places, topics,
    documents), in the order ``newsroom_article_extras()`` gives them. Works on historical models too."""
    if article.pk is None:
        return ""
    return extras_by_article(type(article), [article.pk]).get(article.pk, "")


def extras_by_article(model, ids):
    """``{article id: extras}`` for many articles, in five queries."""
    lines = {pk: [] for pk in ids}
    photos = model.photos.rel.related_model.objects.filter(article_id__in=ids).order_by("position", "id")
    for pk, caption, credit in photos.values_list("article_id", "caption", "credit"):
        lines[pk].append(" ".join(filter(None, [caption, credit])))
    mentions = model.mentions.rel.related_model.objects.filter(article_id__in=ids).order_by("position", "id")
    for pk, name, title in mentions.values_list("article_id", "official__full_name", "title_as_printed"):
        lines[pk].append(" ".join(filter(None, [name, title])))
    # A city by "TP" and its name, the way the genre writes it ("TP Hồ Chí Minh"): "thanh pho ho chi minh", "tphcm"
    # and "tp hcm" are its spellings (search.query), so a reader who types one finds what is filed under the city
    # even when the text writes another, or none. "TP", unlike "Thành phố", is no everyday word that other queries
    # hold ("Thanh Hoá" would match "Thành phố … văn hóa").
    provinces = model.provinces.through.objects.filter(article_id__in=ids).order_by("province__name", "province_id")
    for pk, name, kind in provinces.values_list("article_id", "province__name", "province__kind"):
        lines[pk].append(f"TP {name}" if kind == Province.Kind.CITY else name)
    for relation, field in (("topics", "name"), ("documents", "number")):
        through = getattr(model, relation).through
        target = getattr(model, relation).field.m2m_reverse_field_name()
        rows = (through.objects.filter(article_id__in=ids).exclude(**{f"{target}__{field}": ""})
                .order_by(f"{target}__{field}", f"{target}_id").values_list("article_id", f"{target}__{field}"))
        for pk, value in rows:
            lines[pk].append(value)
    return {pk: "\n".join(nfc(line) for line in found) for pk, found in lines.items()}


def with_signature(extras, article):
    """The extras and the lines the article itself prints at its end, its byline and its source ("Nguồn tin: Sao
    Khuê", "CATP Hà Tĩnh"): a reader sees them, so a reader may search for them."""
    lines = [extras, nfc(getattr(article, "byline", "") or ""), nfc(getattr(article, "source", "") or "")]
    return "\n".join(line for line in lines if line)


def folded_extras(extras):
    """The extras for ``search_text``: each line folded, after a "|" that phrase patterns never cross (on
    PostgreSQL the pairs of adjacent words are taken line by line too)."""
    return "".join(f" | {fold(line)}" for line in extras.split("\n") if line.strip())


def folded_search_text(article, extras):
    return fold(" ".join([article.title, article.lead, html_to_text(article.body)])) + folded_extras(extras)


def search_vector_of(article, *, using):
    """Called by ``Article.save()``: completes ``search_text`` with the extras (searched on SQLite) and returns
    the SQL expression of the vector, written in the same INSERT or UPDATE as the row (a separate UPDATE would
    write the whole row, body included, twice); None off PostgreSQL."""
    extras = with_signature(article_extras(article), article)
    if extras:
        article.search_text += folded_extras(extras)
    learn(article_texts(article, extras), using=using)
    if connections[using].vendor != "postgresql":
        return None
    texts = [Value(nfc(text or ""), output_field=TextField()) for text in (article.title, article.lead, article.body)]
    return ArticleVector(*texts, Value(extras, output_field=TextField()), output_field=SearchVectorField())


def article_index_refresh(*, article_ids, using="default"):
    """Rewrite the index of these articles from their stored texts and relations: after a caption, a mention,
    a linked province, topic or document changed, or when an article is published. One UPDATE per article."""
    ids = sorted({pk for pk in article_ids if pk is not None})
    if not ids:
        return 0
    postgres = connections[using].vendor == "postgresql"
    extras = extras_by_article(Article, ids)
    rows = Article.objects.using(using).filter(pk__in=ids).only("pk", "title", "lead", "body", "byline", "source")
    done, texts = 0, []
    with transaction.atomic(using=using):
        for article in rows:
            signed = with_signature(extras[article.pk], article)
            values = {"search_text": folded_search_text(article, signed)}
            texts += article_texts(article, signed)
            if postgres:
                values["search_vector"] = ArticleVector(
                    F("title"), F("lead"), F("body"), Value(signed, output_field=TextField()))
            done += Article.objects.using(using).filter(pk=article.pk).update(**values)
        learn(texts, using=using)
    return done


def refresh_search_text(queryset, *, batch_size=500):
    """Rewrite ``search_text`` (title, lead, body and extras, folded) for every article of ``queryset``."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    model = queryset.model
    for start in range(0, len(ids), batch_size):
        batch = ids[start:start + batch_size]
        extras = extras_by_article(model, batch)
        rows = list(model.objects.filter(pk__in=batch).only("pk", "title", "lead", "body", "byline", "source"))
        texts = []
        for article in rows:
            signed = with_signature(extras[article.pk], article)
            article.search_text = folded_search_text(article, signed)
            texts += article_texts(article, signed)
        model.objects.bulk_update(rows, ["search_text"])
        learn(texts, using=queryset.db)


def search_vectors_refresh(*, queryset=None):
    """Refresh the search vectors of many articles at once (after ``bulk_create``, raw SQL or an import).

    Returns the number of rows updated; 0 off PostgreSQL, where ``search_text`` is all that search needs.
    """
    queryset = Article.objects.all() if queryset is None else queryset
    if connections[queryset.db].vendor != "postgresql":
        return 0
    return queryset.update(search_vector=search_vector_expression())
