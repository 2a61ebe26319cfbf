"""Workflow writes. Each service checks permission, changes state, records a Transition and notifies.

Admin views, actions and commands call these; nothing else changes an article's status or publish time.
"""

from workflow.services.articles import (
    article_approve,
    article_republish,
    article_return,
    article_save_draft,
    article_submit,
    article_withdraw,
)
from workflow.services.locks import lock_acquire, lock_refresh, lock_release, lock_state, lock_take_over
from workflow.services.previews import preview_link_create, preview_link_resolve
from workflow.services.revisions import revision_approve_pending, revision_reject_pending, revision_restore

__all__ = [
    "article_approve", "article_republish", "article_return", "article_save_draft", "article_submit",
    "article_withdraw", "lock_acquire", "lock_refresh", "lock_release", "lock_state", "lock_take_over",
    "preview_link_create", "preview_link_resolve", "revision_approve_pending", "revision_reject_pending",
    "revision_restore",
]
