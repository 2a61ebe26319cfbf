"""The dashboard's figures from what finished days already know (``dashboard.models.DayFigures``), plus today live.

Every chart of a period is a sum over its days: an article is published on one day, a decision is taken on one
day. So each finished day (Vietnam time) is computed once, with the same queries as the live charts restricted to
that day, and kept; a request reads the stored days of the range it shows, fills any that are missing or were
made stale (``fill``), and counts today live. What is kept per day, and why the sums are exact:

- counts per province, per merged unit (distinct articles: one tagged with a former unit and its successor counts
  once), per topic and per official: an article belongs to one day, so distinct counts add up across days;
- the decisions, all of them and each desk's: how many, how many returned, the ids of the articles decided and
  every wait in microseconds. Distinct articles decided in a week or per desk are unions of those ids, and the
  median and 90th percentile are taken over the period's waits themselves, sorted, with PERCENTILE_CONT's
  interpolation (``percentiles.percentile_cont``). So every figure is exact: no histogram, no median of medians
  (a year is about 20,000 waits, a few milliseconds to sort). The waits are whole microseconds, as the timestamps.

Which days are stale is the triggers' business (migration 0001): a late write for a finished day raises its
generation. ``fill`` stores a day's figures only if its generation is the one read before computing them, under a
row lock taken without waiting, so an import committing meanwhile leaves the day to be computed again.
"""

import datetime
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db import DatabaseError, connections, router, transaction
from django.db.models import Case, JSONField, Q, When
from django.utils import timezone

from articles.models import Article, ArticleProvince, ArticleTopic, Mention
from dashboard.admin_filters import RETURNED_ACTIONS, desks_with_scopes
from dashboard.models import DayFigures
from dashboard.periods import VN_TZ, cap, month_start, vn_midnight, vn_today
from dashboard.stats.moderation import decisions_with_wait
from dashboard.stats.percentiles import percentile_cont

# Part of every signature: a change in what is stored per day makes every stored day be computed again.
FORMAT = 2
# Missing days closer than this are computed together: one range query instead of one per day.
RUN_GAP_DAYS = 14
MONTHS_SHOWN = 12
WEEKS_SHOWN = 12
MICROSECOND = datetime.timedelta(microseconds=1)
# A day is stored once it has been over for this long; until then it is counted live. A transaction that wrote a
# line just before midnight and commits just after (the triggers saw a day that was still today) is not missed.
SETTLE = datetime.timedelta(hours=1)
# Up to this many article ids are passed to the link queries as lists rather than subqueries.
MAX_LISTED_IDS = 2000


def signature(members, desks, scopes):
    """A short hash of the groupings the stored figures depend on: merged units and desks' scopes."""
    merged = sorted((uid, sorted(ids)) for uid, ids in members.items() if len(ids) > 1)
    desk_scopes = [(pk, sorted(scopes[pk][0]), sorted(scopes[pk][1])) for pk, _name in desks]
    return hashlib.sha1(json.dumps([FORMAT, merged, desk_scopes]).encode()).hexdigest()


def _alias():
    # The figures are written, and what they are computed from must be what the triggers watch: the primary.
    return router.db_for_write(DayFigures)


def _day(value):
    return value.astimezone(VN_TZ).date() if isinstance(value, datetime.datetime) else value


def _empty():
    return {"published": 0, "coverage": {"p": {}, "u": {}, "t": {}, "o": {}}, "decisions": {}}


