"""How content from outside the admin enters the editorial record: imported files, restored exports, a past.

An import is not an editor's save. It runs from the command line (whoever runs it holds the database, so
there is no role to check), holds no edit lock, and sends no mail: one message per file to every moderator
would bury them, and the moderation queue is the notice. What it leaves is what an editor's save leaves: a
Revision snapshot and a Transition line ("Gửi duyệt", the source file as the comment); a changed file for a
live article becomes a pending Revision a moderator must approve. Nothing an import writes is ever public.

The importer writes the content (text, photos, links); these functions set the status, the version and the
record, a row at a time where the importer writes a row at a time (the article itself) and in bulk where
it writes a batch (revisions and transitions of new articles).
"""

import dataclasses
import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article, Status
from workflow.display import display_name
from workflow.exceptions import InvalidState
from workflow.models import Action, Revision, Transition
from workflow.models.revisions import RevisionState
from workflow.services._common import (
    bump_version,
    lock_row,
    next_revision_number,
    purge_public_pages,
    record,
    sync,
)
from workflow.snapshots import article_for_snapshot, article_snapshot

# The moves a past record may hold: the services' own, from the states each starts from to where it leads.
MOVES = {
    Action.SUBMIT: ({Status.DRAFT, Status.WITHDRAWN}, Status.SUBMITTED),
    Action.RETURN: ({Status.SUBMITTED}, Status.DRAFT),
    Action.PUBLISH: ({Status.SUBMITTED}, Status.PUBLISHED),
    Action.SCHEDULE: ({Status.SUBMITTED}, Status.PUBLISHED),
    Action.WITHDRAW: ({Status.PUBLISHED}, Status.WITHDRAWN),
    Action.REPUBLISH: ({Status.WITHDRAWN}, Status.PUBLISHED),
}


def _described(article):
    # An article whose related lists the importer pre-filled is described without reading it back.
    return article_snapshot(article if getattr(article, "_prefetched_objects_cache", None)
                            else article_for_snapshot(article.pk))


def _refuse_live(article):
    if article.pk is not None and article.status == Status.PUBLISHED:
        raise InvalidState(_("Bài #%(id)s đang xuất bản: nội dung mới chỉ có thể là đề xuất chờ duyệt.")
                           % {"id": article.pk})


# No savepoint of its own: the importer holds one per file, and one more per row would add two statements to
# every file of a bulk import (a third of its statements). The refusal comes before this block, so it leaves
# the caller's transaction usable; a database error inside it is the caller's savepoint's to roll back.
@transaction.atomic(savepoint=False)
def _into_queue(article, *, actor, status):
    if article.pk is None:
        article.author = article.author or actor
        article.last_edited_by = article.last_edited_by or actor
        article.version = 1
    else:
        article.last_edited_by = actor or article.last_edited_by
        article.version += 1
    article.status = status
    article.save()


def article_import_save(*, article, actor):
    """Save the article an imported file made or changed (its content set on ``article``, not yet saved).

    It enters the moderation queue, "chờ duyệt". ``actor`` (who runs the import, or None) is the author of a new
    article and the last editor of a changed one. A live article is refused: its change is a proposal
    (``article_import_proposal``). The caller records the import once its photos and links are written
    (``articles_import_record`` for a new article, ``article_import_revision`` for a changed one).
    """
    _refuse_live(article)
    _into_queue(article, actor=actor, status=Status.SUBMITTED)


def article_restore_save(*, article, actor, status, publish_at=None, first_published_at=None):
    """``article_import_save`` for a line of an export being read back: nothing comes back public.

    A draft stays a draft; anything else, published or withdrawn included, comes back "chờ duyệt", so nothing
    goes live again without a moderator, even from a backup. The publication dates are kept as data.
    """
    _refuse_live(article)
    article.publish_at, article.first_published_at = publish_at, first_published_at
    _into_queue(article, actor=actor, status=Status.DRAFT if status == Status.DRAFT else Status.SUBMITTED)


@transaction.atomic
def articles_import_record(*, entries):
    """The record of newly imported articles, in two INSERTs however many there are.

    ``entries``: (article, actor, comment) for articles saved by ``article_import_save`` or
    ``article_restore_save``. Each gets revision 1, and a "Gửi duyệt" line unless it stayed a draft.
    """
    entries = list(entries)
    if not entries:
        return []
    revisions = Revision.objects.bulk_create([
        Revision(article=article, number=1, state=RevisionState.SAVED, snapshot=_described(article),
                 created_by=actor, created_by_name=display_name(actor))
        for article, actor, _comment in entries
    ])
    Transition.objects.bulk_create([
        Transition(article=article, actor=actor, actor_name=display_name(actor), action=Action.SUBMIT,
                   from_status=Status.DRAFT, to_status=article.status, comment=comment, revision=revision)
        for (article, actor, comment), revision in zip(entries, revisions, strict=True)
        if article.status == Status.SUBMITTED
    ])
    return revisions


