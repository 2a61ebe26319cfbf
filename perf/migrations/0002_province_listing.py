"""The order of each province's coverage, kept beside its link rows (PostgreSQL only; see perf/listing.py).

A province page lists the province's published articles newest first. With only (province, article) in the
link table, PostgreSQL either walks every published article newest first until it has found a page of the
province's (tens of thousands of rows for a former unit whose coverage is a year old), or reads all of the
province's articles and sorts them. ``listed_at`` copies the article's publish time onto its province links
while the article is published (NULL otherwise), so an index on (province, listed_at, article) answers a
page, any page, and the count, from the index alone.

Triggers keep it true whatever writes the rows (the admin, workflow services, the importer's bulk inserts,
loaddata, COPY): a new link takes its article's state; a change of the article's status or publish time
is copied to its links. Django does not know the column; nothing reads it but perf/listing.py, and what a
visitor sees is still filtered by ``Article.objects.published()``.
"""

from django.db import migrations

FORWARDS = [
    "ALTER TABLE articles_article_provinces ADD COLUMN IF NOT EXISTS listed_at timestamptz",
    """
    UPDATE articles_article_provinces l SET listed_at = a.publish_at
    FROM articles_article a WHERE a.id = l.article_id AND a.status = 'published'
    """,
    """
    CREATE INDEX IF NOT EXISTS perf_province_listing ON articles_article_provinces
    (province_id, listed_at DESC, article_id DESC) WHERE listed_at IS NOT NULL
    """,
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
    """
    CREATE TRIGGER newsroom_article_listed_at AFTER UPDATE OF status, publish_at ON articles_article
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.publish_at IS DISTINCT FROM NEW.publish_at)
    EXECUTE FUNCTION newsroom_article_listed_at()
    """,
]

BACKWARDS = [
    "DROP TRIGGER IF EXISTS newsroom_article_listed_at ON articles_article",
    "DROP FUNCTION IF EXISTS newsroom_article_listed_at()",
    "DROP TRIGGER IF EXISTS newsroom_link_listed_at ON articles_article_provinces",
    "DROP FUNCTION IF EXISTS newsroom_link_listed_at()",
    "DROP INDEX IF EXISTS perf_province_listing",
    "ALTER TABLE articles_article_provinces DROP COLUMN IF EXISTS listed_at",
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in FORWARDS:
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in BACKWARDS:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("perf", "0001_article_indexes"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
