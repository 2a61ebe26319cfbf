"""Export to JSON Lines plus a photos folder (read back by ``importer.pipeline.jsonl``).

One article per line, with everything an editor put into it: text, captions and credits, photo file
names, officials with their titles as printed, provinces, topics, documents, dates, status and a
summary of its revision history. ``import_articles OUT_DIR/articles.jsonl`` restores it.

What is deliberately not restored: a public status. A published or withdrawn article comes back
"chờ duyệt" (a draft stays a draft), so nothing goes live without a moderator, even from a backup.
Its publication dates are kept as data.
"""

from importer.exchange.export import FORMAT, article_record, articles_export, export_queryset, imported_revisions

__all__ = [
    "FORMAT", "article_record", "articles_export", "export_queryset", "imported_revisions",
]
