"""The dashboard's figures per finished day, and the triggers that make a day stale when something is written late.

A finished day (Vietnam time, which has no daylight saving: UTC+7) changes only through late writes: an import
with its history (``workflow.services.article_import_history``, ``articles_import_history``, whose PostgreSQL path
is raw SQL and whose other paths use bulk_create/bulk_update/update(), none of which send signals), an old article
withdrawn, re-dated or re-tagged, a mention added to it. Triggers see every such write, whoever makes it, as the
articles app's listing triggers do (articles 0003). Each raises the ``generation`` of the days a write touches and
empties their figures; ``dashboard.stats.days`` computes them again on the next request. Days from today on are
never touched: today is counted live, and the editors' everyday writes (decisions, saves of today's articles) take
no lock here.

Which days a write touches:
- a transition line: its own day, and the days of the same article's later lines (a late submission changes the
  wait of the decision that answers it);
- an article: the day of its publication before and after, when it is or was published (status or time changed);
- a province or topic link: the article's publication day, and the days of its transitions (desks are counted by
  the article's provinces and topics);
- a mention: the article's publication day.
PostgreSQL runs one statement-level trigger per write (transition tables), so a bulk import pays once, not per row.
"""

from django.db import migrations, models

VN_DAY_PG = "(({}) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date"
VN_DAY_SQLITE = "date({}, '+7 hours')"

PG_TOUCH = """
CREATE OR REPLACE FUNCTION dashboard_touch_days(days date[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO dashboard_dayfigures AS f (day, generation, signature)
    SELECT DISTINCT d, 1, '' FROM unnest(days) AS d
    WHERE d IS NOT NULL AND d < (clock_timestamp() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
    ORDER BY d
    ON CONFLICT (day) DO UPDATE
    SET generation = f.generation + 1, published = NULL, coverage = NULL, decisions = NULL
$$
"""


def _pg_days_of_articles(rows):
    """The publication day of the published articles in ``rows`` and the days of their transition lines.

    LATERAL look-ups, one per article, by the primary key and the (article, created_at) index: a transition table
    has no statistics, and a plain join let the planner scan the whole log for a one-row write.
    """
    return f"""
        SELECT {VN_DAY_PG.format('a.publish_at')} FROM (SELECT DISTINCT r.article_id FROM {rows} r) r
        CROSS JOIN LATERAL (SELECT publish_at FROM articles_article a
                            WHERE a.id = r.article_id AND a.status = 'published') a
        UNION SELECT {VN_DAY_PG.format('t.created_at')} FROM (SELECT DISTINCT r.article_id FROM {rows} r) r
        CROSS JOIN LATERAL (SELECT created_at FROM workflow_transition t WHERE t.article_id = r.article_id) t"""


def _pg_function(name, body_new, body_old, changed=None):
    """A statement-level trigger function touching the days of the new rows (INSERT, UPDATE) and the old ones
    (UPDATE, DELETE); ``changed`` restricts an UPDATE to rows whose watched columns moved."""
    if changed:
        moved = f"SELECT o.* FROM dashboard_old o JOIN dashboard_new n ON n.id = o.id WHERE {changed}"
        new_rows = f"(SELECT n.* FROM dashboard_old o JOIN dashboard_new n ON n.id = o.id WHERE {changed})"
        update = f"""
        IF TG_OP = 'UPDATE' THEN
            PERFORM dashboard_touch_days(ARRAY({body_old.format(rows=f'({moved})')}
                                               UNION {body_new.format(rows=new_rows)}));
            RETURN NULL;
        END IF;"""
    else:
        update = ""
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN{update}
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM dashboard_touch_days(ARRAY({body_new.format(rows='dashboard_new')}));
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dashboard_touch_days(ARRAY({body_old.format(rows='dashboard_old')}));
    END IF;
    RETURN NULL;
