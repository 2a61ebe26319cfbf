"""Index everything a reader sees: photo captions and credits, linked officials (name and title as printed),
provinces, topics and document numbers, with weight D below the body (C), lead (B) and title (A).

``newsroom_article_extras(id)`` gathers those texts from their tables, one line per item, the same lines
``search.vectors.article_extras()`` builds in Python; ``newsroom_search_vector(title, lead, body, extras)``
adds their words (D) and the pairs of adjacent words within each line, so that a phrase never runs from one
caption into the next. Every stored vector is rewritten, and on SQLite every ``search_text``.
"""

from django.db import migrations

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION newsroom_search_vector(text, text, text, text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT newsroom_search_vector($1, $2, $3)
        || setweight(to_tsvector('simple', coalesce(newsroom_search_words($4), '')), 'D')
        || coalesce((SELECT array_to_tsvector(array_agg(DISTINCT p)) FROM unnest(string_to_array($4, E'\n')) AS line,
                     unnest(newsroom_search_pairs(coalesce(newsroom_search_words(line), ''))) AS p), ''::tsvector)
    $$;

CREATE OR REPLACE FUNCTION newsroom_article_extras(bigint) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT concat_ws(E'\n',
        (SELECT string_agg(concat_ws(' ', caption, nullif(credit, '')), E'\n' ORDER BY position, id)
           FROM articles_photo WHERE article_id = $1),
        (SELECT string_agg(concat_ws(' ', o.full_name, nullif(m.title_as_printed, '')), E'\n' ORDER BY m.position, m.id)
           FROM articles_mention m JOIN people_official o ON o.id = m.official_id WHERE m.article_id = $1),
        (SELECT string_agg(p.name, E'\n' ORDER BY p.name, p.id)
           FROM articles_article_provinces l JOIN places_province p ON p.id = l.province_id WHERE l.article_id = $1),
        (SELECT string_agg(t.name, E'\n' ORDER BY t.name, t.id)
           FROM articles_article_topics l JOIN articles_topic t ON t.id = l.topic_id WHERE l.article_id = $1),
        (SELECT string_agg(d.number, E'\n' ORDER BY d.number, d.id)
           FROM articles_article_documents l JOIN articles_document d ON d.id = l.document_id
          WHERE l.article_id = $1 AND d.number <> ''))
    $$;
"""

FILL = """
DROP INDEX IF EXISTS article_search_vector_gin;
UPDATE articles_article SET search_vector = newsroom_search_vector(title, lead, body, newsroom_article_extras(id));
CREATE INDEX IF NOT EXISTS article_search_vector_gin ON articles_article USING gin (search_vector);
ANALYZE articles_article;
"""

DROP = """
DROP FUNCTION IF EXISTS newsroom_article_extras(bigint);
DROP FUNCTION IF EXISTS newsroom_search_vector(text, text, text, text);
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET LOCAL statement_timeout = 0")
        schema_editor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        schema_editor.execute(FUNCTIONS)
        schema_editor.execute(FILL)
        return
    # SQLite searches search_text: add the same extras, a batch at a time.
    from search.vectors import refresh_search_text

    refresh_search_text(apps.get_model("articles", "Article").objects.all())


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET LOCAL statement_timeout = 0")
        schema_editor.execute(DROP)
        schema_editor.execute("UPDATE articles_article SET search_vector = newsroom_search_vector(title, lead, body)")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_drop_title_index"),
        ("articles", "0001_initial"),
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
