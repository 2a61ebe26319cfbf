"""Tell PostgreSQL's planner what the title and title+lead vectors cost to compute.

As one-line SQL functions they were inlined, and the planner priced the folding (unaccent, regular
expressions, to_tsvector) like a comparison: it walked the publish-time index computing the vector of
every row it passed (tens of thousands, 4 seconds for a word found only in older titles) instead of asking
the GIN index. As PL/pgSQL functions with a realistic COST they are not inlined, and the planner asks the
index unless a word is so common that the newest matching rows are a few steps away. The indexes stay
valid: the results are the same. Nothing happens on SQLite. (Since 0007 the title and lead words are in the
vector itself, and these functions and their indexes are gone.)
"""

from django.db import migrations

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION newsroom_title_vector(text) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 5000
    AS $$ BEGIN RETURN newsroom_words_vector(coalesce(newsroom_search_words($1), '')); END $$;

CREATE OR REPLACE FUNCTION newsroom_head_vector(text, text) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 10000
    AS $$ BEGIN
        RETURN newsroom_words_vector(coalesce(newsroom_search_words(coalesce($1, '') || ' ' || coalesce($2, '')), ''));
    END $$;
"""

PREVIOUS = r"""
CREATE OR REPLACE FUNCTION newsroom_title_vector(text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT newsroom_words_vector(coalesce(newsroom_search_words($1), '')) $$;

CREATE OR REPLACE FUNCTION newsroom_head_vector(text, text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT newsroom_words_vector(coalesce(newsroom_search_words(coalesce($1, '') || ' ' || coalesce($2, '')), '')) $$;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET LOCAL statement_timeout = 0")
        schema_editor.execute(FUNCTIONS)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PREVIOUS)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_one_pass_vectors"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
