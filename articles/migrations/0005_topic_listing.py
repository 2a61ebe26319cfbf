"""A topic's public list, kept like a province's (0003): ``listed_at`` on the topic links.

A topic page lists the published articles on the topic and its sub-topics, newest first. Without ``listed_at``
PostgreSQL counts them by joining every link of the topic tree to its article (Xây dựng Đảng holds about half
of this department's archive: ~60 ms at 100,000 articles) and finds a rare topic's page by walking the
publish-time index past thousands of other articles. With it, the index on (topic, listed_at, article) gives
a page and the count from the index alone.

The triggers are 0003's: the link trigger function reads ``NEW.article_id`` only, so the topic links share it;
the article trigger function now copies the article's state to both link tables. SQLite has the column, left
empty: its lists take the general path (articles/paginators.py).
"""

from django.db import migrations, models
from django.db.models import Q

TRIGGERS = [
    """
    CREATE OR REPLACE FUNCTION newsroom_article_listed_at() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE listed timestamptz := CASE WHEN NEW.status = 'published' THEN NEW.publish_at END;
    BEGIN
        UPDATE articles_article_provinces SET listed_at = listed
        WHERE article_id = NEW.id AND listed_at IS DISTINCT FROM listed;
        UPDATE articles_article_topics SET listed_at = listed
        WHERE article_id = NEW.id AND listed_at IS DISTINCT FROM listed;
        RETURN NULL;
    END $$
    """,
    "DROP TRIGGER IF EXISTS newsroom_link_listed_at ON articles_article_topics",
    """
    CREATE TRIGGER newsroom_link_listed_at BEFORE INSERT OR UPDATE OF article_id ON articles_article_topics
    FOR EACH ROW EXECUTE FUNCTION newsroom_link_listed_at()
    """,
    # The links written before the trigger existed.
    """
    UPDATE articles_article_topics l SET listed_at = a.publish_at
    FROM articles_article a
    WHERE a.id = l.article_id AND a.status = 'published' AND l.listed_at IS DISTINCT FROM a.publish_at
    """,
]

DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS newsroom_link_listed_at ON articles_article_topics",
    """
    CREATE OR REPLACE FUNCTION newsroom_article_listed_at() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE listed timestamptz := CASE WHEN NEW.status = 'published' THEN NEW.publish_at END;
    BEGIN
        UPDATE articles_article_provinces SET listed_at = listed
        WHERE article_id = NEW.id AND listed_at IS DISTINCT FROM listed;
        RETURN NULL;
    END $$
    """,
]


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
        ("articles", "0004_search_vector_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="articletopic",
            name="listed_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="thời điểm lên danh sách của chủ đề",
                help_text="Thời điểm xuất bản của bài khi bài đang xuất bản, để trống khi chưa; cơ sở dữ liệu tự ghi.",
            ),
        ),
        migrations.RunPython(add_triggers, remove_triggers),
        migrations.AddIndex(
            model_name="articletopic",
            index=models.Index(
                condition=Q(listed_at__isnull=False), fields=["topic", "-listed_at", "-article"],
                name="article_topic_listing",
            ),
        ),
    ]
