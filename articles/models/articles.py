from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models, router
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.indexing import search_vector_for
from articles.models.photos import Photo
from articles.models.topics import Topic
from core.html import html_to_text, sanitize_html
from core.models import NormalisedTextModel, TimeStampedModel, unique_slug
from core.text import fold
from core.urls_by_slug import slug_url
from places.models import Province


class Status(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    SUBMITTED = "submitted", _("Chờ duyệt")
    PUBLISHED = "published", _("Đã xuất bản")
    WITHDRAWN = "withdrawn", _("Đã gỡ")


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """The one rule for what the public may see: published, and its publish time has passed.

        Scheduling needs no job: an article published for 08:00 appears at 08:00.
        """
        return self.filter(status=Status.PUBLISHED, publish_at__lte=now or timezone.now())

    def scheduled(self, now=None):
        return self.filter(status=Status.PUBLISHED, publish_at__gt=now or timezone.now())

    def for_cards(self, *, places=True, body=False):
        """What an article card shows (headline, lead, date, places, featured photo), in two extra queries.

        The one card prefetch of every list, the home page and the related articles (``places=False``: those
        cards show no places). ``body=True`` keeps the body, for cards whose snippet is cut from it (search).
        """
        prefetches = [models.Prefetch("photos", queryset=Photo.objects.filter(is_featured=True), to_attr="featured_photos")]
        if places:
            prefetches.append(models.Prefetch("provinces", queryset=Province.objects.only("id", "name", "slug", "valid_to")))
        deferred = ("search_text", "search_vector") if body else ("body", "search_text", "search_vector")
        return self.defer(*deferred).prefetch_related(*prefetches)

    def in_province(self, province, *, include_former=False):
        """Articles filed under a province; with ``include_former``, also under the units it was formed from.

        The units go in as a subquery, so the rule costs no query of its own.
        """
        if not include_former:
            return self.filter(provinces=province)
        return self.in_provinces(Province.objects.filter(Q(pk=province.pk) | Q(successor=province)).values("pk"))

    def in_topic_tree(self, topic):
        """Articles on a topic or on one of its sub-topics: a parent topic's coverage includes its children's."""
        return self.in_topics(Topic.objects.trees([topic.pk]).values("pk"))

    # A subquery on the link table instead of a join + DISTINCT: DISTINCT over whole article rows is what
    # made topic lists slow at 100,000 articles (bench/README.md).
    def in_provinces(self, provinces):
        return self.filter(pk__in=Article.provinces.through.objects.filter(province__in=provinces).values("article_id"))

    def in_topics(self, topics):
        return self.filter(pk__in=Article.topics.through.objects.filter(topic__in=topics).values("article_id"))

    def newest_first(self):
        return self.order_by("-publish_at", "-id")


class Article(TimeStampedModel):
    title = models.CharField(_("tiêu đề"), max_length=300)
    slug = models.SlugField(
        _("đường dẫn"), max_length=255, unique=True, blank=True,
        help_text=_("Tạo tự động từ tiêu đề, không dấu. Không nên đổi sau khi đã xuất bản."),
    )
    lead = models.TextField(_("sa-pô"), blank=True, help_text=_("Đoạn mở đầu in đậm, tóm tắt tin."))
    body = models.TextField(
        _("nội dung"), blank=True,
        help_text=_("Đoạn văn cách nhau bằng một dòng trống, hoặc HTML đơn giản. Mã độc hại được loại bỏ khi lưu."),
    )
    event_date = models.DateField(_("ngày diễn ra sự kiện"), null=True, blank=True)
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.DRAFT, editable=False)
    publish_at = models.DateTimeField(
        _("thời điểm xuất bản"), null=True, blank=True, editable=False,
        help_text=_("Bài chỉ hiện với bạn đọc từ thời điểm này."),
    )
    first_published_at = models.DateTimeField(_("xuất bản lần đầu"), null=True, blank=True, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người viết"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="articles_written", editable=False,
    )
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người sửa cuối"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", editable=False,
    )
    byline = models.CharField(_("bút danh / tác giả"), max_length=200, blank=True, help_text=_("Tên hiển thị cuối bài."))
    source = models.CharField(_("nguồn"), max_length=200, blank=True, help_text=_("Ví dụ: Ban Tuyên giáo Tỉnh ủy Kiên Giang."))
    provinces = models.ManyToManyField(
        "places.Province", verbose_name=_("tỉnh, thành phố"), through="articles.ArticleProvince", related_name="articles",
    )
    topics = models.ManyToManyField(
        "articles.Topic", verbose_name=_("chủ đề"), through="articles.ArticleTopic", related_name="articles",
    )
    officials = models.ManyToManyField(
        "people.Official", verbose_name=_("nhân vật được nhắc đến"), through="articles.Mention",
        related_name="articles", blank=True,
    )
    documents = models.ManyToManyField(
        "articles.Document", verbose_name=_("văn bản được trích dẫn"), related_name="articles", blank=True,
    )
    version = models.PositiveIntegerField(_("phiên bản"), default=1, editable=False)
    content_hash = models.CharField(_("mã băm nội dung nhập"), max_length=64, blank=True, editable=False, db_index=True)
    import_path = models.CharField(_("tệp nguồn khi nhập"), max_length=500, blank=True, editable=False)
    # Derived, never edited: the search app computes both through articles.indexing (folded text on SQLite,
    # weighted words and word pairs on PostgreSQL); the columns and their index belong here.
    search_text = models.TextField(editable=False, blank=True)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("tin bài")
        verbose_name_plural = _("tin bài")
        ordering = ["-publish_at", "-id"]
        get_latest_by = "publish_at"
        indexes = [
            models.Index(fields=["status", "-publish_at"], name="article_status_publish_idx"),
            models.Index(fields=["-publish_at", "-id"], name="article_publish_idx"),
            models.Index(fields=["-updated_at"], name="article_updated_idx"),
            # Public lists newest first without visiting the table; the sitemap's deep pages skip rows inside it.
            models.Index(
                fields=["-publish_at", "-id"], include=["slug", "updated_at"], condition=Q(status=Status.PUBLISHED),
                name="perf_article_published_order",
            ),
            # Full-text matching (PostgreSQL only: migration 0004 skips it elsewhere).
            GinIndex(fields=["search_vector"], name="article_search_vector_gin"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | Q(publish_at__isnull=False),
                name="article_published_has_publish_time",
            ),
        ]
        permissions = [
            ("submit_article", _("Có thể gửi bài chờ duyệt")),
            ("moderate_article", _("Có thể duyệt, trả lại, xuất bản và gỡ bài")),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = " ".join(self.title.split())
        self.slug = self.slug or unique_slug(Article, self.title, exclude_pk=self.pk, max_length=200)
        self.body = sanitize_html(self.body)
        self.search_text = fold(" ".join([self.title, self.lead, html_to_text(self.body)]))
        update_fields = kwargs.get("update_fields")
        vector = None
        if update_fields is None or {"title", "lead", "body"} & set(update_fields):
            vector = search_vector_for(self, using=kwargs.get("using") or router.db_for_write(Article, instance=self))
        if vector is not None:
            self.search_vector = vector
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "search_vector"}
        try:
            super().save(*args, **kwargs)
        finally:
            if vector is not None:
                # The column now holds the computed vector; reading it again loads it (a deferred field).
                self.__dict__.pop("search_vector", None)

    def get_absolute_url(self):
        return slug_url("articles:detail", self.slug)

    @property
    def is_live(self):
        return self.status == Status.PUBLISHED and self.publish_at is not None and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == Status.PUBLISHED and self.publish_at is not None and self.publish_at > timezone.now()

    @property
    def featured_photo(self):
        featured = getattr(self, "featured_photos", None)
        if featured is not None:
            return featured[0] if featured else None
        photos = list(self.photos.all())
        return next((p for p in photos if p.is_featured), photos[0] if photos else None)

    @property
    def body_text(self):
        return html_to_text(self.body)


class Mention(NormalisedTextModel):
    """An official named in an article, with the title exactly as printed that day."""

    article = models.ForeignKey(Article, verbose_name=_("tin bài"), on_delete=models.CASCADE, related_name="mentions")
    official = models.ForeignKey("people.Official", verbose_name=_("nhân vật"), on_delete=models.PROTECT, related_name="mentions")
    title_as_printed = models.CharField(
        _("chức danh khi đưa tin"), max_length=500, blank=True,
        help_text=_("Ghi đúng như trong bài, ví dụ “Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương”."),
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("nhân vật được nhắc đến")
        verbose_name_plural = _("nhân vật được nhắc đến")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "official"], name="mention_unique_official_per_article"),
        ]
        indexes = [
            # An official's articles from the index alone.
            models.Index(fields=["official", "article"], name="perf_mention_by_official"),
        ]

    def __str__(self):
        return f"{self.official}, {self.title_as_printed}" if self.title_as_printed else str(self.official)

