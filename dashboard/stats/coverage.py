"""Coverage counts: what was published, where, on what and about whom. Every count is one aggregate query."""

import datetime
from collections import defaultdict

from django.db.models import Case, Count, F, IntegerField, Value, When
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _

from articles.models import Article, Mention, Topic
from dashboard.links import published_between
from dashboard.periods import VN_TZ, cap, month_start, vn_midnight, vn_today
from dashboard.stats.base import Chart, Row
from people.models import Official
from places.models import Province

MONTHS_SHOWN = 12
TOP_OFFICIALS = 10


def published_in(period):
    return Article.objects.published(now=period.now).filter(publish_at__gte=period.start, publish_at__lt=period.end)


def province_units():
    """(current units in name order, {current id: [its id and every predecessor's id]}).

    A former unit may have merged into a unit that itself merged later (Thừa Thiên Huế became
    Huế, a city), so each unit is followed to the end of its successor chain.
    """
    provinces = list(Province.objects.only("id", "name", "slug", "valid_to", "successor_id", "sort_name").order_by("sort_name"))
    by_id = {p.id: p for p in provinces}

    def current_id(p):
        seen = set()
        while p.successor_id and p.id not in seen and p.successor_id in by_id:
            seen.add(p.id)
            p = by_id[p.successor_id]
        return p.id

    members = defaultdict(list)
    for p in provinces:
        members[current_id(p)].append(p.id)
    current = [p for p in provinces if p.valid_to is None]
    return current, members, by_id


def coverage_by_province(period, *, split=False, figures=None):
    """``figures``: the stored days (days.PeriodFigures) to sum instead of counting live."""
    current, members, by_id = figures.units if figures is not None else province_units()
    links = Article.provinces.through.objects.filter(article__in=published_in(period).values("pk"))
    if figures is not None:
        counts = figures.province_counts(period, split=split)
    elif split:
        counts = dict(links.order_by().values("province_id").annotate(n=Count("article_id")).values_list("province_id", "n"))
    else:
        unit = Case(
            *[When(province_id__in=ids, then=Value(uid)) for uid, ids in members.items() if len(ids) > 1],
            default=F("province_id"), output_field=IntegerField(),
        )
        counts = dict(
            links.order_by().annotate(unit=unit).values("unit")
            .annotate(n=Count("article_id", distinct=True)).values_list("unit", "n")
        )
    rows = []
    for unit in current:
        ids = members[unit.id]
        if split:
            rows.append(_province_row(period, unit, [unit.id], counts.get(unit.id, 0)))
            former = sorted((by_id[i] for i in ids if i != unit.id), key=lambda p: p.sort_name)
            rows += [_province_row(period, p, [p.id], counts.get(p.id, 0), level=1) for p in former]
        else:
            rows.append(_province_row(period, unit, ids, counts.get(unit.id, 0)))
    description = _(
        "Số tin bài đã xuất bản từ %(period)s theo %(n)s tỉnh, thành phố hiện nay%(how)s. Tỉnh chưa có tin hiển thị số 0."
    ) % {
        "period": period.label, "n": len(current),
        "how": _(", mỗi tỉnh cũ hiện riêng dưới đơn vị kế thừa") if split else _(", tin của tỉnh cũ được tính vào đơn vị kế thừa"),
    }
    return Chart(
        slug="tinh-thanh", title=_("Tin bài theo tỉnh, thành phố"), description=description, rows=rows,
        value_label=_("Số tin bài"), label_heading=_("Tỉnh, thành phố"), unit=_("tin"),
    )


def _province_row(period, province, ids, value, level=0):
    label = str(province) if level else province.name
    return Row(
        key=province.slug, label=label, value=value, level=level,
        url=published_between(period.start, period.end, provinces__id__in=ids),
    )


