"""A transition log written at chosen times, for the dashboard's tests (``created_at`` is ``auto_now_add``)."""

import datetime
from zoneinfo import ZoneInfo

from articles.models import Status
from workflow.models import Transition
from workflow.models.transitions import Action

VN = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2025, 11, 16, 10, 0, tzinfo=VN)  # a Sunday


def vn(*args):
    return datetime.datetime(*args, tzinfo=VN)


def log(article, action, when, from_status=Status.SUBMITTED, to_status=Status.PUBLISHED):
    transition = Transition.objects.create(article=article, action=action, from_status=from_status, to_status=to_status)
    Transition.objects.filter(pk=transition.pk).update(created_at=when)


def cycle(article, submitted, decided, action=Action.PUBLISH):
    log(article, Action.SUBMIT, submitted, from_status=Status.DRAFT, to_status=Status.SUBMITTED)
    log(article, action, decided, to_status=Status.DRAFT if action == Action.RETURN else Status.PUBLISHED)
