"""Rows of newly created articles that wait to be written in bulk when their batch of files commits.

A new article needs its own INSERT (its id links everything else), but its photos, links, mentions,
revision, transition and import record do not: gathered over a batch, they cost a handful of queries
instead of a dozen per file. Nothing here sends signals: the articles are not public, so no cached public
page needs invalidating.
"""

from articles.models import Article, Mention, Photo
from importer.models import ImportRecord
from workflow.services import articles_import_record


class Staging:
    def __init__(self):
        self._reset()

    def _reset(self):
        self.photos, self.mentions, self.records, self.imported = [], [], [], []
        self.links = {"provinces": [], "topics": [], "documents": []}

    def link(self, field, article, ids):
        through = getattr(Article, field).through
        column = through._meta.get_field(field[:-1]).attname
        self.links[field].extend(through(article_id=article.pk, **{column: i}) for i in ids)

    def mark(self):
        """Where the lists stand now, to undo what a file staged if its savepoint rolls back."""
        return (len(self.photos), len(self.mentions), len(self.records), len(self.imported),
                {field: len(rows) for field, rows in self.links.items()})

    def undo(self, mark):
        photos, mentions, records, imported, links = mark
        del self.photos[photos:], self.mentions[mentions:], self.records[records:], self.imported[imported:]
        for field, length in links.items():
            del self.links[field][length:]

    def __bool__(self):
        return bool(self.photos or self.mentions or self.records or self.imported or any(self.links.values()))

    def flush(self):
        if not self:
            return
        # Photo files are stored on the way in (FileField.pre_save); photo ids are needed by the snapshots.
        Photo.objects.bulk_create(self.photos)
        for field, rows in self.links.items():
            getattr(Article, field).through.objects.bulk_create(rows, ignore_conflicts=True)
        Mention.objects.bulk_create(self.mentions)
        articles_import_record(entries=self.imported)
        for article, _actor, _comment in self.imported:
            article._prefetched_objects_cache = {}
        ImportRecord.objects.bulk_create(self.records)
        self._reset()
