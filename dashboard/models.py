"""What finished days already know: the dashboard's figures per day, kept so a year is read, not recomputed.

A day in Vietnam time that has ended changes only when something is written late for it (an import with its
history, an old article re-tagged or withdrawn). Database triggers (migration 0001) catch every such write,
whoever makes it (the admin, the workflow services, their bulk paths' raw SQL, COPY): they raise the day's
``generation`` and empty its figures; the next dashboard request computes the day again
(``dashboard.stats.days``). The current day is never stored: it is counted live.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DayFigures(models.Model):
    day = models.DateField(_("ngày"), primary_key=True)
    # Raised by the triggers on every late write for the day; figures are stored only if it has not moved
    # while they were being computed (dashboard.stats.days.fill), so a concurrent import never leaves stale ones.
    generation = models.BigIntegerField(_("thế hệ"), default=0)
    # The groupings the figures were computed under (merged provinces, desks' scopes): when either changes,
    # the day is computed again.
    signature = models.CharField(_("chữ ký cách nhóm"), max_length=64, blank=True)
    published = models.IntegerField(_("số tin xuất bản"), null=True)
    # {"p": {province id: articles}, "u": {merged unit id: distinct articles}, "t": {topic id: articles},
    #  "o": {official id: articles}}
    coverage = models.JSONField(_("độ phủ"), null=True)
    # The day's decisions by group, "" for all of them and a desk's id for its own:
    # {group: [decisions, returned, [article ids], [waits in microseconds of those with a submission on record]]}.
    decisions = models.JSONField(_("quyết định"), null=True)
    computed_at = models.DateTimeField(_("tính lúc"), null=True)

    class Meta:
        verbose_name = _("số liệu một ngày")
        verbose_name_plural = _("số liệu từng ngày")

    def __str__(self):
        return f"{self.day:%d/%m/%Y}"
