"""Load the benchmark dataset into PostgreSQL: 100,000 published articles, 10,000 drafts, 2,000 officials.

Deterministic: the same seed gives the same rows (publication dates are relative to the day of loading, so
"the last 48 hours" always has coverage). Rows go in through COPY, in batches, with every derived column
(slug, search_text, sort names, the search vector) computed here the way the models' save() and the search
module's expression compute them; a sample of the vectors is checked against PostgreSQL's own, which computes
them all instead if they differ.

Status and record are the workflow's to write (issue 13): articles go in as drafts, and the workflow's bulk
service (``workflow.services.articles_import_history``) gives each published or waiting article its past
record (submitted, sometimes returned, published) and the status it leads to, in two set-based statements
per chunk. The editors' dashboard reads that record (issue 8).
"""

import datetime
import io
import os
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
HISTORY_ACTOR = "Bộ dữ liệu đo hiệu năng"  # who the generated record names (no account behind it)
RETURN_COMMENT = "Cần bổ sung"
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


CHUNK = 10_000
_shared = {}  # what the worker processes inherit through fork: provinces, topics, officials, sentences


def load(*, seed=SEED, published=PUBLISHED, drafts=DRAFTS, log=print, processes=None):
    """(Re)load the dataset. Only for a database of its own: it empties the article and people tables.

    Articles are generated and copied in chunks of 10,000 by one process per core, each chunk from its own
    seeded generator, so the rows do not depend on how many processes ran.
    """
    import multiprocessing

    from articles.models import Article
    from places.models import REORGANISATION_DATE, Province

    if connection.vendor != "postgresql":
        raise RuntimeError("The benchmark dataset is loaded with COPY: it needs PostgreSQL.")
    rng = random.Random(seed)
    started = time.monotonic()
    timings = {}
    provinces_then = list(Province.objects.as_of(REORGANISATION_DATE - datetime.timedelta(days=1)).order_by("pk"))
    provinces_now = list(Province.objects.as_of(REORGANISATION_DATE).order_by("pk"))
    with transaction.atomic(), connection.cursor() as cursor:
        # The app's 15 s statement timeout protects requests; a bulk load legitimately takes longer.
        cursor.execute("SET LOCAL statement_timeout = 0")
        _truncate(cursor)
        indexes = _indexes_to_rebuild(cursor, Article._meta.db_table)
        for name, _definition in indexes:
            cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
        _admin, editors = _users()
        topics = _topics()
        officials, titles = _officials(rng, cursor, provinces_now, provinces_then)
    timings["officials"] = time.monotonic() - started
    names = [o.full_name for o in officials]
    topic_weights = [6 if (t.slug == "xay-dung-dang" or (t.parent_id and t.parent.slug == "xay-dung-dang")) else 1
                     for t in topics]
    local_now = timezone.localtime()
    total = published + drafts
    _shared.update(
        then=_weighted_provinces(provinces_then), now=_weighted_provinces(provinces_now),
        reorganisation=REORGANISATION_DATE, topics=[t.pk for t in topics], topic_weights=topic_weights,
        topic_names={t.pk: t.name for t in topics},
        # The database's order of names (its collation, not Python's), as newsroom_article_extras() sorts them.
        province_rank={pk: i for i, pk in enumerate(Province.objects.order_by("name", "pk").values_list("pk", flat=True))},
        topic_rank={pk: i for i, pk in enumerate(type(topics[0]).objects.order_by("name", "pk")
                                                 .values_list("pk", flat=True))},
        official_ids=[o.pk for o in officials], name_of={o.pk: o.full_name for o in officials}, names=names,
        titles=titles, editors=[e.pk for e in editors], images=_write_images(rng),
        pool=corpus.sentence_pool(rng, [p.name for p in provinces_then + provinces_now], names),
        end=local_now.replace(minute=0, second=0, microsecond=0) - datetime.timedelta(hours=1),
        seed=seed, published=published, total=total, full_text=search_vector_expression() is not None,
        vector_mode=vector_mode(),
    )
    chunks = [(first, min(first + CHUNK - 1, total)) for first in range(1, total + 1, CHUNK)]
    counted = {}
    connections_close_all()
    context = multiprocessing.get_context("fork")
    with context.Pool(processes or os.cpu_count() or 1, initializer=_forget_inherited_connections) as pool:
        for done, chunk_counts in enumerate(pool.imap_unordered(_load_chunk, chunks), 1):
            for key, value in chunk_counts.items():
                counted[key] = counted.get(key, 0) + value
            if done % 3 == 0 or done == len(chunks):
                log(f"  {done}/{len(chunks)} chunks of articles at {time.monotonic() - started:6.1f} s")
    timings["articles"] = time.monotonic() - started
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{Article._meta.db_table}', 'id'), %s)", [total])
        refresh = _shared["full_text"] and not (_shared["vector_mode"] and vectors_match_postgres(cursor))
    if refresh:
        # Outside any transaction: the children fork from a process whose connections are closed.
        log("  search vectors: computing them in PostgreSQL (the search expression is new to this loader)")
        _refresh_vectors_in_parallel(total, processes)
    timings["search vectors"] = time.monotonic() - started
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _name, definition in indexes:
            cursor.execute(definition)
        cursor.execute("DELETE FROM bench_meta WHERE key = 'pending_indexes'")
        timings["indexes"] = time.monotonic() - started
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = 0")  # VACUUM cannot run in a transaction, so not SET LOCAL
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("RESET statement_timeout")
    timings["vacuum analyze"] = time.monotonic() - started
    counts = {**counted, "published": published, "drafts and submitted": drafts, "officials": len(officials),
              "topics": len(topics)}
    for step, seconds in timings.items():
        log(f"  {step:<20} done at {seconds:6.1f} s")
    return counts, time.monotonic() - started


