"""The title and lead words travel in the article's search vector, so that one index, the articles app's, answers
"every word in the title or lead" as well as "every word anywhere".

Until now the title + lead matches came from a GIN index over an expression of this app's functions, which
this app built on the articles table. The articles app now owns that table's indexes (articles 0004, which drops
that expression index); this app only computes values. ``newsroom_search_vector(title, lead, body, extras)`` adds
to the weighted words and pairs one position-less lexeme per word and per pair of adjacent words of the title
and lead, marked by a leading "^" ("^kien", "^kien_giang"), which no word of the text can start with.

Then every stored vector is rewritten through the ORM (on SQLite every ``search_text``), the way
``search_reindex`` does it. Running this again, on a new database or an old one, gives the same result.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import migrations
from django.db.models import F, Func

from search.vectors import refresh_search_text

FUNCTIONS = r"""
-- "^" + every word and every pair of adjacent words of the title and lead: "Kiên Giang" -> '^kien' '^giang'
-- '^kien_giang'.
CREATE OR REPLACE FUNCTION newsroom_head_lexemes(text, text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT coalesce((SELECT array_to_tsvector(array_agg(DISTINCT '^' || x))
                     FROM unnest(string_to_array(h, ' ') || newsroom_search_pairs(h)) AS x WHERE x <> ''), ''::tsvector)
    FROM (SELECT coalesce(newsroom_search_words(concat_ws(' ', $1, $2)), '') AS h) AS words
    $$;

CREATE OR REPLACE FUNCTION newsroom_search_vector(text, text, text, text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT newsroom_search_vector($1, $2, $3)
        || setweight(to_tsvector('simple', coalesce(newsroom_search_words($4), '')), 'D')
        || coalesce((SELECT array_to_tsvector(array_agg(DISTINCT p)) FROM unnest(string_to_array($4, E'\n')) AS line,
                     unnest(newsroom_search_pairs(coalesce(newsroom_search_words(line), ''))) AS p), ''::tsvector)
        || newsroom_head_lexemes($1, $2)
    $$;

-- Only the dropped title and title + lead expression indexes used these.
DROP FUNCTION IF EXISTS newsroom_head_vector(text, text);
DROP FUNCTION IF EXISTS newsroom_title_vector(text);
DROP FUNCTION IF EXISTS newsroom_words_vector(text);
"""

PREVIOUS = r"""
CREATE OR REPLACE FUNCTION newsroom_search_vector(text, text, text, text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT newsroom_search_vector($1, $2, $3)
        || setweight(to_tsvector('simple', coalesce(newsroom_search_words($4), '')), 'D')
        || coalesce((SELECT array_to_tsvector(array_agg(DISTINCT p)) FROM unnest(string_to_array($4, E'\n')) AS line,
                     unnest(newsroom_search_pairs(coalesce(newsroom_search_words(line), ''))) AS p), ''::tsvector)
    $$;

DROP FUNCTION IF EXISTS newsroom_head_lexemes(text, text);
"""


def forwards(apps, schema_editor):
    article = apps.get_model("articles", "Article")
    if schema_editor.connection.vendor != "postgresql":
        refresh_search_text(article.objects.all())
        return
    # Rewriting a large newsroom's vectors takes longer than a request may; a large pending list lets the GIN
    # index take the new vectors in one merge instead of one at a time.
    schema_editor.execute("SET LOCAL statement_timeout = 0")
    schema_editor.execute("SET LOCAL gin_pending_list_limit = '512MB'")
    schema_editor.execute("SET LOCAL maintenance_work_mem = '256MB'")
    schema_editor.execute(FUNCTIONS)
    extras = Func(F("pk"), function="newsroom_article_extras")
    vector = Func(F("title"), F("lead"), F("body"), extras, function="newsroom_search_vector",
                  output_field=SearchVectorField())
    article.objects.update(search_vector=vector)


def backwards(apps, schema_editor):
    # The vectors keep their "^" lexemes, which nothing then asks for.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PREVIOUS)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_everything_a_reader_sees"),
        # The title + lead expression index uses the functions dropped here; articles 0004 drops it.
        ("articles", "0004_search_vector_index"),
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
