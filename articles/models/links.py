"""The links from an article to the provinces and topics it is filed under.

Declared rather than left to Django, so that the articles app owns everything on these two tables: the indexes
the public lists read, and the province listing column that the database keeps (migration 0003). The tables,
their columns and their unique constraints are the ones Django made for the implicit links, kept by name.

The ``perf_*`` index names date from the app that created them before the articles app took them over; another
name would mean building each index again on every existing database.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ArticleProvince(models.Model):
    """An article filed under a province, with the moment it entered that province's public list."""

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("tin bài"), on_delete=models.CASCADE, related_name="+",
    )
    province = models.ForeignKey(
        "places.Province", verbose_name=_("tỉnh, thành phố"), on_delete=models.CASCADE, related_name="+",
    )
    # Kept by PostgreSQL triggers (migration 0003), whatever writes the rows: the admin, the workflow services,
    # the importer's bulk inserts, loaddata, COPY. Django never sets it; SQLite leaves it empty.
    listed_at = models.DateTimeField(
        _("thời điểm lên danh sách của tỉnh"), null=True, blank=True, editable=False,
        help_text=_("Thời điểm xuất bản của bài khi bài đang xuất bản, để trống khi chưa; cơ sở dữ liệu tự ghi."),
    )

    class Meta:
        db_table = "articles_article_provinces"
        verbose_name = _("tỉnh của tin bài")
        verbose_name_plural = _("tỉnh của tin bài")
        # The implicit table's own constraint: unique_together gives it the name it already has in the database.
        unique_together = [("article", "province")]
        indexes = [
            # "All articles of a province", drafts included (admin filter, desks, dashboards): from the index alone.
            models.Index(fields=["province", "article"], name="perf_province_articles"),
            # A province's public list newest first, any page and its count, from the index alone
            # (articles/paginators.py: ListingPaginator).
            models.Index(
                fields=["province", "-listed_at", "-article"], condition=Q(listed_at__isnull=False),
                name="perf_province_listing",
            ),
        ]

    def __str__(self):
        return f"{self.article_id} · {self.province_id}"


class ArticleTopic(models.Model):
    """An article filed under a topic, with the moment it entered that topic's public list."""

    article = models.ForeignKey(
        "articles.Article", verbose_name=_("tin bài"), on_delete=models.CASCADE, related_name="+",
    )
    topic = models.ForeignKey(
        "articles.Topic", verbose_name=_("chủ đề"), on_delete=models.CASCADE, related_name="+",
    )
    # As ArticleProvince.listed_at, kept by the same PostgreSQL triggers (migration 0005).
    listed_at = models.DateTimeField(
        _("thời điểm lên danh sách của chủ đề"), null=True, blank=True, editable=False,
        help_text=_("Thời điểm xuất bản của bài khi bài đang xuất bản, để trống khi chưa; cơ sở dữ liệu tự ghi."),
    )

    class Meta:
        db_table = "articles_article_topics"
        verbose_name = _("chủ đề của tin bài")
        verbose_name_plural = _("chủ đề của tin bài")
        unique_together = [("article", "topic")]
        indexes = [
            models.Index(fields=["topic", "article"], name="perf_article_topics_by_topic"),
            # A topic's public list newest first, from the index alone (articles/paginators.py: ListingPaginator).
            models.Index(
                fields=["topic", "-listed_at", "-article"], condition=Q(listed_at__isnull=False),
                name="article_topic_listing",
            ),
        ]

    def __str__(self):
        return f"{self.article_id} · {self.topic_id}"
