"""The articles app takes over its own schema: declared link models, the hot-query indexes, the province listing.

Until now a separate ``perf`` app changed these tables behind Django's back, with raw SQL. Here the link tables
become the declared models ``ArticleProvince`` (with ``listed_at``) and ``ArticleTopic`` over the same tables,
and the indexes become ``Meta.indexes``. Databases that ran perf's two migrations already hold all of it (their
rows stay in django_migrations, harmless), so every database step is idempotent: a column or an index is added
only when missing, functions are replaced, triggers dropped and made again. A new database and an old one end
up the same.

The listing (PostgreSQL only, as before). A province page lists the province's published articles newest first.
With only (province, article) in the link table, PostgreSQL either walks every published article newest first
until it has found a page of the province's (tens of thousands of rows for a former unit whose coverage is a
year old), or reads all of the province's articles and sorts them. ``listed_at`` copies the article's publish
time onto its province links while the article is published (NULL otherwise), so the index on (province,
listed_at, article) answers a page, any page, and the count, from the index alone. Triggers keep it true
whatever writes the rows (the admin, the workflow services, the importer's bulk inserts, loaddata, COPY): a new
link takes its article's state; a change of the article's status or publish time is copied to its links. SQLite
has the column, left empty: its lists take the general path (articles/paginators.py).
"""

import django.db.models.deletion
from django.db import migrations, models

LINKS = "articles_article_provinces"

INDEXES = [
    ("article", models.Index(
        condition=models.Q(("status", "published")), fields=["-publish_at", "-id"], include=("slug", "updated_at"),
        name="perf_article_published_order",
    )),
    ("articleprovince", models.Index(fields=["province", "article"], name="perf_province_articles")),
    ("articleprovince", models.Index(
        condition=models.Q(("listed_at__isnull", False)), fields=["province", "-listed_at", "-article"],
        name="perf_province_listing",
    )),
    ("articletopic", models.Index(fields=["topic", "article"], name="perf_article_topics_by_topic")),
    ("mention", models.Index(fields=["official", "article"], name="perf_mention_by_official")),
]

# perf's name, longer than the 30 characters a model's index may have; renaming it does not rebuild it.
RENAMED = ("perf_article_provinces_by_province", "perf_province_articles")

TRIGGERS = [
    """
    CREATE OR REPLACE FUNCTION newsroom_link_listed_at() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- FOR SHARE waits for a transaction that is changing the article (publishing it, say) and reads
        -- the state it commits; without it, a link added meanwhile would keep the old state for good.
        SELECT CASE WHEN a.status = 'published' THEN a.publish_at END INTO NEW.listed_at
        FROM articles_article a WHERE a.id = NEW.article_id FOR SHARE;
        RETURN NEW;
    END $$
    """,
    "DROP TRIGGER IF EXISTS newsroom_link_listed_at ON articles_article_provinces",
    """
    CREATE TRIGGER newsroom_link_listed_at BEFORE INSERT OR UPDATE OF article_id ON articles_article_provinces
    FOR EACH ROW EXECUTE FUNCTION newsroom_link_listed_at()
    """,
    """
    CREATE OR REPLACE FUNCTION newsroom_article_listed_at() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE listed timestamptz := CASE WHEN NEW.status = 'published' THEN NEW.publish_at END;
    BEGIN
        UPDATE articles_article_provinces SET listed_at = listed
        WHERE article_id = NEW.id AND listed_at IS DISTINCT FROM listed;
        RETURN NULL;
    END $$
    """,
    "DROP TRIGGER IF EXISTS newsroom_article_listed_at ON articles_article",
    """
    CREATE TRIGGER newsroom_article_listed_at AFTER UPDATE OF status, publish_at ON articles_article
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.publish_at IS DISTINCT FROM NEW.publish_at)
    EXECUTE FUNCTION newsroom_article_listed_at()
    """,
    # Links written before the triggers existed (a new database has none; an old one is already in step).
    """
    UPDATE articles_article_provinces l SET listed_at = CASE WHEN a.status = 'published' THEN a.publish_at END
    FROM articles_article a
    WHERE a.id = l.article_id AND l.listed_at IS DISTINCT FROM CASE WHEN a.status = 'published' THEN a.publish_at END
    """,
]

DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS newsroom_article_listed_at ON articles_article",
    "DROP FUNCTION IF EXISTS newsroom_article_listed_at()",
    "DROP TRIGGER IF EXISTS newsroom_link_listed_at ON articles_article_provinces",
    "DROP FUNCTION IF EXISTS newsroom_link_listed_at()",
]


