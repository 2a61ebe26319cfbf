from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import NormalisedTextModel, unique_slug
from core.text import sort_key
from core.urls_by_slug import slug_url


class TopicQuerySet(models.QuerySet):
    def main(self):
        """Top-level topics shown as sections on the home page."""
        return self.filter(parent__isnull=True, show_on_home=True).order_by("position", "sort_name")

    def trees(self, topics):
        """The topics given (ids, or a subquery of ids) and their sub-topics.

        The one rule for "a topic and what is filed under it": a parent topic covers its sub-topics' coverage
        (its page, feed, filter and home section, and a desk that answers for it). Topics have one level of
        children, so no recursion is needed.
        """
        return self.filter(models.Q(pk__in=topics) | models.Q(parent__in=topics))

    def tree_of_slug(self, slug):
        """The topic with this slug and its sub-topics: ``trees`` of a subquery, so one query with the topic."""
        return self.trees(self.filter(slug=slug).values("pk"))


class Topic(NormalisedTextModel):
    name = models.CharField(_("tên chủ đề"), max_length=150, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=160, unique=True, blank=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("chủ đề cha"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="children", limit_choices_to={"parent__isnull": True},
        help_text=_("Chỉ một cấp: chủ đề cha không được có chủ đề cha."),
    )
    description = models.TextField(_("mô tả"), blank=True)
    keywords = models.TextField(
        _("từ khóa nhận diện"), blank=True,
        help_text=_("Mỗi dòng một từ khóa hoặc cụm từ. Khi nhập hoặc lưu bài, bài có các cụm này được gợi ý chủ đề."),
    )
    show_on_home = models.BooleanField(_("hiện trên trang chủ"), default=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=100)
    sort_name = models.CharField(max_length=400, editable=False, db_index=True)

    objects = TopicQuerySet.as_manager()

    class Meta:
        verbose_name = _("chủ đề")
        verbose_name_plural = _("chủ đề")
        ordering = ["position", "sort_name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.parent_id:
            if self.parent.parent_id:
                raise ValidationError({"parent": _("Chủ đề chỉ có một cấp: chủ đề cha này đã là chủ đề con.")})
            if self.pk and (self.parent_id == self.pk or self.children.exists()):
                raise ValidationError({"parent": _("Chủ đề đang có chủ đề con nên không thể làm chủ đề con.")})

    def save(self, *args, **kwargs):
        self.slug = self.slug or unique_slug(Topic, self.name, exclude_pk=self.pk)
        self.sort_name = sort_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("articles:topic", self.slug)

    def keyword_list(self):
        return [line.strip() for line in self.keywords.splitlines() if line.strip()]