def coverage_by_topic(period, *, figures=None):
    topics = list(Topic.objects.only("id", "name", "slug", "parent_id", "position", "sort_name").order_by("position", "sort_name"))
    if figures is not None:
        counts = figures.coverage_counts(period, "t")
    else:
        counts = dict(
            Article.topics.through.objects.filter(article__in=published_in(period).values("pk"))
            .order_by().values("topic_id").annotate(n=Count("article_id")).values_list("topic_id", "n")
        )
    children = defaultdict(list)
    for t in topics:
        children[t.parent_id].append(t)
    rows = []
    for parent in children[None]:
        for t, level in [(parent, 0)] + [(child, 1) for child in children[parent.id]]:
            rows.append(Row(
                key=t.slug, label=t.name, value=counts.get(t.id, 0), level=level,
                url=published_between(period.start, period.end, topics__id__in=[t.id]),
            ))
    return Chart(
        slug="chu-de", title=_("Tin bài theo chủ đề"),
        description=_("Số tin bài đã xuất bản từ %(period)s gắn với từng chủ đề; chủ đề con thụt vào dưới chủ đề cha.")
        % {"period": period.label},
        rows=rows, value_label=_("Số tin bài"), label_heading=_("Chủ đề"), unit=_("tin"),
    )


def coverage_by_month(now, months=MONTHS_SHOWN, *, figures=None):
    """Published articles per calendar month in Vietnam time, the current month included (to date)."""
    today = vn_today(now)
    firsts = [month_start(today, back) for back in range(months - 1, -1, -1)]
    end = cap(now)
    counts = {}
    per_month = [] if figures is not None else (
        Article.objects.published(now=now).filter(publish_at__gte=vn_midnight(firsts[0]), publish_at__lt=end)
        .annotate(month=TruncMonth("publish_at", tzinfo=VN_TZ)).order_by().values("month")
        .annotate(n=Count("id")).values_list("month", "n")
    )
    for month, n in per_month:
        month = month.astimezone(VN_TZ) if isinstance(month, datetime.datetime) else month
        counts[(month.year, month.month)] = n
    if figures is not None:
        counts = figures.month_counts(now)
    rows = []
    for i, first in enumerate(firsts):
        upper = vn_midnight(firsts[i + 1]) if i + 1 < len(firsts) else end
        rows.append(Row(
            key=f"{first:%Y-%m}", label=f"{first:%m/%Y}", value=counts.get((first.year, first.month), 0),
            url=published_between(vn_midnight(first), min(upper, end)),
        ))
    return Chart(
        slug="theo-thang", kind="line", title=_("Tin bài theo tháng"),
        description=_("Số tin bài đã xuất bản mỗi tháng trong %(n)s tháng gần nhất, tính theo giờ Việt Nam; tháng này tính đến hôm nay.")
        % {"n": months},
        rows=rows, value_label=_("Số tin bài"), label_heading=_("Tháng"), unit=_("tin"),
    )


def top_officials(period, limit=TOP_OFFICIALS, *, figures=None):
    if figures is not None:
        ranked = _top_of(figures.coverage_counts(period, "o"), limit)
    else:
        ranked = (
            Mention.objects.filter(article__in=published_in(period).values("pk"))
            .values("official_id", "official__full_name", "official__slug")
            .annotate(n=Count("article_id", distinct=True)).order_by("-n", "official__sort_name")
            .values_list("official_id", "official__full_name", "official__slug", "n")[:limit]
        )
    rows = [
        Row(
            key=slug, label=name, value=n,
            url=published_between(period.start, period.end, officials__id__exact=oid),
            extra={"public_url": Official(slug=slug).get_absolute_url()},
        )
        for oid, name, slug, n in ranked
    ]
    return Chart(
        slug="nhan-vat", title=_("%(n)s nhân vật được nhắc đến nhiều nhất") % {"n": limit},
        description=_("Số tin bài đã xuất bản từ %(period)s có nhắc đến từng nhân vật.") % {"period": period.label},
        rows=rows, value_label=_("Số tin bài"), label_heading=_("Nhân vật"), unit=_("tin"),
        empty_message=_("Chưa có tin bài nào nhắc đến nhân vật trong khoảng thời gian này."),
        csv_columns=[("public_url", _("Trang công khai"))],
    )


def _top_of(counts, limit):
    """The live ranking (most articles, then the official's sort name) of summed counts: names are read only for
    the officials that can still make the list, those with at least the limit-th largest count."""
    counts = {pk: n for pk, n in counts.items() if n}
    if not counts:
        return []
    threshold = sorted(counts.values(), reverse=True)[min(limit, len(counts)) - 1]
    candidates = Official.objects.filter(pk__in=[pk for pk, n in counts.items() if n >= threshold])
    rows = candidates.values_list("pk", "full_name", "slug", "sort_name")
    ranked = sorted(rows, key=lambda row: (-counts[row[0]], row[3]))[:limit]
    return [(pk, name, slug, counts[pk]) for pk, name, slug, _sort_name in ranked]
