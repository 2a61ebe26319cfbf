"""Every role, against every action, in every state: through the services and through crafted admin POSTs.

Each action runs in a savepoint that is rolled back, so one article per (role, state) serves all actions.
"""

import copy

import pytest
from django.db import transaction
from django.urls import reverse

from tests.workflow.helpers import change_form_data
from tests.workflow.matrix import (
    ACTIONS,
    ROLES,
    STATES,
    expected,
    fingerprint,
    hold_lock,
    make_article_in,
    make_cast,
)
from workflow import services
from workflow.exceptions import WorkflowError

pytestmark = pytest.mark.django_db


class Rollback(Exception):
    pass


def run_service(action, article, actor, saved, pending, cast):
    content = copy.deepcopy(saved.snapshot)
    content["lead"] = "Sa-pô đã sửa."
    calls = {
        "save_draft": lambda: services.article_save_draft(article=article, actor=actor, content=content),
        "submit": lambda: services.article_submit(article=article, actor=actor),
        "return": lambda: services.article_return(article=article, actor=actor, comment="Cần bổ sung nguồn."),
        "approve": lambda: services.article_approve(article=article, actor=actor),
        "withdraw": lambda: services.article_withdraw(article=article, actor=actor, reason="Sai số liệu."),
        "republish": lambda: services.article_republish(article=article, actor=actor),
        "restore": lambda: services.revision_restore(revision=saved, actor=actor),
        "approve_pending": lambda: services.revision_approve_pending(revision=pending, actor=actor),
        "reject_pending": lambda: services.revision_reject_pending(revision=pending, actor=actor, comment="Chưa ổn."),
        "take_over": lambda: services.lock_take_over(article=article, actor=actor),
        "preview_link": lambda: services.preview_link_create(article=article, actor=actor),
    }
    if action == "take_over":
        hold_lock(article, cast.editor)
    before = fingerprint(article)
    try:
        calls[action]()
    except WorkflowError:
        assert fingerprint(article) == before, "a refused action must change nothing"
        return False
    return fingerprint(article) != before


def run_http(client, action, article, actor, saved, pending, cast):
    def url(name, *args):
        return reverse(f"admin:articles_article_{name}", args=[article.pk, *args])

    requests = {
        "save_draft": lambda: (url("change"), change_form_data(article, lead="Sa-pô đã sửa qua biểu mẫu.")),
        "submit": lambda: (url("action", "submit"), {"comment": ""}),
        "return": lambda: (url("action", "return"), {"comment": "Cần bổ sung nguồn."}),
        "approve": lambda: (url("action", "approve"), {"comment": "", "publish_at": ""}),
        "withdraw": lambda: (url("action", "withdraw"), {"comment": "Sai số liệu."}),
        "republish": lambda: (url("action", "republish"), {"comment": "", "publish_at": ""}),
        "restore": lambda: (url("restore", saved.pk), {}),
        "approve_pending": lambda: (url("pending_decision", pending.pk, "approve"), {"comment": ""}),
        "reject_pending": lambda: (url("pending_decision", pending.pk, "reject"), {"comment": "Chưa ổn."}),
        "take_over": lambda: (url("lock", "take-over"), {}),
        "preview_link": lambda: (url("preview_link"), {"hours": "24"}),
    }
    if action == "take_over":
        hold_lock(article, cast.editor)
    before = fingerprint(article)
    path, data = requests[action]()
    response = client.post(path, data)
    assert response.status_code < 500
    return fingerprint(article) != before


def _check(role, state, runner):
    cast = make_cast()
    actor = getattr(cast, role)
    article, saved, pending = make_article_in(state, cast)
    outcomes = {}
    for action in ACTIONS:
        try:
            with transaction.atomic():
                outcomes[action] = runner(action, article, actor, saved, pending, cast)
                raise Rollback
        except Rollback:
            pass
        article.refresh_from_db()
    wanted = {action: expected(role, action, state) for action in ACTIONS}
    assert outcomes == wanted


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_services_allow_exactly_what_the_rules_say(role, state):
    _check(role, state, run_service)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("role", ROLES)
def test_admin_posts_allow_exactly_what_the_rules_say(client, role, state):
    def runner(action, article, actor, saved, pending, cast):
        client.force_login(actor)
        return run_http(client, action, article, actor, saved, pending, cast)

    _check(role, state, runner)
