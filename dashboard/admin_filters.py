"""Article changelist filters behind the dashboard's moderation links.

Django admin refuses lookups that cross two relations (``transitions__created_at``) unless a list filter
owns them, so "articles decided in this week" and "articles on this desk" are list filters. Both are also
useful on their own to moderators.
"""

import datetime
from collections import defaultdict

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from core.params import MAX_YEAR, MIN_YEAR, parse_int, parse_iso_date_range
from dashboard.periods import VN_TZ, vn_midnight, vn_today
from places.models import predecessor_ids
from workflow.models import Desk, Transition
from workflow.models.transitions import Action

# A moderator's decision on something submitted: a new article, or a change to a live one.
DECISION_ACTIONS = [Action.PUBLISH, Action.SCHEDULE, Action.RETURN, Action.APPROVE_CHANGE, Action.REJECT_CHANGE]
RETURNED_ACTIONS = [Action.RETURN, Action.REJECT_CHANGE]
WEEKS_OFFERED = 8


def refuse(request, message):
    """Leave the change list through Django's own path for bad lookups (a redirect to the unfiltered list)
    with ``message`` shown there, instead of a 500 or a bare "?e=1"."""
    messages.error(request, message)
    raise IncorrectLookupParameters(message)


def decided_range_value(first_day, last_day):
    return f"{first_day:%Y-%m-%d}..{last_day:%Y-%m-%d}"


def decided_between(start, end):
    return Transition.objects.filter(action__in=DECISION_ACTIONS, created_at__gte=start, created_at__lt=end)


class DecidedFilter(admin.SimpleListFilter):
    """Articles with a moderator's decision between two days (inclusive, Vietnam time)."""

    title = _("được quyết định trong")
    parameter_name = "quyet_dinh"

    def lookups(self, request, model_admin):
        today = vn_today(datetime.datetime.now(tz=VN_TZ))
        monday = today - datetime.timedelta(days=today.weekday())
        weeks = [monday - datetime.timedelta(weeks=n) for n in range(WEEKS_OFFERED)]
        return [
            (decided_range_value(week, week + datetime.timedelta(days=6)), _("Tuần từ %(day)s") % {"day": f"{week:%d/%m/%Y}"})
            for week in weeks
        ]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        days = parse_iso_date_range(self.value())
        if days is None:
            refuse(request, _("Khoảng ngày của bộ lọc “được quyết định trong” không hợp lệ (cần dạng "
                              "2025-11-10..2025-11-16, năm từ %(min)s đến %(max)s): bộ lọc đã được bỏ.")
                   % {"min": MIN_YEAR, "max": MAX_YEAR})
        first, last = days
        decided = decided_between(vn_midnight(first), vn_midnight(last + datetime.timedelta(days=1)))
        return queryset.filter(pk__in=decided.values("article_id"))


def desks_with_scopes(desk_ids=None):
    """([(desk id, name)] by name, {desk id: (province ids, topic ids)}), sub-topics included, as
    workflow.selectors matches desks: one query, whatever the number of desks.

    The LEFT JOINs give a desk's provinces × topics × sub-topics rows: a few hundred at most for desks
    people set up by hand, and it saves the dashboard three round trips.
    """
    desks = Desk.objects.order_by("name", "pk")
    if desk_ids is not None:
        desks = desks.filter(pk__in=desk_ids)
    scopes = defaultdict(lambda: (set(), set()))
    names = {}
    rows = desks.values_list("pk", "name", "provinces__id", "topics__id", "topics__children__id", "include_former_units")
    widening = set()
    for desk_id, name, province_id, topic_id, child_id, include_former in rows:
        names[desk_id] = name
        scope = scopes[desk_id]
        if province_id is not None:
            scope[0].add(province_id)
        scope[1].update(i for i in (topic_id, child_id) if i is not None)
        if include_former:
            widening.add(desk_id)
    for desk_id in widening:  # a desk that includes former units counts the units merged into its provinces
        scopes[desk_id][0].update(predecessor_ids(scopes[desk_id][0]))
    return list(names.items()), scopes


def desk_scopes(desk_ids=None):
    """{desk id: (province ids, topic ids)}, sub-topics included."""
    return desks_with_scopes(desk_ids)[1]


def desk_articles_q(scope, field="pk"):
    """The article named by ``field`` is in one of the scope's provinces or topics.

    Two EXISTS probes on the (article, province) and (article, topic) unique indexes: cheap per row, and
    no OR across joins that would multiply rows.
    """
    province_ids, topic_ids = scope
    tagged_province = Article.provinces.through.objects.filter(article_id=OuterRef(field), province_id__in=province_ids)
    tagged_topic = Article.topics.through.objects.filter(article_id=OuterRef(field), topic_id__in=topic_ids)
    return Q(Exists(tagged_province)) | Q(Exists(tagged_topic))


class DeskFilter(admin.SimpleListFilter):
    title = _("ban kiểm duyệt")
    parameter_name = "ban"

    def lookups(self, request, model_admin):
        return [(str(desk.pk), desk.name) for desk in Desk.objects.all()]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        desk_id = parse_int(self.value())
        if desk_id is None:
            refuse(request, _("Ban kiểm duyệt không hợp lệ: bộ lọc đã được bỏ."))
        return queryset.filter(desk_articles_q(desk_scopes([desk_id])[desk_id]))
