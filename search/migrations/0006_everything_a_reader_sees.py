"""Index everything a reader sees: photo captions and credits, linked officials (name and title as printed),
provinces, topics and document numbers, with weight D below the body (C), lead (B) and title (A).

``newsroom_article_extras(id)`` gathers those texts from their tables, one line per item, the same lines
``search.vectors.article_extras()`` builds in Python; ``newsroom_search_vector(title, lead, body, extras)``
adds their words (D) and the pairs of adjacent words within each line, so that a phrase never runs from one
caption into the next. The stored vectors (and on SQLite every ``search_text``) are rewritten once, by 0007.
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

DROP = """
DROP FUNCTION IF EXISTS newsroom_article_extras(bigint);
DROP FUNCTION IF EXISTS newsroom_search_vector(text, text, text, text);
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTIONS)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_drop_title_index"),
        ("articles", "0001_initial"),
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