def _columns(connection, table):
    with connection.cursor() as cursor:
        return {column.name for column in connection.introspection.get_table_description(cursor, table)}


def _constraints(connection, table):
    with connection.cursor() as cursor:
        return connection.introspection.get_constraints(cursor, table)


def add_listed_at(apps, schema_editor):
    connection = schema_editor.connection
    if "listed_at" in _columns(connection, LINKS):
        return
    quote = schema_editor.quote_name
    column_type = models.DateTimeField(null=True).db_type(connection)
    schema_editor.execute(f"ALTER TABLE {quote(LINKS)} ADD COLUMN {quote('listed_at')} {column_type} NULL")


def drop_listed_at(apps, schema_editor):
    if "listed_at" in _columns(schema_editor.connection, LINKS):
        quote = schema_editor.quote_name
        schema_editor.execute(f"ALTER TABLE {quote(LINKS)} DROP COLUMN {quote('listed_at')}")


def add_indexes(apps, schema_editor):
    connection = schema_editor.connection
    for model_name, index in INDEXES:
        model = apps.get_model("articles", model_name)
        existing = _constraints(connection, model._meta.db_table)
        old, new = RENAMED
        if index.name == new and old in existing and new not in existing:
            schema_editor.execute(f"ALTER INDEX {schema_editor.quote_name(old)} RENAME TO {schema_editor.quote_name(new)}")
        elif index.name not in existing:
            schema_editor.add_index(model, index)


def remove_indexes(apps, schema_editor):
    connection = schema_editor.connection
    for model_name, index in INDEXES:
        model = apps.get_model("articles", model_name)
        if index.name in _constraints(connection, model._meta.db_table):
            schema_editor.remove_index(model, index)


def add_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in TRIGGERS:
            schema_editor.execute(sql)


def remove_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in DROP_TRIGGERS:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_initial_topics"),
        ("places", "0002_load_provinces"),
    ]

    operations = [
        # The tables Django made for the implicit links, declared as they are (same table, columns and unique
        # constraint name); only listed_at may be missing, on a database perf never touched (SQLite, say).
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ArticleProvince",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("article", models.ForeignKey(
                            on_delete=django.db.models.deletion.CASCADE, related_name="+", to="articles.article",
                            verbose_name="tin bài",
                        )),
                        ("province", models.ForeignKey(
                            on_delete=django.db.models.deletion.CASCADE, related_name="+", to="places.province",
                            verbose_name="tỉnh, thành phố",
                        )),
                        ("listed_at", models.DateTimeField(
                            blank=True, editable=False, null=True, verbose_name="thời điểm lên danh sách của tỉnh",
                            help_text="Thời điểm xuất bản của bài khi bài đang xuất bản, để trống khi chưa; "
                                      "cơ sở dữ liệu tự ghi.",
                        )),
                    ],
                    options={
                        "verbose_name": "tỉnh của tin bài",
                        "verbose_name_plural": "tỉnh của tin bài",
                        "db_table": "articles_article_provinces",
                        "unique_together": {("article", "province")},
                    },
                ),
                migrations.CreateModel(
                    name="ArticleTopic",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("article", models.ForeignKey(
                            on_delete=django.db.models.deletion.CASCADE, related_name="+", to="articles.article",
                            verbose_name="tin bài",
                        )),
                        ("topic", models.ForeignKey(
                            on_delete=django.db.models.deletion.CASCADE, related_name="+", to="articles.topic",
                            verbose_name="chủ đề",
                        )),
                    ],
                    options={
                        "verbose_name": "chủ đề của tin bài",
                        "verbose_name_plural": "chủ đề của tin bài",
                        "db_table": "articles_article_topics",
                        "unique_together": {("article", "topic")},
                    },
                ),
                migrations.AlterField(
                    model_name="article",
                    name="provinces",
                    field=models.ManyToManyField(
                        related_name="articles", through="articles.ArticleProvince", to="places.province",
                        verbose_name="tỉnh, thành phố",
                    ),
                ),
                migrations.AlterField(
                    model_name="article",
                    name="topics",
                    field=models.ManyToManyField(
                        related_name="articles", through="articles.ArticleTopic", to="articles.topic",
                        verbose_name="chủ đề",
                    ),
                ),
            ],
            database_operations=[migrations.RunPython(add_listed_at, drop_listed_at, elidable=False)],
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddIndex(model_name=name, index=index) for name, index in INDEXES],
            database_operations=[migrations.RunPython(add_indexes, remove_indexes, elidable=False)],
        ),
        migrations.RunPython(add_triggers, remove_triggers, elidable=False),
    ]
