"""The articles app owns the index of its search column, as it owns the column.

``search_text`` and ``search_vector`` have been article columns since 0001; the search app computes their values
(through ``articles.indexing``) and, until now, also created the GIN index over ``search_vector`` and an
expression index over the title and lead with raw SQL from its own migrations. Here the GIN index becomes
``Meta.indexes``, under the name it already has, so an existing database keeps it as it is and a new one gets
it (PostgreSQL only: SQLite has no GIN and searches ``search_text``). The title + lead expression index is
dropped: it indexed an expression of the search app's SQL functions, and the vector now carries the title and
lead words itself (search migration 0007), so one index answers both.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

INDEX = GinIndex(fields=["search_vector"], name="article_search_vector_gin")
# Made by search migrations 0002-0004 on PostgreSQL; "IF EXISTS": a new database never had them.
FORMER_INDEXES = ("article_search_head_gin", "article_search_title_gin")


def add_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    # Building it over a large newsroom takes longer than a request may.
    schema_editor.execute("SET LOCAL statement_timeout = 0")
    schema_editor.execute("SET LOCAL maintenance_work_mem = '256MB'")
    model = apps.get_model("articles", "Article")
    with connection.cursor() as cursor:
        existing = connection.introspection.get_constraints(cursor, model._meta.db_table)
    if INDEX.name not in existing:
        schema_editor.add_index(model, INDEX)
    for name in FORMER_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(name)}")


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {schema_editor.quote_name(INDEX.name)}")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_links_indexes_listing"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddIndex(model_name="article", index=INDEX)],
            database_operations=[migrations.RunPython(add_index, remove_index, elidable=False)],
        ),
    ]
