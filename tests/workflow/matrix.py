"""Shared set-up for the permission matrix: one cast of users, one article per state, and the expectations."""

import copy
import datetime
import types

from django.utils import timezone

from articles.models import Article, Status
from tests.factories import make_article, make_photo
from tests.workflow.conftest import make_role_user, snapshot_of
from workflow.models import EditLock, Revision, Transition
from workflow.models.revisions import RevisionState

ROLES = ["editor", "other_editor", "moderator", "own_moderator", "administrator", "superuser", "staff"]
STATES = ["draft", "submitted", "published", "scheduled", "withdrawn"]
ACTIONS = ["save_draft", "submit", "return", "approve", "withdraw", "republish", "restore", "approve_pending",
           "reject_pending", "take_over", "preview_link"]

EDIT = {"editor", "other_editor", "moderator", "own_moderator", "superuser"}
MODERATE = {"moderator", "own_moderator", "superuser"}
# Four eyes: "own_moderator" is the article's last editor, so may not make it (or a change to it) public.
APPROVE = {"moderator", "superuser"}
# Editors see the history of articles they wrote or edited; "other_editor" did neither.
HISTORY = {"editor", "moderator", "own_moderator", "superuser"}
PUBLISHED = {"published", "scheduled"}


def can_edit(role, state):
    return role in EDIT and (state != "submitted" or role in MODERATE)


def expected(role, action, state):
    """The rule, written out once: may ``role`` do ``action`` to an article in ``state``?"""
    return {
        "save_draft": can_edit(role, state),
        "submit": role in EDIT and state in {"draft", "withdrawn"},
        "return": role in MODERATE and state == "submitted",
        "approve": role in APPROVE and state == "submitted",
        "withdraw": role in MODERATE and state in PUBLISHED,
        "republish": role in APPROVE and state == "withdrawn",
        "restore": role in HISTORY and can_edit(role, state),
        "approve_pending": role in APPROVE and state in PUBLISHED,
        "reject_pending": role in MODERATE and state in PUBLISHED,
        "take_over": role in MODERATE,
        "preview_link": role in MODERATE and state != "published",
    }[action]


def make_cast():
    return types.SimpleNamespace(**{
        "editor": make_role_user("editor", "m_editor"),
        "other_editor": make_role_user("editor", "m_other_editor"),
        "moderator": make_role_user("moderator", "m_moderator"),
        "own_moderator": make_role_user("moderator", "m_own_moderator"),
        "administrator": make_role_user("administrator", "m_administrator"),
        "superuser": make_role_user("superuser", "m_superuser"),
        "staff": make_role_user("staff", "m_staff"),
    })


def make_article_in(state, cast):
    """Written by the editor, last edited by own_moderator, with a photo, a saved revision and a pending one."""
    now = timezone.now()
    status, publish_at = {
        "draft": (Status.DRAFT, None),
        "submitted": (Status.SUBMITTED, None),
        "published": (Status.PUBLISHED, now - datetime.timedelta(hours=2)),
        "scheduled": (Status.PUBLISHED, now + datetime.timedelta(hours=2)),
        "withdrawn": (Status.WITHDRAWN, now - datetime.timedelta(days=2)),
    }[state]
    article = make_article(f"Bài ở trạng thái {state}", status=status, publish_at=publish_at, author=cast.editor,
                           last_edited_by=cast.own_moderator, provinces=["kien-giang"], topics=["xay-dung-dang"])
    make_photo(article, "Quang cảnh hội nghị.", is_featured=True)
    snapshot = snapshot_of(article)
    saved = Revision.objects.create(article=article, number=1, state=RevisionState.SAVED, snapshot=snapshot,
                                    created_by=cast.editor, created_by_name="m_editor")
    proposal = copy.deepcopy(snapshot)
    proposal["title"] = "Tiêu đề đề xuất sửa"
    pending = Revision.objects.create(article=article, number=2, state=RevisionState.PENDING, snapshot=proposal,
                                      created_by=cast.editor, created_by_name="m_editor")
    return article, saved, pending


def hold_lock(article, user):
    now = timezone.now()
    return EditLock.objects.create(article=article, holder=user, since=now, heartbeat_at=now)


def fingerprint(article):
    """Everything an action could change. Equal before and after means nothing happened."""
    row = Article.objects.get(pk=article.pk)
    return (
        row.status, row.publish_at, row.version, row.title,
        tuple(Revision.objects.filter(article=row).order_by("pk").values_list("state", flat=True)),
        Transition.objects.filter(article=row).count(),
        EditLock.objects.filter(article=row).values_list("holder_id", flat=True).first(),
    )
