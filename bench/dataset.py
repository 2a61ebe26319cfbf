"""Load the benchmark dataset into PostgreSQL: 100,000 published articles, 10,000 drafts, 2,000 officials.

Deterministic: the same seed gives the same rows (publication dates are relative to the day of loading, so
"the last 48 hours" always has coverage). Rows go in through COPY, in batches, with every derived column
(slug, search_text, sort names) computed here the way the models' save() computes it, and the search vector
computed by PostgreSQL with the search module's own expression.
"""

import datetime
import io
import random
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, models, transaction
from django.utils import timezone

from bench import corpus
from core.text import fold, nfc, slugify_vi, sort_key, tone_fold

SEED = 20251128
PUBLISHED = 100_000
DRAFTS = 10_000
OFFICIALS = 2_000
TOPICS = 30
YEARS = 5
BATCH = 10_000
BENCH_ADMIN = "bench-admin"
IMAGE_COUNT = 6

EXTRA_TOPICS = [  # (name, parent name); added to the migration's starting topics until there are 30
    ("Công tác dân vận", None), ("Khoa giáo", None), ("Báo chí, xuất bản", "Tuyên truyền, giáo dục"),
    ("Thông tin cơ sở", "Tuyên truyền, giáo dục"), ("Dư luận xã hội", "Tuyên truyền, giáo dục"),
    ("Nông nghiệp, nông thôn", "Kinh tế"), ("Chuyển đổi số", "Kinh tế"), ("Đầu tư, hạ tầng", "Kinh tế"),
    ("Giáo dục, đào tạo", "Văn hóa, xã hội"), ("Y tế", "Văn hóa, xã hội"), ("Dân tộc, tôn giáo", "Văn hóa, xã hội"),
    ("An sinh xã hội", "Văn hóa, xã hội"), ("Biên giới đất liền", "Quốc phòng, an ninh"),
    ("Công tác kiểm tra, giám sát", "Xây dựng Đảng"), ("Công tác tổ chức, cán bộ", "Xây dựng Đảng"),
    ("Đại hội Đảng các cấp", "Xây dựng Đảng"), ("Thông tin đối ngoại", "Đối ngoại"),
    ("Sắp xếp bộ máy", "Xây dựng chính quyền"), ("Cải cách hành chính", "Xây dựng chính quyền"),
    ("Thi đua, khen thưởng", None), ("Gương người tốt, việc tốt", None),
]


def _copy_value(value):
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _columns(model, provided):
    """Every concrete column of ``model`` with the value we give, or the field's default (other issues may
    add columns to these tables; their defaults keep the COPY working)."""
    columns = []
    for field in model._meta.concrete_fields:
        if field.name in provided or field.attname in provided:
            columns.append((field.column, field.attname if field.attname in provided else field.name, None))
        elif isinstance(field, models.AutoField) or field.primary_key:
            continue
        elif field.has_default() or field.null or field.blank:
            default = field.get_default()
            if default is None and not field.null:
                default = ""
            columns.append((field.column, None, field.get_db_prep_save(default, connection)))
        else:
            raise RuntimeError(f"No value for {model.__name__}.{field.name}, which has no default")
    return columns