def _refresh_vectors_in_parallel(total, processes):
    """Each chunk's vectors in its own process, transaction and connection.

    Must be called outside any transaction: closing a connection inside ``atomic()`` only marks it closed, so
    the forked children would inherit a dead connection still "in a transaction" ("connection already closed").
    """
    import multiprocessing

    from django.db import connections

    busy = [conn.alias for conn in connections.all(initialized_only=True) if conn.in_atomic_block]
    if busy:
        raise RuntimeError(f"Vector refresh forks worker processes: call it outside a transaction ({busy}).")
    connections_close_all()
    chunks = [(first, min(first + CHUNK - 1, total)) for first in range(1, total + 1, CHUNK)]
    with multiprocessing.get_context("fork").Pool(processes or os.cpu_count() or 1,
                                                  initializer=_forget_inherited_connections) as pool:
        list(pool.imap_unordered(_refresh_chunk, chunks))


def _refresh_chunk(bounds):
    from articles.models import Article

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 0")
        fill_search_vector(cursor, queryset=Article.objects.filter(pk__range=bounds))
    connection.close()


def connections_close_all():
    from django.db import connections

    connections.close_all()


def _forget_inherited_connections():
    """Pool initializer: a child opens its own database connections. One inherited through fork is dropped
    without being closed (closing it would end the parent's session on the shared socket)."""
    from django.db import connections

    for conn in connections.all(initialized_only=True):
        conn.connection = None
        conn.in_atomic_block = False
        conn.savepoint_ids = []
        conn.needs_rollback = False
        conn.closed_in_transaction = False