def compute(start, end, *, now, members, desks, scopes):
    """{day: {"published", "coverage", "decisions"}} for every Vietnam day meeting [start, end), as live.

    What the live charts count (coverage.py, moderation.py), per day.
    """
    using = _alias()
    days = {}
    first, last = _day(start), _day(end - MICROSECOND)
    day = first
    while day <= last:
        days[day] = _empty()
        day += datetime.timedelta(days=1)
    published = Article.objects.using(using).published(now=now).filter(publish_at__gte=start, publish_at__lt=end)
    # Plain rows grouped here rather than GROUP BY in the database: for one day (the live part of every request)
    # a handful of simple index look-ups cost less than the grouped queries with a CASE per merged unit.
    day_of = {pk: _day(at) for pk, at in published.values_list("pk", "publish_at")}
    for day in day_of.values():
        days[day]["published"] += 1
    unit_of = {pid: uid for uid, ids in members.items() if len(ids) > 1 for pid in ids}
    decided = decisions_with_wait(start, end).using(using)
    rows = list(decided.order_by("created_at", "id").values_list("created_at", "article_id", "action", "wait"))
    decided_ids = {article_id for _at, article_id, _action, _wait in rows}
    # One query per link table serves both the coverage (every link of a published article) and the desks (the
    # links of a decided article to a desk's provinces or topics).
    on_desks = defaultdict(set)
    units = defaultdict(set)
    for model, field, key, index in ((ArticleProvince, "province_id", "p", 0), (ArticleTopic, "topic_id", "t", 1),
                                     (Mention, "official_id", "o", None)):
        wanted = set().union(*(scopes[pk][index] for pk, _name in desks)) if index is not None and rows else set()
        # A day's few ids go as lists: an OR of two subqueries would have the planner scan the whole link table.
        # A range's tens of thousands go as subqueries, where a scan is the right plan anyway.
        # An empty list would skip the query; 0 (no article's id) keeps the number of queries the same whatever
        # the data, as the dashboard promises (tests/dashboard/test_views.py).
        small = len(day_of) + len(decided_ids) <= MAX_LISTED_IDS
        links = Q(article_id__in=(sorted(day_of) or [0]) if small else published.values("pk"))
        if wanted:
            links |= Q(article_id__in=(sorted(decided_ids) or [0]) if small else decided.values("article_id"),
                       **{f"{field}__in": wanted})
        counts = defaultdict(set)
        for article_id, pk in model.objects.using(using).filter(links).values_list("article_id", field):
            if article_id in decided_ids and pk in wanted:
                on_desks[article_id].update(str(desk) for desk, _name in desks if pk in scopes[desk][index])
            day = day_of.get(article_id)
            if day is None:  # a decided article's link, or an article published after day_of was read
                continue
            counts[day, pk].add(article_id)
            if key == "p" and pk in unit_of:
                units[day, unit_of[pk]].add(article_id)
        for (day, pk), articles in counts.items():
            days[day]["coverage"][key][str(pk)] = len(articles)
    for (day, uid), articles in units.items():
        days[day]["coverage"]["u"][str(uid)] = len(articles)
    # Each day's decisions in groups: every decision (key ""), and each desk's (key: the desk id).
    for created_at, article_id, action, wait in rows:
        groups = days[_day(created_at)]["decisions"]
        returned = int(action in RETURNED_ACTIONS)
        for key in ("", *on_desks.get(article_id, ())):
            # [decisions, returned, article ids, waits in microseconds (decisions with a submission on record)]
            group = groups.setdefault(key, [0, 0, [], []])
            group[0] += 1
            group[1] += returned
            group[2].append(article_id)
            if wait is not None:
                group[3].append(wait // MICROSECOND)
    return days


def _runs(days):
    runs = []
    for day in sorted(days):
        if runs and (day - runs[-1][1]).days <= RUN_GAP_DAYS:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return runs


def _set_lock_timeout(using, value):
    if connections[using].vendor == "postgresql":
        with connections[using].cursor() as cursor:
            cursor.execute("SELECT set_config('lock_timeout', %s, true)", [value])


def fill(missing, generations, *, now, members, desks, scopes, sign):
    """Compute the ``missing`` finished days and store those whose generation has not moved; return them all.

    ``generations``: {day: generation read before computing} for the days that have a row. Rows are created
    first (ON CONFLICT DO NOTHING: two requests filling the same day agree), and written under a lock taken
    without waiting: a day an import is rewriting keeps its row locked until it commits, and is skipped here.
    """
    using = _alias()
    computed = {}
    for first, last in _runs(missing):
        found = compute(vn_midnight(first), vn_midnight(last + datetime.timedelta(days=1)),
                        now=now, members=members, desks=desks, scopes=scopes)
        computed.update({day: found[day] for day in missing if first <= day <= last})
    try:
        with transaction.atomic(using=using):
            _set_lock_timeout(using, "100ms")
            new = [day for day in missing if day not in generations]
            if new:
                DayFigures.objects.using(using).bulk_create([DayFigures(day=day) for day in new], ignore_conflicts=True)
            # A row created just now by us, or by a concurrent writer, starts at generation 0 or is raised already.
            expected = {day: generations.get(day, 0) for day in missing}
            lockable = (DayFigures.objects.using(using).select_for_update(skip_locked=True)
                        .filter(day__in=missing).values_list("day", "generation"))
            current = {day: generation for day, generation in lockable if generation == expected[day]}
            stamp = timezone.now()
            rows = [
                DayFigures(day=day, generation=expected[day], signature=sign, published=computed[day]["published"],
                           coverage=computed[day]["coverage"], decisions=computed[day]["decisions"], computed_at=stamp)
                for day in sorted(current)
            ]
            DayFigures.objects.using(using).bulk_update(
                rows, ["signature", "published", "coverage", "decisions", "computed_at"], batch_size=200)
            _set_lock_timeout(using, "0")
    except DatabaseError:
        # A lock not granted in time (an import holding the days): the figures are still right for this request.
        pass
    return computed


@dataclass
class PeriodFigures:
    """The days a dashboard request needs, stored or live, and the sums the charts are drawn from."""

    days: dict
    units: tuple
    members: dict
    desks: list
    scopes: dict

    @classmethod
    def load(cls, period):
        from dashboard.stats.coverage import province_units

        now = period.now
        today = vn_today(now)
        live_from = vn_today(now - SETTLE)
        yesterday = live_from - datetime.timedelta(days=1)
        # The period's own days, and those of the month and week charts, which always end today.
        charts_first = min(month_start(today, MONTHS_SHOWN - 1),
                           today - datetime.timedelta(days=today.weekday(), weeks=WEEKS_SHOWN - 1))
        ranges = [(period.first_day, min(period.last_day, yesterday)), (charts_first, yesterday)]
        ranges = [(first, last) for first, last in ranges if first <= last]
        units = province_units()
        members = units[1]
        desks, scopes = desks_with_scopes()
        sign = signature(members, desks, scopes)
        days, generations, wanted = {}, {}, set()
        if ranges:
            within = Q()
            for first, last in ranges:
                within |= Q(day__gte=first, day__lte=last)
                wanted.update(first + datetime.timedelta(days=n) for n in range((last - first).days + 1))
            # Outside the period, the month chart needs only the number published and the week chart only the
            # decisions: the rest is not read (decoding a year of JSON is most of the cost of reading it).
            in_period = Q(day__gte=period.first_day, day__lte=period.last_day)
            weeks_first = today - datetime.timedelta(days=today.weekday(), weeks=WEEKS_SHOWN - 1)
            stored = DayFigures.objects.using(_alias()).filter(within).annotate(
                period_coverage=Case(When(in_period, then="coverage"), output_field=JSONField()),
                period_decisions=Case(When(in_period | Q(day__gte=weeks_first), then="decisions"),
                                      output_field=JSONField()),
            ).values_list("day", "generation", "signature", "published", "period_coverage", "period_decisions")
            for day, generation, sign_stored, published, coverage, decisions in stored:
                generations[day] = generation
                if published is not None and sign_stored == sign:
                    days[day] = {"published": published, "coverage": coverage, "decisions": decisions}
            missing = wanted - set(days)
            if missing:
                days.update(fill(missing, generations, now=now, members=members, desks=desks, scopes=scopes,
                                 sign=sign))
        end = cap(now)
        if vn_midnight(live_from) < end:
            days.update(compute(vn_midnight(live_from), end, now=now, members=members, desks=desks, scopes=scopes))
        return cls(days, units, members, desks, scopes)

    def _between(self, first, last):
        return [figures for day, figures in self.days.items() if first <= day <= last]

    def coverage_counts(self, period, key):
        counts = Counter()
        for figures in self._between(period.first_day, period.last_day):
            counts.update(figures["coverage"][key])
        return {int(pk): n for pk, n in counts.items()}

    def province_counts(self, period, *, split):
        """{province id: articles} (split), else {current unit id: distinct articles}, as coverage_by_province counts."""
        by_province = self.coverage_counts(period, "p")
        if split:
            return by_province
        units = self.coverage_counts(period, "u")
        return {uid: units.get(uid, 0) if len(ids) > 1 else by_province.get(uid, 0) for uid, ids in self.members.items()}

    def month_counts(self, now):
        counts = defaultdict(int)
        for day, figures in self.days.items():
            counts[(day.year, day.month)] += figures["published"]
        return counts

    def _group(self, first, last, key=""):
        """(decisions, returned, distinct articles, (median s, 90th percentile s)) of one group over the days."""
        n = returned = 0
        articles, waits = set(), []
        for figures in self._between(first, last):
            group = figures["decisions"].get(key)
            if group:
                n += group[0]
                returned += group[1]
                articles.update(group[2])
                waits += group[3]
        waits.sort()
        seconds = [wait / 1_000_000 for wait in waits]
        return n, returned, len(articles), (percentile_cont(seconds, 0.5), percentile_cont(seconds, 0.9))

    def weekly(self, mondays):
        """{monday: (median seconds, 90th percentile seconds, articles decided)}, as moderation._weekly_figures."""
        figures = {}
        for monday in mondays:
            _n, _returned, articles, (p50, p90) = self._group(monday, monday + datetime.timedelta(days=6))
            figures[monday] = (p50, p90, articles)
        return figures

    def returned(self, period):
        n, returned, _articles, _waits = self._group(period.first_day, period.last_day)
        return {"n": n, "returned": returned}

    def per_desk(self, period):
        """{desk id: ((decisions, returned, articles decided), (median s, 90th percentile s))}, as desks._desk_figures."""
        figures = {}
        for pk, _name in self.desks:
            n, returned, articles, waits = self._group(period.first_day, period.last_day, str(pk))
            figures[pk] = ((n, returned, articles), waits)
        return figures
