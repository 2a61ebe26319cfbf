"""Compute each article's search vector in one pass, then index it.

``newsroom_search_vector(title, lead, body)`` folds each text once and derives both the weighted words
(A title, B lead, C body) and the pairs of adjacent words from that, instead of folding the body twice.
Then every stored vector is rewritten and the three GIN indexes are built: the whole article, the title,
and the title + lead. Nothing happens on SQLite.
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

# Rewriting every vector is much faster without the index, which is then built in one pass.
FILL = """
DROP INDEX IF EXISTS article_search_vector_gin;
UPDATE articles_article SET search_vector = newsroom_search_vector(title, lead, body);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS article_search_vector_gin ON articles_article USING gin (search_vector);
CREATE INDEX IF NOT EXISTS article_search_title_gin ON articles_article USING gin (newsroom_title_vector(title));
CREATE INDEX IF NOT EXISTS article_search_head_gin ON articles_article USING gin (newsroom_head_vector(title, lead));
ANALYZE articles_article;
"""

DROP = """
DROP INDEX IF EXISTS article_search_vector_gin;
DROP INDEX IF EXISTS article_search_head_gin;
DROP INDEX IF EXISTS article_search_title_gin;
DROP FUNCTION IF EXISTS newsroom_search_vector(text, text, text);
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # Building the indexes and filling the vectors of a large newsroom takes longer than a request may.
    schema_editor.execute("SET LOCAL statement_timeout = 0")
    schema_editor.execute("SET LOCAL maintenance_work_mem = '256MB'")
    schema_editor.execute(FUNCTIONS)
    schema_editor.execute(FILL)
    schema_editor.execute(INDEXES)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_word_pairs"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