def _load_chunk(bounds):
    """Generate and COPY articles ``first``..``last`` with their links, photos and mentions (one transaction)."""
    from articles.models import Article, Mention, Photo, Status
    from workflow.services import articles_import_history

    first, last = bounds
    data = _shared
    rng = random.Random(f"{data['seed']}-{first}")
    then_choices, then_weights = data["then"]
    now_choices, now_weights = data["now"]
    pool, names, name_of, titles = data["pool"], data["names"], data["name_of"], data["titles"]
    span = int(datetime.timedelta(days=365 * YEARS).total_seconds())
    end = data["end"]
    rows = {"articles": [], "provinces": [], "topics": [], "mentions": [], "photos": []}
    # The record's times from a generator of their own: the articles' text is what it was before they had one.
    history_rng = random.Random(f"{data['seed']}-{first}-history")
    records = []
    for article_id in range(first, last + 1):
        if article_id <= data["published"]:
            publish_at = end - datetime.timedelta(seconds=rng.randrange(span))
            day = publish_at.date()
            status = Status.PUBLISHED
        else:
            publish_at = None
            day = (end - datetime.timedelta(days=rng.randrange(60))).date()
            status = Status.SUBMITTED if article_id % 10 == 0 else Status.DRAFT
        if day < data["reorganisation"]:
            places = _sample(rng, then_choices, then_weights, rng.choice((1, 1, 1, 2)))
        else:
            places = _sample(rng, now_choices, now_weights, rng.choice((1, 1, 1, 2)))
        chosen_topics = _sample(rng, data["topics"], data["topic_weights"], rng.choice((1, 1, 2, 2, 3)))
        mentioned = rng.sample(data["official_ids"], rng.choice((0, 0, 1, 1, 2, 3, 4)))
        theme = rng.choice(corpus.THEMES)
        official = name_of[mentioned[0]] if mentioned else rng.choice(names)
        title = nfc(corpus.title_for(rng, places[0].name, theme, official))
        lead = nfc(corpus.lead_for(rng, places[0].name, theme, day))
        paragraphs = [[rng.choice(pool) for _ in range(rng.randint(3, 5))] for _ in range(rng.randint(5, 8))]
        body = "".join("<p>" + " ".join(s.raw for s in para) + "</p>" for para in paragraphs)
        title_folded, lead_folded = fold(title), fold(lead)
        search_text = " ".join([title_folded, lead_folded, *(s.folded for para in paragraphs for s in para)])
        photos = []
        for i in range(rng.choice((0, 1, 1, 2, 3))):
            image, width, height = rng.choice(data["images"])
            caption = nfc(rng.choice(corpus.CAPTIONS).format(official=official, province=places[0].name))
            photos.append({"article_id": article_id, "image": image, "caption": caption,
                           "credit": rng.choice(corpus.CREDITS), "alt_text": caption, "width": width,
                           "height": height, "position": i, "is_featured": i == 0})
        vector = None
        mode = data["vector_mode"]
        if mode:
            lines = None
            if mode["extras"]:
                # The lines newsroom_article_extras() gathers, in its order: captions with credits, officials
                # with their titles as printed, then provinces and topics by name.
                extras = [" ".join(filter(None, [p["caption"], p["credit"]])) for p in photos]
                extras += [" ".join(filter(None, [name_of[oid], titles[oid]])) for oid in mentioned]
                extras += [p.name for p in sorted(places, key=lambda p: data["province_rank"][p.pk])]
                extras += [data["topic_names"][t] for t in sorted(chosen_topics, key=data["topic_rank"].get)]
                lines = [corpus.words(fold(line)) for line in extras]
            title_words, lead_words = corpus.words(title_folded), corpus.words(lead_folded)
            vector = corpus.tsvector_text((title_words, "A"), (lead_words, "B"),
                                          ([w for para in paragraphs for s in para for w in s.words], "C"),
                                          pairs=mode["pairs"], lines=lines,
                                          head=title_words + lead_words if mode["head"] else None)
        stamp = publish_at or timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))
        if status != Status.DRAFT:
            records.append(_past_record(history_rng, article_id, status, publish_at, stamp, end))
        author = data["editors"][article_id % len(data["editors"])]
        # No status and no publication time: every article goes in as a draft (the model's defaults), and the
        # workflow's bulk service moves the others where their record leads.
        rows["articles"].append({
            "id": article_id, "title": title, "slug": f"{slugify_vi(title, max_length=180)}-{article_id}",
            "lead": lead, "body": body, "event_date": day, "author_id": author, "last_edited_by_id": author,
            "byline": rng.choice(corpus.BYLINES), "source": f"Ban Tuyên giáo Tỉnh ủy {places[0].name}",
            "version": 1, "content_hash": "", "import_path": "", "search_text": search_text,
            "search_vector": vector, "created_at": stamp, "updated_at": stamp,
        })
        rows["provinces"].extend({"article_id": article_id, "province_id": p.pk} for p in places)
        rows["topics"].extend({"article_id": article_id, "topic_id": t} for t in chosen_topics)
        rows["mentions"].extend({"article_id": article_id, "official_id": oid, "title_as_printed": titles[oid],
                                 "position": i} for i, oid in enumerate(mentioned))
        rows["photos"].extend(photos)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 0")
        counts = {"articles": copy_rows(cursor, Article, rows["articles"])}
        # Before the links: each link then takes its article's final state as it goes in (the listed_at trigger),
        # instead of being written a second time when the article is published.
        counts["transitions"] = articles_import_history(records=records, actor_name=HISTORY_ACTOR)
        counts |= {
            "article-province links": copy_rows(cursor, Article.provinces.through, rows["provinces"]),
            "article-topic links": copy_rows(cursor, Article.topics.through, rows["topics"]),
            "mentions": copy_rows(cursor, Mention, rows["mentions"]),
            "photos": copy_rows(cursor, Photo, rows["photos"]),
        }
    connection.close()
    return counts


