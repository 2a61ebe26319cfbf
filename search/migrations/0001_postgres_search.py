"""PostgreSQL full-text search for articles: the unaccent extension and the folding functions.

Nothing happens on SQLite, where search uses Article.search_text instead.
"""

from django.db import migrations

FUNCTIONS = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads its dictionary by name), so indexes and generated values cannot use it.
-- Naming the dictionary makes the result depend on the input alone.
CREATE OR REPLACE FUNCTION newsroom_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The words search sees, as Python's core.text.fold + [a-z0-9]+ sees them: "Kiên Giang, 21-KL/TW" ->
-- "kien giang 21 kl tw". Keeping to plain words stops the text parser from reading "kl/tw" as a file name.
CREATE OR REPLACE FUNCTION newsroom_search_words(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT btrim(regexp_replace(lower(newsroom_unaccent($1)), '[^a-z0-9]+', ' ', 'g')) $$;

-- Stored bodies are sanitised HTML: drop tags and entities before taking the words.
CREATE OR REPLACE FUNCTION newsroom_search_html(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT newsroom_search_words(regexp_replace($1, '<[^>]*>|&#?[a-z0-9]+;', ' ', 'gi')) $$;
"""

DROP = """
DROP FUNCTION IF EXISTS newsroom_search_html(text);
DROP FUNCTION IF EXISTS newsroom_search_words(text);
DROP FUNCTION IF EXISTS newsroom_unaccent(text);
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTIONS)
    # The vectors are filled once, by 0007, with the final definition; their index is the articles app's.


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
