"""Writing one source's article: create or update, photos, links; the workflow's services record it."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import DatabaseError, transaction

from articles.figures import figure_html
from articles.models import Article, Document, Mention, Photo, Status, Topic
from core.images import validate_and_reencode_image
from core.text import fold
from importer.models import ImportRecord
from importer.pipeline.base import MAX_IMPORTED_TOPICS, Outcome, free_slug
from importer.pipeline.proposing import proposed_content
from importer.services import article_link_recognition
from importer.word import PHOTO_MARKERS, strip_photo_markers
from places.models import Province
from workflow.exceptions import WorkflowError
from workflow.services import (
    article_import_proposal,
    article_import_revision,
    article_import_save,
    article_restore_save,
    articles_import_record,
)


class Storing:
    """The writing half of ``Importer`` (which provides options, lexicon, run and staging)."""

    def store(self, result, *, fields, photos, photo_files, recognition, extra=None, restore=None, link=None,
              previous=None):
        """Create or update the article for ``result`` under a savepoint (rolled back on a dry run).

        ``extra``: further Article fields (an export's source, slug, author); ``restore``: an export's status and
        publication dates, for ``article_restore_save`` to judge; ``link(article)`` adds the relations an export
        lists; ``previous`` names the article to update when the caller knows it.

        A body may hold the places of its photos (a Word file's pictures, ``importer.word.PHOTO_MARKERS``, each
        naming its index in ``photos``): the article is saved without them, and once the photos are stored each
        becomes that photo's figure (``_place_photos``). Such an article is written at once, not staged for the
        batch, because its figures need the photos' ids.
        """
        self._link_extra = link
        placing = fields.get("body") or ""
        if PHOTO_MARKERS.search(placing):
            fields = {**fields, "body": strip_photo_markers(placing)}
        else:
            placing = None
        if recognition is not None:
            recognition.topics = recognition.topics[:MAX_IMPORTED_TOPICS]
        mark, remembered = self.staging.mark(), self.lexicon.mark()
        try:
            with transaction.atomic():
                previous = previous or self.previous_article(result)
                if previous:
                    self._update(result, previous, fields, photos, photo_files, recognition, extra, restore,
                                 placing=placing)
                elif self.deferred and link is None and placing is None:
                    self._create(result, fields, photos, photo_files, recognition, extra, restore,
                                 staging=self.staging)
                else:
                    self._create(result, fields, photos, photo_files, recognition, extra, restore, placing=placing)
                if self.options.dry_run:
                    transaction.set_rollback(True)
        except (ValidationError, WorkflowError, DatabaseError) as exc:
            # The savepoint took the article back; what it staged for the batch must go too.
            self.staging.undo(mark)
            self.lexicon.undo(remembered)
            result.outcome, result.article_id = Outcome.FAILED, None
            if isinstance(exc, ValidationError):
                result.message = "; ".join(exc.messages)
            elif isinstance(exc, WorkflowError):
                result.message = str(exc.message)
            else:
                result.message = f"Lỗi cơ sở dữ liệu, tệp không được nhập: {exc}"
        self._remember(result)
        return self.finish(result)

    def finish(self, result):
        """Record the outcome (in bulk with the batch when there is one)."""
        if self.options.dry_run or self.run is None:
            return result
        record = ImportRecord(
            run=self.run, path=result.path, line=result.line, content_hash=result.content_hash,
            headline_key=result.headline_key, article_id=result.article_id, outcome=result.outcome,
            message=result.message[:2000], notes=result.notes,
        )
        if self._batch is not None:
            self.staging.records.append(record)
        else:
            record.save()
        return result

    def _save(self, article, restore):
        """Through the workflow, which decides the status: "chờ duyệt", or a restored draft."""
        if restore is None:
            article_import_save(article=article, actor=self.options.user)
        else:
            article_restore_save(article=article, actor=self.options.user, **restore)

    def _create(self, result, fields, photos, photo_files, recognition, extra, restore, staging=None, placing=None):
        user = self.options.user
        article = Article(source=self.options.source[:200], content_hash=result.content_hash, import_path=result.path)
        for name, value in {**fields, **(extra or {})}.items():
            setattr(article, name, value)
        article.title = article.title[:300]
        # The read-ahead knows which plain slugs are taken, but only for the headlines it read.
        known_slugs = self._taken_slugs if staging is not None and self._prepared_slug(article.title) else None
        article.slug = article.slug or free_slug(article.title, taken=known_slugs)
        self._save(article, restore)
        rows = self._attach_photos(article, photos, photo_files, result.notes, staging=staging)
        if placing is not None:
            self._place_photos(article, placing, rows)
        links = self._link(article, recognition, result, new=True, staging=staging)
        comment = self._comment(result)
        if links is not None:
            self._describe(article, rows, links)
        if staging is not None:
            staging.imported.append((article, user, comment))
        else:
            articles_import_record(entries=[(article, user, comment)])
            article._prefetched_objects_cache = {}
        result.outcome, result.article_id = Outcome.CREATED, article.pk

    def _update(self, result, article_id, fields, photos, photo_files, recognition, extra, restore, placing=None):
        article = Article.objects.select_for_update().get(pk=article_id)
        user = self.options.user
        if article.status == Status.PUBLISHED:
            # Live (or scheduled) content changes only through a moderator.
            content = proposed_content(article, fields=fields, recognition=recognition,
                                       lexicon=None if self.options.dry_run else self.lexicon)
            article_import_proposal(article=article, actor=user, content=content, comment=self._comment(result))
            result.notes.append("Bài đang xuất bản: nội dung mới là đề xuất chờ duyệt, bài đang đăng chưa đổi.")
            result.outcome, result.article_id = Outcome.UPDATED, article.pk
            return
        before = article.status
        for name, value in {**fields, **(extra or {})}.items():
            setattr(article, name, value)
        article.title = article.title[:300]
        article.source = self.options.source[:200] or article.source
        article.content_hash, article.import_path = result.content_hash, result.path
        self._save(article, restore)
        # Old photo files stay in storage: earlier versions in the history still show them.
        article.photos.all().delete()
        rows = self._attach_photos(article, photos, photo_files, result.notes)
        if placing is not None:
            self._place_photos(article, placing, rows)
        self._link(article, recognition, result)
        article_import_revision(article=article, actor=user, from_status=before, comment=self._comment(result))
        result.outcome, result.article_id = Outcome.UPDATED, article.pk

    def _place_photos(self, article, placing, rows):
        """The body with each photo's marker replaced by its figure, as the body editor writes one: the editor
        shows the photo there and the public page shows it there, not again outside the body.

        ``placing`` is the body with the markers, ``rows`` the photos just stored, by index. A photo without a
        stored image (a dry run, a picture skipped) leaves no figure; the body saved without markers stays.
        """
        def figure(match):
            index = int(match.group(1))
            photo = rows[index] if index < len(rows) else None
            html = figure_html(photo) if photo is not None else ""
            return f"\n{html}\n" if html else "\n"

        body = PHOTO_MARKERS.sub(figure, placing).strip()
        if body == strip_photo_markers(placing):
            return
        # Content, not status: the workflow records this version with the rest (the snapshot reads article.body).
        article.body = body
        article.save(update_fields=["body", "search_text"])

    def _prepared_slug(self, title):
        return self._taken_slugs is not None and fold(title)[:300] in self._checked

    def _comment(self, result):
        where = f"{result.path}:{result.line}" if result.line else result.path
        return f"Nhập tự động từ {where}" + (f" (nguồn: {self.options.source})" if self.options.source else "")

    def _link(self, article, recognition, result, new=False, staging=None):
        if self._link_extra is not None:
            result.notes.extend(self._link_extra(article) or [])
        if recognition is None:
            return None
        links = article_link_recognition(
            article=article, recognition=recognition, lexicon=self.lexicon, remember=not self.options.dry_run,
            new=new, staging=staging,
        )
        result.notes.extend(recognition.notes)
        for official in links.created_officials:
            result.notes.append(f"Nhân vật mới “{official.full_name}” (cần xác minh).")
        return links

    def _describe(self, article, photos, links):
        """Fill the new article's related lists from what was just written, so that the workflow's snapshot
        of it needs no queries (the same pre-filled caches the workflow uses for previews)."""
        provinces, topics = self.lexicon.province_objects(), self.lexicon.topic_objects()

        def filled(model, objects):
            queryset = model.objects.none()
            queryset._result_cache, queryset._prefetch_done = list(objects), True
            return queryset

        # In each model's own ordering, as a query would return them.
        article._prefetched_objects_cache = {
            "provinces": filled(Province, sorted((provinces[i] for i in links.province_ids), key=lambda p: p.sort_name)),
            "topics": filled(Topic, sorted((topics[i] for i in links.topic_ids), key=lambda t: (t.position, t.sort_name))),
            "documents": filled(Document, sorted(links.documents, key=lambda d: (d.kind, d.number, d.title))),
            "mentions": filled(Mention, links.mentions),
            "photos": filled(Photo, photos),
        }

    def _attach_photos(self, article, photos, photo_files, notes, staging=None):
        """Captions become figures in order; photo files attach to them, the rest stay pending."""
        featured = False
        rows = []
        for index in range(max(len(photos), len(photo_files))):
            item = photos[index] if index < len(photos) else None
            photo = Photo(article=article, position=index)
            if item is None:
                notes.append(f"Ảnh thứ {index + 1} không có chú thích trong bài: cần viết chú thích.")
                photo.caption = f"Ảnh {index + 1} (chưa có chú thích)"
            else:
                photo.caption = item["caption"][:1000]
                photo.credit = (item.get("credit") or "")[:200]
                photo.alt_text = (item.get("alt_text") or "")[:500]
            if index < len(photo_files) and photo_files[index] is not None:
                file_path, data = photo_files[index]
                try:
                    # A ContentFile is a picture already validated and re-encoded (a Word file's, all checked
                    # before anything is stored); bytes are a photo file read from disk.
                    image = data if isinstance(data, ContentFile) else validate_and_reencode_image(
                        ContentFile(data, name=file_path.name), prefix="anh")
                except ValidationError as exc:
                    notes.append(f"Ảnh {file_path.name} bị bỏ qua: {' '.join(exc.messages)}")
                else:
                    if not self.options.dry_run:
                        photo.image = image
                    featured_wanted = item.get("is_featured") if item and "is_featured" in item else not featured
                    if featured_wanted and not featured:
                        photo.is_featured = featured = True
            photo.alt_text = photo.alt_text.strip() or photo.caption[:500]  # as Photo.save() would
            rows.append(photo)
        # One INSERT for all, files stored on the way. No post_save either: the article is not public, so
        # there is no cached public page to invalidate.
        if staging is not None:
            staging.photos.extend(rows)
        else:
            Photo.objects.bulk_create(rows)
        pending = sum(1 for p in rows if not p.image)
        if pending and not self.options.dry_run:
            notes.append(f"{pending} chú thích đang chờ ảnh.")
        return rows