def _past_record(rng, article_id, status, publish_at, created, end):
    """The record an article of the dataset comes with, as the editors' dashboard reads it (issue 8): a published
    article was submitted 1 to 72 hours before it went live, and one in eight was returned for changes a day
    before that; an article waiting for moderation was submitted within three days of being written."""
    from articles.models import Status
    from workflow.models import Action
    from workflow.services import HistoryStep, PastRecord

    if status == Status.SUBMITTED:
        submitted = min(created + datetime.timedelta(hours=rng.randint(1, 72)), end)
        return PastRecord(article_id=article_id, steps=(HistoryStep(None, Action.SUBMIT, submitted),))
    submitted = publish_at - datetime.timedelta(hours=rng.randint(1, 72), minutes=rng.randint(0, 59))
    steps = []
    if rng.random() < 0.125:
        steps += [HistoryStep(None, Action.SUBMIT, submitted - datetime.timedelta(days=1)),
                  HistoryStep(None, Action.RETURN, submitted - datetime.timedelta(hours=20), RETURN_COMMENT)]
    steps += [HistoryStep(None, Action.SUBMIT, submitted), HistoryStep(None, Action.PUBLISH, publish_at)]
    return PastRecord(article_id=article_id, steps=tuple(steps), publish_at=publish_at)


def _sample(rng, items, weights, k):
    chosen = []
    while len(chosen) < k:
        item = rng.choices(items, weights)[0]
        if item not in chosen:
            chosen.append(item)
    return chosen


def search_vector_expression():
    try:
        from search.vectors import search_vector_expression as expression
    except ImportError:  # no PostgreSQL full-text search in this build
        return None
    return expression()