@transaction.atomic
def article_import_revision(*, article, actor, from_status, comment):
    """The record of a changed file written into its article by ``article_import_save`` (``from_status``: the
    article's status before): a new revision, and a "Gửi duyệt" line when the save put it back in the queue."""
    revision = Revision.objects.create(
        article=article, number=next_revision_number(article), state=RevisionState.SAVED,
        snapshot=_described(article), created_by=actor, created_by_name=display_name(actor),
    )
    if article.status != from_status and article.status == Status.SUBMITTED:
        record(article=article, actor=actor, action=Action.SUBMIT, from_status=from_status, comment=comment,
               revision=revision)
    return revision


@transaction.atomic
def article_import_proposal(*, article, actor, content, comment):
    """A changed file for a live (or scheduled) article: ``content`` (a snapshot) becomes the pending change a
    moderator decides on, in place of any earlier one. The live rows stay as they are."""
    locked = lock_row(article)
    if locked.status != Status.PUBLISHED:
        raise InvalidState(_("Chỉ bài đang xuất bản mới nhận đề xuất thay đổi."))
    Revision.objects.pending().filter(article=locked).update(state=RevisionState.SUPERSEDED)
    revision = Revision.objects.create(
        article=locked, number=next_revision_number(locked), state=RevisionState.PENDING, snapshot=content,
        created_by=actor, created_by_name=display_name(actor),
    )
    bump_version(locked)
    record(article=locked, actor=actor, action=Action.PROPOSE_CHANGE, from_status=Status.PUBLISHED, comment=comment,
           revision=revision)
    sync(article, locked)
    return revision


@dataclasses.dataclass(frozen=True)
class HistoryStep:
    """One line of a past record: who made which move (an ``Action`` in MOVES), when, and why."""

    actor: object
    action: str
    at: datetime.datetime
    comment: str = ""


@transaction.atomic
def article_import_history(*, article, saved_by, saved_at, steps=(), publish_at=None):
    """Give a new draft, with no record yet, a record that happened in the past; return its revision.

    For content brought in with its history (seeded demo stories, a newsroom moving in): revision 1 saved by
    ``saved_by`` at ``saved_at``, then ``steps`` in order, each a move the services allow from where the
    previous one left the article. The article ends where the last step leads, public at ``publish_at`` if
    that is published; its own created and updated times are left as they are. A decision taken today goes
    through the verb services, which stamp the present.
    """
    steps = list(steps)
    locked = lock_row(article)
    if locked.status != Status.DRAFT or Revision.objects.filter(article=locked).exists():
        raise InvalidState(_("Chỉ bản nháp chưa có lịch sử mới nhận được lịch sử nhập từ nguồn khác."))
    now = timezone.now()
    if saved_at > now or any(step.at > now for step in steps):
        raise InvalidState(_("Lịch sử nhập chỉ ghi những việc đã xảy ra."))
    moves, status = [], Status.DRAFT
    for step in steps:
        starts, status_after = MOVES.get(step.action, ((), None))
        if status not in starts:
            raise InvalidState(_("Bước “%(action)s” không đi được từ trạng thái “%(status)s”.")
                               % {"action": step.action, "status": status})
        moves.append((step, status, status_after))
        status = status_after
    published = any(status_after == Status.PUBLISHED for _step, _before, status_after in moves)
    if published and publish_at is None:
        raise InvalidState(_("Bài đã từng xuất bản cần có thời điểm xuất bản."))
    publish_at = publish_at if published else None
    # An update, not save(): save() would stamp updated_at with today.
    Article.objects.filter(pk=locked.pk).update(status=status, publish_at=publish_at, first_published_at=publish_at)
    revision = Revision.objects.create(
        article=locked, number=1, state=RevisionState.SAVED, snapshot=article_snapshot(article_for_snapshot(locked.pk)),
        created_by=saved_by, created_by_name=display_name(saved_by),
    )
    # auto_now_add stamps the present on insert; the record's own times are written after it.
    Revision.objects.filter(pk=revision.pk).update(created_at=saved_at)
    transitions = Transition.objects.bulk_create([
        Transition(article=locked, actor=step.actor, actor_name=display_name(step.actor), action=step.action,
                   from_status=before, to_status=status_after, comment=step.comment, revision=revision,
                   publish_at=publish_at if status_after == Status.PUBLISHED else None)
        for step, before, status_after in moves
    ])
    for transition, step in zip(transitions, steps, strict=True):
        transition.created_at = step.at
    Transition.objects.bulk_update(transitions, ["created_at"])
    if status == Status.PUBLISHED:
        purge_public_pages(locked)
    sync(article, locked)
    return revision
