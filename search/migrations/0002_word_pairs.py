"""Phrase search without re-reading vectors: adjacent word pairs as lexemes (functions; 0007 fills the vectors).

A GIN index cannot answer "these words next to each other" by itself; PostgreSQL then re-reads every
candidate's vector to check positions, which at 100,000 articles costs seconds. Pairs of adjacent words
("kien_giang") turn a phrase into plain lexemes that the index answers exactly. Nothing happens on SQLite.
"""

from django.db import migrations

FUNCTIONS = r"""
-- ["xay", "dung", "dang"] -> {xay_dung, dung_dang}, from the space-separated words of newsroom_search_words().
CREATE OR REPLACE FUNCTION newsroom_search_pairs(text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT coalesce(array_agg(x || '_' || y), '{}')
    FROM (SELECT string_to_array($1, ' ') AS a) AS s, unnest(s.a, s.a[2:]) AS t(x, y)
    WHERE y IS NOT NULL AND x <> '' AND y <> ''
    $$;

-- Words and pairs of one text, unweighted: what the title and title+lead indexes hold.
CREATE OR REPLACE FUNCTION newsroom_words_vector(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT to_tsvector('simple', $1) || array_to_tsvector(newsroom_search_pairs($1)) $$;

CREATE OR REPLACE FUNCTION newsroom_title_vector(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT newsroom_words_vector(coalesce(newsroom_search_words($1), '')) $$;

CREATE OR REPLACE FUNCTION newsroom_head_vector(text, text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT newsroom_words_vector(coalesce(newsroom_search_words(coalesce($1, '') || ' ' || coalesce($2, '')), '')) $$;

-- The pairs of the whole article, title to body, as position-less lexemes of the stored search vector.
CREATE OR REPLACE FUNCTION newsroom_all_pairs(text, text, text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT array_to_tsvector(newsroom_search_pairs(concat_ws(' ',
        newsroom_search_words(coalesce($1, '')), newsroom_search_words(coalesce($2, '')),
        newsroom_search_html(coalesce($3, '')))))
    $$;
"""

DROP = """
DROP FUNCTION IF EXISTS newsroom_all_pairs(text, text, text);
DROP FUNCTION IF EXISTS newsroom_head_vector(text, text);
DROP FUNCTION IF EXISTS newsroom_title_vector(text);
DROP FUNCTION IF EXISTS newsroom_words_vector(text);
DROP FUNCTION IF EXISTS newsroom_search_pairs(text);
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTIONS)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_postgres_search"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