def vector_mode():
    """How this loader can reproduce the search module's vector, as {"pairs": bool, "extras": bool, "head":
    bool}: weighted words, plus adjacent-word pairs or not, plus the extras (captions, officials, places,
    topics: weight D) or not, plus the title's and lead's words and pairs marked "^" (search 0007) or not; None
    when none matches (the vectors are then computed by PostgreSQL after the load).

    Decided by comparing with PostgreSQL's own result on a sample text, and checked again on a sample of the
    loaded articles (``vectors_match_postgres``), so a change to the search expression can make the load
    slower, never wrong.
    """
    from django.db.models import Value

    from places.models import Province

    expression = search_vector_expression()
    if expression is None:
        return None
    title, lead = "Kiên Giang: Hội nghị quán triệt 21-KL/TW", "Ngày 05/03/2024, tại Hà Nội, Đảng bộ tỉnh họp."
    body = "<p>Ban Tuyên giáo Tỉnh ủy đã triển khai, góp phần 60,5% xây dựng Đảng.</p><p>Đồng chí Lê Thị Hạnh.</p>"
    extras = ["Lễ ra quân tại Kiên Giang Ảnh: TTXVN", "Nguyễn Văn An Bí thư Tỉnh ủy Kiên Giang", "Kiên Giang",
              "Xây dựng Đảng"]
    weighted = [(corpus.words(fold(title)), "A"), (corpus.words(fold(lead)), "B"),
                (corpus.words(fold(body.replace("<p>", " ").replace("</p>", " "))), "C")]
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regprocedure('newsroom_search_vector(text, text, text, text)') IS NOT NULL")
        if cursor.fetchone()[0]:
            cursor.execute("SELECT newsroom_search_vector(%s, %s, %s, %s)::text", [title, lead, body, "\n".join(extras)])
            expected, lines = cursor.fetchone()[0], [corpus.words(fold(line)) for line in extras]
        else:  # an older search schema: the vector of the texts alone
            expected, lines = (Province.objects.annotate(title=Value(title), lead=Value(lead), body=Value(body))
                               .annotate(vector=expression).values_list("vector", flat=True)[:1].get()), None
        head = [word for words, _weight in weighted[:2] for word in words]
        for pairs, marked in ((True, True), (True, False), (False, False), (False, True)):
            text = corpus.tsvector_text(*weighted, pairs=pairs, lines=lines, head=head if marked else None)
            cursor.execute("SELECT %s::tsvector::text", [text])
            if cursor.fetchone()[0] == expected:
                return {"pairs": pairs, "extras": lines is not None, "head": marked}
    return None


def vectors_match_postgres(cursor, sample=300):
    """Compare the vectors written by the load with PostgreSQL's own expression on a sample of articles."""
    from articles.models import Article

    expression = search_vector_expression()
    ids = list(Article.objects.order_by("?").values_list("pk", flat=True)[:sample])
    rows = Article.objects.filter(pk__in=ids).annotate(expected=expression).values_list("search_vector", "expected")
    # tsvector text output is canonical (sorted lexemes, sorted positions), so equal vectors print equally.
    return all(stored == expected for stored, expected in rows)


def fill_search_vector(cursor, queryset=None):
    """Search vectors with the search module's own expression (same folding, same weights)."""
    try:
        from search.vectors import search_vectors_refresh
    except ImportError:  # no PostgreSQL full-text search in this build
        return 0
    return search_vectors_refresh(queryset=queryset)


def _indexes_to_rebuild(cursor, table):
    """The table's plain indexes, plus any that an interrupted load dropped and did not rebuild; remembered
    in bench_meta before they are dropped."""
    import json

    cursor.execute("CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL)")
    cursor.execute("DELETE FROM bench_meta WHERE key = 'fingerprint'")
    cursor.execute("SELECT value FROM bench_meta WHERE key = 'pending_indexes'")
    row = cursor.fetchone()
    indexes = dict(json.loads(row[0])) if row else {}
    indexes.update(_secondary_indexes(cursor, table))
    cursor.execute("INSERT INTO bench_meta VALUES ('pending_indexes', %s) "
                   "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [json.dumps(sorted(indexes.items()))])
    return sorted(indexes.items())


def _secondary_indexes(cursor, table):
    """Plain (non-unique, non-constraint) indexes of ``table``: cheaper to build once after the load."""
    cursor.execute(
        """SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x
           JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
           WHERE t.relname = %s AND NOT x.indisunique AND NOT x.indisprimary""",
        [table],
    )
    return cursor.fetchall()