END $$
"""


def _pg_triggers(table, function):
    statements = []
    for event, referencing in (("INSERT", "NEW TABLE AS dashboard_new"),
                               ("UPDATE", "OLD TABLE AS dashboard_old NEW TABLE AS dashboard_new"),
                               ("DELETE", "OLD TABLE AS dashboard_old")):
        trigger = f"{function}_{event.lower()}"
        statements += [
            f"DROP TRIGGER IF EXISTS {trigger} ON {table}",
            f"CREATE TRIGGER {trigger} AFTER {event} ON {table} REFERENCING {referencing} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
        ]
    return statements


TRANSITION_DAYS = f"""
    SELECT {VN_DAY_PG.format('r.created_at')} FROM {{rows}} r
    UNION SELECT {VN_DAY_PG.format('t.created_at')} FROM {{rows}} r
    CROSS JOIN LATERAL (SELECT created_at FROM workflow_transition t
                        WHERE t.article_id = r.article_id AND t.created_at > r.created_at) t"""
ARTICLE_DAYS = f"SELECT {VN_DAY_PG.format('r.publish_at')} FROM {{rows}} r WHERE r.status = 'published'"
LINK_DAYS = _pg_days_of_articles("{rows}")
MENTION_DAYS = f"""
    SELECT {VN_DAY_PG.format('a.publish_at')} FROM (SELECT DISTINCT r.article_id FROM {{rows}} r) r
    CROSS JOIN LATERAL (SELECT publish_at FROM articles_article a
                        WHERE a.id = r.article_id AND a.status = 'published') a"""

# (table, function, days of new rows, days of old rows, an UPDATE counts only when this holds)
PG_WATCHED = [
    ("workflow_transition", "dashboard_transitions_changed", TRANSITION_DAYS, TRANSITION_DAYS,
     "(o.article_id, o.created_at, o.action) IS DISTINCT FROM (n.article_id, n.created_at, n.action)"),
    ("articles_article", "dashboard_articles_changed", ARTICLE_DAYS, ARTICLE_DAYS,
     "(o.status, o.publish_at) IS DISTINCT FROM (n.status, n.publish_at)"),
    ("articles_article_provinces", "dashboard_article_provinces_changed", LINK_DAYS, LINK_DAYS,
     "(o.article_id, o.province_id) IS DISTINCT FROM (n.article_id, n.province_id)"),
    ("articles_article_topics", "dashboard_article_topics_changed", LINK_DAYS, LINK_DAYS,
     "(o.article_id, o.topic_id) IS DISTINCT FROM (n.article_id, n.topic_id)"),
    ("articles_mention", "dashboard_mentions_changed", MENTION_DAYS, MENTION_DAYS,
     "(o.article_id, o.official_id) IS DISTINCT FROM (n.article_id, n.official_id)"),
]


def _pg_sql():
    statements = [PG_TOUCH]
    for table, function, new_days, old_days, changed in PG_WATCHED:
        statements.append(_pg_function(function, new_days, old_days, changed))
        statements += _pg_triggers(table, function)
    return statements


def _pg_drop_sql():
    statements = []
    for table, function, *_rest in PG_WATCHED:
        statements += [f"DROP TRIGGER IF EXISTS {function}_{event} ON {table}" for event in ("insert", "update", "delete")]
        statements.append(f"DROP FUNCTION IF EXISTS {function}()")
    return statements + ["DROP FUNCTION IF EXISTS dashboard_touch_days(date[])"]


# SQLite: a row-level trigger per table and event. The upsert's SELECT has a WHERE clause, as SQLite requires
# of an INSERT ... SELECT ... ON CONFLICT.
SQLITE_TOUCH = f"""
    INSERT INTO dashboard_dayfigures (day, generation, signature)
    SELECT DISTINCT d, 1, '' FROM ({{days}}) WHERE d IS NOT NULL AND d < {VN_DAY_SQLITE.format("'now'")}
    ON CONFLICT (day) DO UPDATE
    SET generation = generation + 1, published = NULL, coverage = NULL, decisions = NULL;"""


def _sqlite_transition_days(row):
    return (f"SELECT {VN_DAY_SQLITE.format(f'{row}.created_at')} AS d "
            f"UNION SELECT {VN_DAY_SQLITE.format('t.created_at')} FROM workflow_transition t "
            f"WHERE t.article_id = {row}.article_id AND t.created_at > {row}.created_at")


def _sqlite_article_days(row):
    return f"SELECT CASE WHEN {row}.status = 'published' THEN {VN_DAY_SQLITE.format(f'{row}.publish_at')} END AS d"


def _sqlite_link_days(row):
    return (f"SELECT {VN_DAY_SQLITE.format('a.publish_at')} AS d FROM articles_article a "
            f"WHERE a.id = {row}.article_id AND a.status = 'published' "
            f"UNION SELECT {VN_DAY_SQLITE.format('t.created_at')} FROM workflow_transition t "
            f"WHERE t.article_id = {row}.article_id")


def _sqlite_mention_days(row):
    return (f"SELECT {VN_DAY_SQLITE.format('a.publish_at')} AS d FROM articles_article a "
            f"WHERE a.id = {row}.article_id AND a.status = 'published'")


SQLITE_WATCHED = [
    ("workflow_transition", "dashboard_transitions", _sqlite_transition_days, "article_id, created_at, action"),
    ("articles_article", "dashboard_articles", _sqlite_article_days, "status, publish_at"),
    ("articles_article_provinces", "dashboard_article_provinces", _sqlite_link_days, "article_id, province_id"),
    ("articles_article_topics", "dashboard_article_topics", _sqlite_link_days, "article_id, topic_id"),
    ("articles_mention", "dashboard_mentions", _sqlite_mention_days, "article_id, official_id"),
]


def _sqlite_sql():
    statements = []
    for table, name, days, columns in SQLITE_WATCHED:
        for event, rows in (("INSERT", ["NEW"]), (f"UPDATE OF {columns}", ["OLD", "NEW"]), ("DELETE", ["OLD"])):
            trigger = f"{name}_{event.split()[0].lower()}"
            body = "".join(SQLITE_TOUCH.format(days=days(row)) for row in rows)
            statements += [f"DROP TRIGGER IF EXISTS {trigger}",
                           f"CREATE TRIGGER {trigger} AFTER {event} ON {table} BEGIN {body} END"]
    return statements


def _sqlite_drop_sql():
    return [f"DROP TRIGGER IF EXISTS {name}_{event}" for _table, name, _days, _columns in SQLITE_WATCHED
            for event in ("insert", "update", "delete")]


def add_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = _pg_sql() if vendor == "postgresql" else _sqlite_sql() if vendor == "sqlite" else []
    for sql in statements:
        schema_editor.execute(sql)


def remove_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = _pg_drop_sql() if vendor == "postgresql" else _sqlite_drop_sql() if vendor == "sqlite" else []
    for sql in statements:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("articles", "0005_topic_listing"),
        ("workflow", "0007_desk_include_former_units"),
    ]

    operations = [
        migrations.CreateModel(
            name="DayFigures",
            fields=[
                ("day", models.DateField(primary_key=True, serialize=False, verbose_name="ngày")),
                ("generation", models.BigIntegerField(default=0, verbose_name="thế hệ")),
                ("signature", models.CharField(blank=True, max_length=64, verbose_name="chữ ký cách nhóm")),
                ("published", models.IntegerField(null=True, verbose_name="số tin xuất bản")),
                ("coverage", models.JSONField(null=True, verbose_name="độ phủ")),
                ("decisions", models.JSONField(null=True, verbose_name="quyết định")),
                ("computed_at", models.DateTimeField(null=True, verbose_name="tính lúc")),
            ],
            options={"verbose_name": "số liệu một ngày", "verbose_name_plural": "số liệu từng ngày"},
        ),
        migrations.RunPython(add_triggers, remove_triggers),
    ]
