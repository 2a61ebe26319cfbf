"""What the importer remembers between runs: one row per run and one per file it looked at.

Article.content_hash answers "have we seen exactly this content?". The records answer the other two
questions a re-run asks, "which article came from this path?" and "which article had this headline?",
through indexed lookups, so a large import never scans the articles table once per file.
"""

from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportRun(models.Model):
    started_at = models.DateTimeField(_("bắt đầu lúc"), auto_now_add=True)
    finished_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người nhập"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    source = models.CharField(_("nguồn"), max_length=200, blank=True)
    paths = models.TextField(_("đường dẫn"), blank=True, help_text=_("Các tệp, thư mục đã chỉ định, mỗi dòng một mục."))
    created = models.PositiveIntegerField(_("tạo mới"), default=0)
    updated = models.PositiveIntegerField(_("cập nhật"), default=0)
    unchanged = models.PositiveIntegerField(_("không đổi"), default=0)
    failed = models.PositiveIntegerField(_("lỗi"), default=0)
    # An upload from the admin is imported a few files per request (there is no task queue): the files wait in
    # a private folder, listed here in order, and ``position`` says how many are done.
    files = models.JSONField(
        _("tệp chờ nhập"), default=list, blank=True,
        help_text=_("Các tệp của lần tải lên, theo thứ tự nhập (tên tương đối trong thư mục riêng)."),
    )
    position = models.PositiveIntegerField(_("số tệp đã xử lý"), default=0)
    year = models.PositiveIntegerField(
        _("năm"), null=True, blank=True, help_text=_("Năm của ngày sự kiện khi bài chỉ ghi ngày/tháng."),
    )

    class Meta:
        verbose_name = _("lần nhập bài")
        verbose_name_plural = _("các lần nhập bài")
        ordering = ["-started_at", "-id"]

    def __str__(self):
        return f"{self.started_at:%d/%m/%Y %H:%M} – {self.source or '—'}"

    @property
    def is_finished(self):
        return self.finished_at is not None


class ImportRecord(models.Model):
    class Outcome(models.TextChoices):
        CREATED = "created", _("tạo mới")
        UPDATED = "updated", _("cập nhật")
        UNCHANGED = "unchanged", _("không đổi")
        FAILED = "failed", _("lỗi")

    run = models.ForeignKey(ImportRun, verbose_name=_("lần nhập"), on_delete=models.CASCADE, related_name="records")
    path = models.CharField(_("tệp nguồn"), max_length=500)
    line = models.PositiveIntegerField(_("dòng"), null=True, blank=True, help_text=_("Số dòng trong tệp JSON Lines."))
    content_hash = models.CharField(_("mã băm nội dung"), max_length=64, blank=True)
    headline_key = models.CharField(_("tiêu đề (dạng so khớp)"), max_length=300, blank=True)
    article = models.ForeignKey(
        "articles.Article", verbose_name=_("tin bài"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="import_records",
    )
    outcome = models.CharField(_("kết quả"), max_length=10, choices=Outcome.choices)
    message = models.TextField(_("ghi chú"), blank=True)
    notes = models.JSONField(
        _("ghi chú nhận diện"), default=list, blank=True,
        help_text=_("Tên tỉnh cũ đã quy đổi, nhân vật trùng tên chưa gắn, ảnh hỏng…"),
    )
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)
    # Notes stay at the top of the article's change form until a moderator has dealt with them.
    handled_at = models.DateTimeField(
        _("đã xử lý ghi chú lúc"), null=True, blank=True,
        help_text=_("Khi kiểm duyệt viên bấm “Đã xử lý” cho các ghi chú nhập bài của tin bài."),
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người xử lý ghi chú"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = _("tệp đã nhập")
        verbose_name_plural = _("các tệp đã nhập")
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["path"], name="importrecord_path_idx"),
            models.Index(fields=["content_hash"], name="importrecord_hash_idx"),
            models.Index(fields=["headline_key"], name="importrecord_headline_idx"),
        ]

    def __str__(self):
        return f"{self.path}: {self.get_outcome_display()}"

    @property
    def file_name(self):
        """The file's own name, without the folder it was imported from."""
        return PurePath(self.path).name
