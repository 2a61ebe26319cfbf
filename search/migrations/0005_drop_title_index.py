"""Formerly dropped the title-only GIN index that 0003 built on the articles table, once the ranking no longer
used it. That index is no longer built at all (the articles app owns the table's indexes, articles 0004), so
nothing is left to do; the migration stays so that databases that ran it keep a consistent history."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_costly_expression_functions"),
    ]

    operations = []
