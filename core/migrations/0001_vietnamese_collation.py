"""On PostgreSQL, human names compare with the ICU Vietnamese collation (Đặng after Dũng, tones in order).

SQLite has no ICU collation; there the stored sort keys (core.text.sort_key) give the same order, and the models
order by those keys on both databases so that lists look the same everywhere.
"""

from django.db import migrations

COLUMNS = [
    ("people_official", "full_name", 200),
    ("people_organisation", "name", 255),
    ("places_province", "name", 100),
    ("articles_topic", "name", 150),
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu'")
        if cursor.fetchone() is None:
            return  # a server built without ICU keeps the default collation; the sort keys still apply
        for table, column, length in COLUMNS:
            cursor.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar({length}) COLLATE "vi-x-icu"')


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for table, column, length in COLUMNS:
            cursor.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar({length}) COLLATE "default"')


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("places", "0001_initial"),
        ("articles", "0001_initial"),
    ]
    operations = [migrations.RunPython(forwards, backwards)]
