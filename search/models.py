from django.db import models
from django.utils.translation import gettext_lazy as _


class Abbreviation(models.Model):
    """An abbreviation an article defined ("Ủy ban Dân tộc (UBDT)"), folded: see ``search.abbreviations``."""

    short = models.CharField(_("viết tắt"), max_length=10, db_index=True)
    spelled = models.CharField(_("viết đầy đủ"), max_length=200, db_index=True)
    printed = models.CharField(_("như bài đã viết"), max_length=250, blank=True)
    learned_at = models.DateTimeField(_("học được lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("chữ viết tắt đã học")
        verbose_name_plural = _("chữ viết tắt đã học")
        ordering = ["short", "spelled"]
        constraints = [models.UniqueConstraint(fields=["short", "spelled"], name="search_abbreviation_unique")]

    def __str__(self):
        return self.printed or f"{self.short.upper()} = {self.spelled}"
