"""Workflow writes. Each editor's service checks permission, changes state, records a Transition and notifies.

Admin views, actions, commands, the importer and the submissions app call these; nothing else changes an
article's status, its publish time, its revisions or its transition log. What an import may skip (roles, locks,
mail) and why is in workflow.services.imports; a record for many articles at once (the benchmark's loader) in
workflow.services.bulk.
"""

from workflow.services.articles import (
    article_approve,
    article_create_from_submission,
    article_hold_for_save,
    article_republish,
    article_return,
    article_save_draft,
    article_submit,
    article_withdraw,
)
from workflow.services.bulk import PastRecord, articles_import_history
from workflow.services.evaluation import articles_publish_for_evaluation
from workflow.services.imports import (
    HistoryStep,
    article_import_history,
    article_import_proposal,
    article_import_revision,
    article_import_save,
    article_restore_save,
    articles_import_record,
)
from workflow.services.locks import lock_acquire, lock_refresh, lock_release, lock_state, lock_take_over
from workflow.services.previews import preview_link_create, preview_link_resolve, preview_links_revoke
from workflow.services.revisions import revision_approve_pending, revision_reject_pending, revision_restore

__all__ = [
    "HistoryStep", "PastRecord", "article_approve", "article_create_from_submission", "article_hold_for_save",
    "article_import_history", "article_import_proposal", "article_import_revision", "article_import_save",
    "article_republish", "article_restore_save", "article_return", "article_save_draft", "article_submit",
    "article_withdraw", "articles_import_history", "articles_import_record",
    "articles_publish_for_evaluation", "lock_acquire", "lock_refresh", "lock_release", "lock_state",
    "lock_take_over", "preview_link_create", "preview_link_resolve", "preview_links_revoke",
    "revision_approve_pending", "revision_reject_pending", "revision_restore",
]
