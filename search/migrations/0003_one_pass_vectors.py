"""Compute each article's search vector in one pass.

``newsroom_search_vector(title, lead, body)`` folds each text once and derives both the weighted words
(A title, B lead, C body) and the pairs of adjacent words from that, instead of folding the body twice.
Nothing happens on SQLite.

This migration used to rewrite every vector and build GIN indexes on the articles table too; the index is now
the articles app's (articles 0004) and the vectors are rewritten once, by 0007, with the final definition.
"""

from django.db import migrations

FUNCTIONS = r"""
-- Zip the word list with itself shifted by one: no sort, no window.
CREATE OR REPLACE FUNCTION newsroom_search_pairs(text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT coalesce(array_agg(x || '_' || y), '{}')
    FROM (SELECT string_to_array($1, ' ') AS a) AS s, unnest(s.a, s.a[2:]) AS t(x, y)
    WHERE y IS NOT NULL AND x <> '' AND y <> ''
    $$;

CREATE OR REPLACE FUNCTION newsroom_search_vector(text, text, text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT setweight(to_tsvector('simple', t), 'A') || setweight(to_tsvector('simple', l), 'B')
        || setweight(to_tsvector('simple', b), 'C')
        || array_to_tsvector(newsroom_search_pairs(concat_ws(' ', nullif(t, ''), nullif(l, ''), nullif(b, ''))))
    FROM (SELECT coalesce(newsroom_search_words($1), '') AS t, coalesce(newsroom_search_words($2), '') AS l,
                 coalesce(newsroom_search_html($3), '') AS b) AS words
    $$;

DROP FUNCTION IF EXISTS newsroom_all_pairs(text, text, text);
"""

DROP = """
DROP FUNCTION IF EXISTS newsroom_search_vector(text, text, text);
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTIONS)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_word_pairs"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
