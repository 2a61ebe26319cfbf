"""What an article page offers next: related articles at its foot, and a side column of the latest news, more
from the same province and more on the same topic, all read in ONE query.

When its parts are rendered, an article page spends seven queries on the article itself, and the budget is ten
(articles/article_cache.py keeps this column rendered until the public content changes). So every list is a
part of one ``UNION ALL`` (as on the home page), and each part brings the few columns its list shows, the
featured photo's file name included, instead of fetching the articles and their photos afterwards. Every part
starts from ``Article.objects.published()``.
"""

from dataclasses import dataclass, field

from django.db.models import Case, Exists, IntegerField, OuterRef, Subquery, Value, When

from articles.models import Article, ArticleProvince, ArticleTopic, Photo

RELATED, LATEST, PROVINCE, TOPIC = range(4)
COLUMNS = ("pk", "section", "shared", "title", "slug", "publish_at", "lead", "photo")


@dataclass
class Neighbours:
    related: list = field(default_factory=list)
    latest: list = field(default_factory=list)
    same_province: list = field(default_factory=list)
    same_topic: list = field(default_factory=list)
    province: object = None
    topic: object = None


def article_neighbours(article, *, related_count=4, per_list=5, topics=None, provinces=None):
    """``topics`` and ``provinces`` default to the article's own; the article page passes those it keeps with its
    rendered parts (articles/article_cache.py), so that a side column made again costs this one query only."""
    topics = list(article.topics.all() if topics is None else topics)
    provinces = list(article.provinces.all() if provinces is None else provinces)
    topic_ids = [t.pk for t in topics]
    province_ids = [p.pk for p in provinces]
    published = Article.objects.published().exclude(pk=article.pk)
    photo = Subquery(Photo.objects.filter(article=OuterRef("pk"), is_featured=True).order_by("position", "id")
                     .values("image")[:1])

    def part(queryset, section, count, shared=None):
        # The LIMIT sits in an IN subquery: SQLite refuses one directly inside UNION.
        chosen = queryset.values("pk")[:count]
        return (
            Article.objects.filter(pk__in=chosen)
            .annotate(section=Value(section), shared=shared if shared is not None else Value(0), photo=photo)
            .values_list(*COLUMNS).order_by()
        )

    # Room for the lists below to skip what an earlier list already shows.
    parts = [part(published.newest_first(), LATEST, per_list * 3)]
    if province_ids:
        in_province = published.filter(pk__in=ArticleProvince.objects.filter(province_id__in=province_ids).values("article_id"))
        parts.append(part(in_province.newest_first(), PROVINCE, per_list))
    if topic_ids:
        in_topic = published.filter(pk__in=ArticleTopic.objects.filter(topic_id__in=topic_ids).values("article_id"))
        parts.append(part(in_topic.newest_first(), TOPIC, per_list * 2))
    if topic_ids or province_ids:
        # Sharing the most topics and places, among the newest 200 sharing any: bounded at any size. The article
        # is matched by a range of one (>= and <=) rather than by equality, so PostgreSQL probes the link index
        # for each of the few hundred newest candidates instead of hashing every article of a broad topic first.
        same = {"article_id__gte": OuterRef("pk"), "article_id__lte": OuterRef("pk")}
        in_topics = Exists(ArticleTopic.objects.filter(topic_id__in=topic_ids, **same))
        in_places = Exists(ArticleProvince.objects.filter(province_id__in=province_ids, **same))
        shared = Case(When(in_topics, then=1), default=0) + Case(When(in_places, then=1), default=0)
        candidates = published.filter(in_topics | in_places).newest_first().values("pk")[:200]
        best = published.filter(pk__in=candidates).annotate(shared=shared).order_by("-shared", "-publish_at", "-id")
        parts.append(part(best, RELATED, related_count, shared=Case(
            When(in_topics & in_places, then=2), When(in_topics | in_places, then=1), default=0,
            output_field=IntegerField())))
    rows = list(parts[0].union(*parts[1:], all=True)) if len(parts) > 1 else list(parts[0])

    found = {}
    for row in rows:
        found.setdefault(row[1], []).append(_article(row))
    for items in found.values():
        items.sort(key=lambda a: (-a.shared, -a.publish_at.timestamp(), -a.pk))
    shown = set()

    def take(section, count):
        items = [a for a in found.get(section, []) if a.pk not in shown][:count]
        shown.update(a.pk for a in items)
        return items

    same_province, same_topic = take(PROVINCE, per_list), take(TOPIC, per_list)
    return Neighbours(
        related=found.get(RELATED, []), latest=take(LATEST, per_list),
        same_province=same_province, same_topic=same_topic,
        province=provinces[0] if provinces else None, topic=topics[0] if topics else None,
    )


def _article(row):
    values = dict(zip(COLUMNS, row, strict=True))
    article = Article(pk=values["pk"], title=values["title"], slug=values["slug"], publish_at=values["publish_at"],
                      lead=values["lead"])
    article.shared = values["shared"]
    # What article_card reads: the featured photo's file (its renditions are found by name).
    article.featured_photos = [_featured_photo(values["photo"])] if values["photo"] else []
    return article


def _featured_photo(name):
    """A Photo that knows only its file name. Set past the field's descriptor: ``Photo(image=name)`` without width
    and height makes Django's ImageField open the file to measure it (about 30 file reads per article page,
    8 % of its time in the benchmark's profile), and cards take their sizes from the renditions instead."""
    photo = Photo(is_featured=True)
    photo.__dict__[Photo._meta.get_field("image").attname] = name
    return photo
