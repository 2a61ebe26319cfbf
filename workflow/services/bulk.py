"""A past record for many articles at once: ``article_import_history`` in bulk, for tooling that writes rows by
the ten thousand (the benchmark's loader COPYs its articles as drafts and gives them their record here).

The rules are ``article_import_history``'s: only new drafts with no record yet, only the moves the services
allow (``imports.MOVES``), each from where the previous one left the article, only what already happened, and
a publish time for an article that was ever published; the article ends where its last move leads. The writes
are set-based, whatever the number of articles: one UPDATE of the articles that left "nháp" and one INSERT of
their transition lines, with the times of the moves (on PostgreSQL each is a single statement over arrays;
elsewhere, where only tests and small tools run, the ORM groups them).

What it leaves out, and why: no Revision (a snapshot reads each article's photos, links and mentions back row
by row, the very cost a bulk path avoids; the content is as it was written, and the first save makes revision 1),
no mail (a past decision notifies nobody), no preview links to revoke (a new draft has none). Published pages
are made stale once, all of them: listing the reach of ten thousand articles costs more than the cache saves.
Each province and topic link's ``listed_at`` follows the status by the articles app's triggers.
"""

import dataclasses
import datetime
from collections import defaultdict

from django.db import connections, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article, Status
from core.cache import bump_public_cache
from workflow.display import display_name
from workflow.exceptions import InvalidState
from workflow.models import Revision, Transition
from workflow.services.imports import MOVES, HistoryStep


@dataclasses.dataclass(frozen=True, slots=True)
class PastRecord:
    """The record one new draft is given: its moves (``HistoryStep``) in order, and when it went public if it
    did. A step without an actor is recorded under the ``actor_name`` given to ``articles_import_history``."""

    article_id: int
    steps: tuple[HistoryStep, ...] = ()
    publish_at: datetime.datetime | None = None


@dataclasses.dataclass
class _Writes:
    """What to write, column by column: the PostgreSQL statements take one array per column."""

    # The articles that leave "nháp": where they end, and when they went public (if they did).
    article_ids: list = dataclasses.field(default_factory=list)
    statuses: list = dataclasses.field(default_factory=list)
    publish_times: list = dataclasses.field(default_factory=list)
    # One transition line per step.
    lines: dict = dataclasses.field(default_factory=lambda: {column: [] for column in LINE_COLUMNS})


LINE_COLUMNS = ("article_id", "actor_id", "actor_name", "created_at", "action", "from_status", "to_status",
                "comment", "publish_at")


def _planned(records, *, actor_name, now):
    """Check every record against the moves the services allow; return what to write and the articles."""
    writes, seen = _Writes(), set()
    lines = writes.lines
    for record in records:
        if record.article_id in seen:
            raise InvalidState(_("Bài #%(id)s có hai lịch sử nhập.") % {"id": record.article_id})
        seen.add(record.article_id)
        status, published = Status.DRAFT, False
        for step in record.steps:
            starts, status_after = MOVES.get(step.action, ((), None))
            if status not in starts:
                raise InvalidState(_("Bước “%(action)s” không đi được từ trạng thái “%(status)s”.")
                                   % {"action": step.action, "status": status})
            if step.at > now:
                raise InvalidState(_("Lịch sử nhập chỉ ghi những việc đã xảy ra."))
            going_public = status_after == Status.PUBLISHED
            if going_public and record.publish_at is None:
                raise InvalidState(_("Bài đã từng xuất bản cần có thời điểm xuất bản."))
            for column, value in zip(LINE_COLUMNS, (
                record.article_id, step.actor.pk if step.actor is not None else None,
                display_name(step.actor) if step.actor is not None else actor_name, step.at, str(step.action),
                str(status), str(status_after), step.comment, record.publish_at if going_public else None,
            ), strict=True):
                lines[column].append(value)
            published = published or going_public
            status = status_after
        if status != Status.DRAFT:
            writes.article_ids.append(record.article_id)
            writes.statuses.append(str(status))
            writes.publish_times.append(record.publish_at if published else None)
    return writes, seen


def _refuse_unless_new_drafts(ids, *, using):
    refusal = _("Chỉ bản nháp chưa có lịch sử mới nhận được lịch sử nhập từ nguồn khác.")
    if Article.objects.using(using).filter(pk__in=ids, status=Status.DRAFT).count() != len(ids):
        raise InvalidState(refusal)
    if (Transition.objects.using(using).filter(article_id__in=ids).exists()
            or Revision.objects.using(using).filter(article_id__in=ids).exists()):
        raise InvalidState(refusal)


def _write_postgresql(writes, *, using):
    quote = connections[using].ops.quote_name
    with connections[using].cursor() as cursor:
        # "Still a draft" in the statement itself: an article someone moved since the check is not overwritten.
        cursor.execute(
            f"""UPDATE {quote(Article._meta.db_table)} AS a
                SET status = v.status, publish_at = v.publish_at, first_published_at = v.publish_at
                FROM unnest(%s::bigint[], %s::text[], %s::timestamptz[]) AS v(id, status, publish_at)
                WHERE a.id = v.id AND a.status = %s""",
            [writes.article_ids, writes.statuses, writes.publish_times, str(Status.DRAFT)],
        )
        moved = cursor.rowcount
        columns = ", ".join(LINE_COLUMNS)
        cursor.execute(
            f"""INSERT INTO {quote(Transition._meta.db_table)} ({columns})
                SELECT {columns}
                FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::timestamptz[], %s::text[], %s::text[],
                            %s::text[], %s::text[], %s::timestamptz[]) AS v({columns})""",
            [writes.lines[column] for column in LINE_COLUMNS],
        )
    return moved


def _write_orm(writes, *, using):
    groups = defaultdict(list)
    for pk, status, when in zip(writes.article_ids, writes.statuses, writes.publish_times, strict=True):
        groups[status, when].append(pk)
    moved = sum(
        Article.objects.using(using).filter(pk__in=ids, status=Status.DRAFT)
        .update(status=status, publish_at=when, first_published_at=when)
        for (status, when), ids in groups.items()
    )
    rows = [dict(zip(LINE_COLUMNS, values, strict=True)) for values in zip(*writes.lines.values(), strict=True)]
    transitions = Transition.objects.using(using).bulk_create([Transition(**row) for row in rows])
    # auto_now_add stamps the present on insert; the record's own times are written after it.
    for transition, row in zip(transitions, rows, strict=True):
        transition.created_at = row["created_at"]
    Transition.objects.using(using).bulk_update(transitions, ["created_at"], batch_size=500)
    return moved


def articles_import_history(*, records, actor_name="", using="default"):
    """Give many new drafts, none with a record yet, a record that happened in the past (``PastRecord``s).

    Each article ends where its last step leads (a draft with no steps stays as it is); one that was published
    is public at its ``publish_at``, also its first publication. Its own created and updated times are left as
    they are. Returns the number of transition lines written. All or nothing: one refused record, or one
    article that is no longer a new draft, writes nothing.
    """
    writes, ids = _planned(records, actor_name=actor_name, now=timezone.now())
    if not ids:
        return 0
    with transaction.atomic(using=using):
        _refuse_unless_new_drafts(ids, using=using)
        write = _write_postgresql if connections[using].vendor == "postgresql" else _write_orm
        if write(writes, using=using) != len(writes.article_ids):
            raise InvalidState(_("Chỉ bản nháp chưa có lịch sử mới nhận được lịch sử nhập từ nguồn khác."))
        if Status.PUBLISHED in writes.statuses:
            bump_public_cache()
    return len(writes.lines["article_id"])