def copy_rows(cursor, model, rows, *, table=None):
    """COPY an iterable of dicts into ``model``'s table in batches; returns the row count."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return 0
    columns = _columns(model, first)
    names = ", ".join(f'"{column}"' for column, _, _ in columns)
    sql = f'COPY "{table or model._meta.db_table}" ({names}) FROM STDIN'
    count = 0
    buffer = io.StringIO()

    def flush():
        buffer.seek(0)
        cursor.copy_expert(sql, buffer)
        buffer.seek(0)
        buffer.truncate()

    pending = 0
    for row in _chain(first, rows):
        buffer.write("\t".join(_copy_value(row[key] if key else default) for _, key, default in columns))
        buffer.write("\n")
        count += 1
        pending += 1
        if pending >= BATCH:
            flush()
            pending = 0
    if pending:
        flush()
    return count


def _chain(first, rest):
    yield first
    yield from rest


def _weighted_provinces(provinces):
    big = {"ha-noi": 8, "ho-chi-minh": 8, "da-nang": 3, "hai-phong": 3, "can-tho": 3, "kien-giang": 2}
    return provinces, [big.get(p.slug, 1) for p in provinces]


def _write_images(rng):
    from PIL import Image, ImageDraw

    folder = Path(settings.MEDIA_ROOT) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(IMAGE_COUNT):
        name = f"bench/anh-{i + 1}.jpg"
        path = Path(settings.MEDIA_ROOT) / name
        if not path.exists():
            image = Image.new("RGB", (1200, 800), (rng.randrange(40, 200), rng.randrange(40, 200), rng.randrange(40, 200)))
            ImageDraw.Draw(image).rectangle([100, 100, 1100, 700], outline=(255, 255, 255), width=12)
            image.save(path, "JPEG", quality=80)
        names.append((name, 1200, 800))
    return names


def _topics():
    from articles.models import Topic

    by_name = {t.name: t for t in Topic.objects.all()}
    for name, parent in EXTRA_TOPICS:
        if len(by_name) >= TOPICS:
            break
        if name not in by_name:
            by_name[name] = Topic.objects.create(name=name, parent=by_name.get(parent) if parent else None)
    return sorted(by_name.values(), key=lambda t: t.pk)


def _users():
    User = get_user_model()
    admin, created = User.objects.get_or_create(username=BENCH_ADMIN, defaults={
        "is_staff": True, "is_superuser": True, "email": "bench-admin@example.org"})
    if created:
        admin.set_password(get_random_password())
        admin.save()
    editors = []
    for i in range(20):
        user, _ = User.objects.get_or_create(username=f"bien-tap-{i + 1:02d}", defaults={"is_staff": True})
        editors.append(user)
    return admin, editors


def get_random_password():
    import secrets

    return secrets.token_urlsafe(24)


def _officials(rng, cursor, provinces_now, provinces_then):
    from people.models import Official, Organisation, Position, vietnamese_sort_name

    now = timezone.now()
    organisations = []
    central = {}
    for _, org_name in corpus.CENTRAL_TITLES:
        if org_name not in central:
            central[org_name] = Organisation(name=org_name, slug=slugify_vi(org_name), sort_name=sort_key(org_name))
            organisations.append(central[org_name])
    provincial = {}
    for province in {p.pk: p for p in [*provinces_now, *provinces_then]}.values():
        for prefix in ("Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Ban Tuyên giáo Tỉnh ủy"):
            name = f"{prefix} {province.name}"
            org = Organisation(name=name, slug=f"{slugify_vi(name)}-{province.pk}", sort_name=sort_key(name),
                               province=province)
            provincial.setdefault(province.pk, []).append(org)
            organisations.append(org)
    Organisation.objects.bulk_create(organisations, batch_size=2000)

    officials, positions, seen = [], [], {}
    all_provinces = list({p.pk: p for p in [*provinces_now, *provinces_then]}.values())
    for _ in range(OFFICIALS):
        name = corpus.official_name(rng)
        base = slugify_vi(name)
        seen[base] = seen.get(base, 0) + 1
        slug = base if seen[base] == 1 else f"{base}-{seen[base]}"
        officials.append(Official(
            full_name=name, slug=slug, name_folded=fold(name), name_tone_folded=tone_fold(name),
            sort_name=sort_key(vietnamese_sort_name(name)), biography="", created_at=now, updated_at=now,
            needs_verification=False,
        ))
    Official.objects.bulk_create(officials, batch_size=2000)
    titles = {}
    for official in officials:
        if rng.random() < 0.08:
            title, org_name = rng.choice(corpus.CENTRAL_TITLES)
            org = central[org_name]
        else:
            province = rng.choice(all_provinces)
            title = rng.choice(corpus.PROVINCIAL_TITLES)
            org = rng.choice(provincial[province.pk])
        start = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(1500))
        positions.append(Position(official=official, title=title, organisation=org, start_date=start))
        if rng.random() < 0.4:
            earlier = start - datetime.timedelta(days=rng.randrange(400, 1500))
            positions.append(Position(official=official, title=rng.choice(corpus.PROVINCIAL_TITLES),
                                      organisation=rng.choice(provincial[rng.choice(all_provinces).pk]),
                                      start_date=earlier, end_date=start - datetime.timedelta(days=1)))
        titles[official.pk] = title
    Position.objects.bulk_create(positions, batch_size=5000)
    return officials, titles


def _truncate(cursor):
    from articles.models import Article
    from people.models import Official, Organisation

    tables = [Article._meta.db_table, Official._meta.db_table, Organisation._meta.db_table]
    cursor.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")


def load(*, seed=SEED, published=PUBLISHED, drafts=DRAFTS, log=print):
    """(Re)load the dataset. Only for a database of its own: it empties the article and people tables."""
    from articles.models import Article, Mention, Photo, Status
    from places.models import REORGANISATION_DATE, Province

    if connection.vendor != "postgresql":
        raise RuntimeError("The benchmark dataset is loaded with COPY: it needs PostgreSQL.")
    rng = random.Random(seed)
    started = time.monotonic()
    timings = {}
    provinces_then = list(Province.objects.as_of(REORGANISATION_DATE - datetime.timedelta(days=1)).order_by("pk"))
    provinces_now = list(Province.objects.as_of(REORGANISATION_DATE).order_by("pk"))
    then_choices, then_weights = _weighted_provinces(provinces_then)
    now_choices, now_weights = _weighted_provinces(provinces_now)

    with transaction.atomic(), connection.cursor() as cursor:
        _truncate(cursor)
        admin, editors = _users()
        topics = _topics()
        officials, titles = _officials(rng, cursor, provinces_now, provinces_then)
        timings["officials"] = time.monotonic() - started
        names = [o.full_name for o in officials]
        name_of = {o.pk: o.full_name for o in officials}
        pool = corpus.sentence_pool(rng, [p.name for p in provinces_then + provinces_now], names)
        images = _write_images(rng)
        # "Xây dựng Đảng" and its sub-topics are the department's bread and butter.
        topic_weights = [6 if (t.slug == "xay-dung-dang" or (t.parent_id and t.parent.slug == "xay-dung-dang")) else 1
                         for t in topics]
        official_ids = [o.pk for o in officials]

        local_now = timezone.localtime()
        end = local_now.replace(minute=0, second=0, microsecond=0) - datetime.timedelta(hours=1)
        span = int(datetime.timedelta(days=365 * YEARS).total_seconds())
        total = published + drafts
        article_rows, province_rows, topic_rows, mention_rows, photo_rows = [], [], [], [], []
        counted = dict.fromkeys(["articles", "article-province links", "article-topic links", "mentions", "photos"], 0)
        for article_id in range(1, total + 1):
            is_published = article_id <= published
            if is_published:
                publish_at = end - datetime.timedelta(seconds=rng.randrange(span))
                day = publish_at.date()
                status = Status.PUBLISHED
            else:
                publish_at = None
                day = (end - datetime.timedelta(days=rng.randrange(60))).date()
                status = Status.SUBMITTED if article_id % 10 == 0 else Status.DRAFT
            if day < REORGANISATION_DATE:
                places = _sample(rng, then_choices, then_weights, rng.choice((1, 1, 1, 2)))
            else:
                places = _sample(rng, now_choices, now_weights, rng.choice((1, 1, 1, 2)))
            chosen_topics = _sample(rng, topics, topic_weights, rng.choice((1, 1, 2, 2, 3)))
            mentioned = rng.sample(official_ids, rng.choice((0, 0, 1, 1, 2, 3, 4)))
            theme = rng.choice(corpus.THEMES)
            official = name_of[mentioned[0]] if mentioned else rng.choice(names)
            title = nfc(corpus.title_for(rng, places[0].name, theme, official))
            lead = nfc(corpus.lead_for(rng, places[0].name, theme, day))
            paragraphs = []
            for _ in range(rng.randint(5, 8)):
                paragraphs.append([rng.choice(pool) for _ in range(rng.randint(3, 5))])
            body = "".join("<p>" + " ".join(s.raw for s in para) + "</p>" for para in paragraphs)
            search_text = " ".join([fold(title), fold(lead), *(s.folded for para in paragraphs for s in para)])
            stamp = publish_at or timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
            author = editors[article_id % len(editors)]
            article_rows.append({
                "id": article_id, "title": title, "slug": f"{slugify_vi(title, max_length=180)}-{article_id}",
                "lead": lead, "body": body, "event_date": day, "status": status, "publish_at": publish_at,
                "first_published_at": publish_at, "author_id": author.pk, "last_edited_by_id": author.pk,
                "byline": rng.choice(corpus.BYLINES), "source": f"Ban Tuyên giáo Tỉnh ủy {places[0].name}",
                "version": 1, "content_hash": "", "import_path": "", "search_text": search_text,
                "search_vector": None, "created_at": stamp, "updated_at": stamp,
            })
            province_rows.extend({"article_id": article_id, "province_id": p.pk} for p in places)
            topic_rows.extend({"article_id": article_id, "topic_id": t.pk} for t in chosen_topics)
            mention_rows.extend({"article_id": article_id, "official_id": oid, "title_as_printed": titles[oid],
                                 "position": i} for i, oid in enumerate(mentioned))
            for i in range(rng.choice((0, 1, 1, 2, 3))):
                image, width, height = rng.choice(images)
                caption = nfc(rng.choice(corpus.CAPTIONS).format(official=official, province=places[0].name))
                photo_rows.append({"article_id": article_id, "image": image, "caption": caption,
                                   "credit": rng.choice(corpus.CREDITS), "alt_text": caption, "width": width,
                                   "height": height, "position": i, "is_featured": i == 0})
            if len(article_rows) >= BATCH or article_id == total:
                counted["articles"] += copy_rows(cursor, Article, article_rows)
                counted["article-province links"] += copy_rows(cursor, Article.provinces.through, province_rows)
                counted["article-topic links"] += copy_rows(cursor, Article.topics.through, topic_rows)
                counted["mentions"] += copy_rows(cursor, Mention, mention_rows)
                counted["photos"] += copy_rows(cursor, Photo, photo_rows)
                for rows in (article_rows, province_rows, topic_rows, mention_rows, photo_rows):
                    rows.clear()
        timings["articles"] = time.monotonic() - started
        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{Article._meta.db_table}', 'id'), %s)", [total])
        fill_search_vector(cursor)
        timings["search vector"] = time.monotonic() - started
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    timings["vacuum analyze"] = time.monotonic() - started
    counts = {**counted, "published": published, "drafts and submitted": drafts, "officials": len(officials),
              "topics": len(topics)}
    for step, seconds in timings.items():
        log(f"  {step:<16} done at {seconds:6.1f} s")
    return counts, time.monotonic() - started


def _sample(rng, items, weights, k):
    chosen = []
    while len(chosen) < k:
        item = rng.choices(items, weights)[0]
        if item not in chosen:
            chosen.append(item)
    return chosen


def search_vector_sql():
    """The search module's SQL for an article's search vector (same weights, same unaccent), or None."""
    try:
        from articles import search
    except ImportError:
        return None
    builder = getattr(search, "search_vector_sql", None)
    return builder() if callable(builder) else getattr(search, "SEARCH_VECTOR_SQL", None)


def fill_search_vector(cursor):
    from articles.models import Article

    expression = search_vector_sql()
    if not expression:
        return False
    cursor.execute(f'UPDATE "{Article._meta.db_table}" SET search_vector = {expression}')
    return True
