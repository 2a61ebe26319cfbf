"""A linked city is indexed as "TP <name>" ("TP Hồ Chí Minh", "TP Cần Thơ"), the way the genre writes it, so that
"thanh pho ho chi minh", "tphcm" and "tp hcm" (one meaning in ``search.query``) find what is filed under the city
whatever its text writes. Provinces keep their name alone.

``newsroom_article_extras(id)`` gives the same lines as ``search.vectors.extras_by_article`` again, and every stored
vector (on SQLite every ``search_text``) is rewritten, as 0007 did.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import migrations
from django.db.models import F, Func

from search.vectors import refresh_search_text


def _extras(province_line):
    return rf"""
CREATE OR REPLACE FUNCTION newsroom_article_extras(bigint) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT concat_ws(E'\n',
        (SELECT string_agg(concat_ws(' ', caption, nullif(credit, '')), E'\n' ORDER BY position, id)
           FROM articles_photo WHERE article_id = $1),
        (SELECT string_agg(concat_ws(' ', o.full_name, nullif(m.title_as_printed, '')), E'\n' ORDER BY m.position, m.id)
           FROM articles_mention m JOIN people_official o ON o.id = m.official_id WHERE m.article_id = $1),
        (SELECT string_agg({province_line}, E'\n' ORDER BY p.name, p.id)
           FROM articles_article_provinces l JOIN places_province p ON p.id = l.province_id WHERE l.article_id = $1),
        (SELECT string_agg(t.name, E'\n' ORDER BY t.name, t.id)
           FROM articles_article_topics l JOIN articles_topic t ON t.id = l.topic_id WHERE l.article_id = $1),
        (SELECT string_agg(d.number, E'\n' ORDER BY d.number, d.id)
           FROM articles_article_documents l JOIN articles_document d ON d.id = l.document_id
          WHERE l.article_id = $1 AND d.number <> ''))
    $$;
"""


CITIES_AS_TP = _extras("CASE p.kind WHEN 'thanh-pho' THEN 'TP ' || p.name ELSE p.name END")
NAME_ONLY = _extras("p.name")


def _rewrite(apps, schema_editor, functions):
    article = apps.get_model("articles", "Article")
    if schema_editor.connection.vendor != "postgresql":
        refresh_search_text(article.objects.all())
        return
    # As in 0007: no time limit, and the GIN index takes the new vectors in one merge.
    schema_editor.execute("SET LOCAL statement_timeout = 0")
    schema_editor.execute("SET LOCAL gin_pending_list_limit = '512MB'")
    schema_editor.execute("SET LOCAL maintenance_work_mem = '256MB'")
    schema_editor.execute(functions)
    extras = Func(F("pk"), function="newsroom_article_extras")
    vector = Func(F("title"), F("lead"), F("body"), extras, function="newsroom_search_vector",
                  output_field=SearchVectorField())
    article.objects.update(search_vector=vector)
    # The rewritten vectors wait in the GIN indexes' pending lists, which every search then reads through (on the
    # benchmark's 110,000 articles: 800 ms a query instead of 30 ms until a vacuum). Merge them now, and give the
    # planner fresh statistics; VACUUM itself cannot run inside the migration's transaction.
    schema_editor.execute(
        "SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_am a ON a.oid = c.relam WHERE i.indrelid = 'articles_article'::regclass AND a.amname = 'gin'")
    schema_editor.execute("ANALYZE articles_article")


def forwards(apps, schema_editor):
    _rewrite(apps, schema_editor, CITIES_AS_TP)


def backwards(apps, schema_editor):
    # SQLite's search_text is written by today's Python side either way; "TP" there only adds a true word.
    if schema_editor.connection.vendor == "postgresql":
        _rewrite(apps, schema_editor, NAME_ONLY)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_title_and_lead_in_the_vector"),
        ("places", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
