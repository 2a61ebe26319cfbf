"""The title tier is now told from the title text of the title-or-lead matches (search.ranking), so the
title-only GIN index is never used; it only cost time on every save. Nothing happens on SQLite."""

from django.db import migrations


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_search_title_gin")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET LOCAL statement_timeout = 0")
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS article_search_title_gin ON articles_article USING gin (newsroom_title_vector(title))"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_costly_expression_functions"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
