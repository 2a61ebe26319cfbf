"""The demo articles' editorial record: a status and a history that happened in the past.

The verb services stamp the present moment, hold edit locks and notify moderators, so a record months old goes
through ``workflow.services.article_import_history``, which checks each move as the services would. The sequence
is save, submit, sometimes return and resubmit, then a moderator's decision.
"""

import datetime

from articles.models import Status
from demo.content import SCHEDULED
from workflow.models import Action
from workflow.services import HistoryStep, article_import_history

# Hours between submission and decision, cycled over the stories so the dashboard's waiting times vary.
WAITS = [2, 5, 9, 20, 30, 48, 3, 12]
RETURN_COMMENT = "Đề nghị bổ sung chức danh đầy đủ của các đồng chí lãnh đạo."
RESUBMIT_COMMENT = "Đã bổ sung."
WITHDRAW_REASON = "Gỡ để thẩm định lại số liệu theo yêu cầu của lãnh đạo Ban."


def record_history(*, index, article, status, publish_at, editor, moderator, written_at, now):
    """Bring the new draft ``article``, the ``index``-th demo story, to ``status`` with a plausible record."""
    steps = []
    if status != Status.DRAFT:
        wait = datetime.timedelta(hours=WAITS[index % len(WAITS)])
        submitted_at = written_at - wait
        steps.append(HistoryStep(editor, Action.SUBMIT, submitted_at))
        if index % 5 == 1:
            returned_at = submitted_at + wait / 3
            steps += [
                HistoryStep(moderator, Action.RETURN, returned_at, RETURN_COMMENT),
                HistoryStep(editor, Action.SUBMIT, returned_at + wait / 3, RESUBMIT_COMMENT),
            ]
    if status in (Status.PUBLISHED, Status.WITHDRAWN):
        steps.append(HistoryStep(moderator, Action.PUBLISH, written_at))
    elif status == SCHEDULED:
        steps.append(HistoryStep(moderator, Action.SCHEDULE, now - datetime.timedelta(hours=1)))
    if status == Status.WITHDRAWN:
        steps.append(HistoryStep(moderator, Action.WITHDRAW, now - datetime.timedelta(hours=2), WITHDRAW_REASON))
    article_import_history(
        article=article, saved_by=editor, saved_at=written_at - datetime.timedelta(hours=30),
        steps=[HistoryStep(step.actor, step.action, min(step.at, now), step.comment) for step in steps],
        publish_at=publish_at,
    )
