"""Indexes for the hot public and admin queries at 100,000+ articles (PostgreSQL only; see bench/README.md).

* Published articles newest first, covering slug and updated_at: list pages walk it without touching the
  table, and the sitemap's deep pages skip rows inside the index.
* Each link table by (target, article): "all articles of a province / topic / official" is answered from the
  index alone, and probing "is this article in that province" needs no table visit either.

SQLite has no INCLUDE or partial-index planner benefits worth keeping in step; the test suite runs without them.
"""

from django.db import migrations

INDEXES = {
    "perf_article_published_order": (
        "CREATE INDEX IF NOT EXISTS perf_article_published_order ON articles_article "
        "(publish_at DESC, id DESC) INCLUDE (slug, updated_at) WHERE status = 'published'"
    ),
    "perf_article_provinces_by_province": (
        "CREATE INDEX IF NOT EXISTS perf_article_provinces_by_province ON articles_article_provinces "
        "(province_id, article_id)"
    ),
    "perf_article_topics_by_topic": (
        "CREATE INDEX IF NOT EXISTS perf_article_topics_by_topic ON articles_article_topics (topic_id, article_id)"
    ),
    "perf_mention_by_official": (
        "CREATE INDEX IF NOT EXISTS perf_mention_by_official ON articles_mention (official_id, article_id)"
    ),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in INDEXES.values():
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
