"""The byline and the source an article prints at its end ("Nguồn tin: Sao Khuê", "CATP Hà Tĩnh") are indexed with
the extras (weight D): every stored vector (on SQLite every ``search_text``) is rewritten, as 0008 did."""

from django.contrib.postgres.search import SearchVectorField
from django.db import migrations
from django.db.models import F, Func, TextField, Value

from search.vectors import refresh_search_text


def _nonblank(field):
    return Func(F(field), Value(""), function="nullif")


def forwards(apps, schema_editor):
    article = apps.get_model("articles", "Article")
    if schema_editor.connection.vendor != "postgresql":
        refresh_search_text(article.objects.all())
        return
    # As in 0008: no time limit, the GIN index takes the new vectors in one merge, then fresh statistics.
    schema_editor.execute("SET LOCAL statement_timeout = 0")
    schema_editor.execute("SET LOCAL gin_pending_list_limit = '512MB'")
    schema_editor.execute("SET LOCAL maintenance_work_mem = '256MB'")
    extras = Func(Func(F("pk"), function="newsroom_article_extras"), _nonblank("byline"), _nonblank("source"),
                  template="concat_ws(E'\\n', %(expressions)s)", output_field=TextField())
    vector = Func(F("title"), F("lead"), F("body"), extras, function="newsroom_search_vector",
                  output_field=SearchVectorField())
    article.objects.update(search_vector=vector)
    schema_editor.execute(
        "SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_am a ON a.oid = c.relam WHERE i.indrelid = 'articles_article'::regclass AND a.amname = 'gin'")
    schema_editor.execute("ANALYZE articles_article")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0009_learned_abbreviations"),
    ]

    operations = [
        # Backwards, the byline's words stay in the index until the article is next saved: they only widen a search.
        migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False),
    ]
