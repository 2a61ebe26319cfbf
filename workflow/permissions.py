"""Who may do what to an article. Services enforce these; admin pages use them to show only usable buttons."""

from django.conf import settings

from articles.models import Status
from workflow.roles import is_editor, is_moderator

__all__ = [
    "can_approve", "can_edit", "can_revoke_preview_links", "can_submit", "can_view_history", "is_editor",
    "is_moderator", "is_own_work",
]


def can_edit(user, article):
    """Editors edit anything not waiting for a decision; moderators may also edit what waits."""
    if not is_editor(user):
        return False
    return article.status != Status.SUBMITTED or is_moderator(user)


def can_submit(user, article):
    return user.is_active and user.has_perm("articles.submit_article") and article.status in (
        Status.DRAFT, Status.WITHDRAWN,
    )


def is_own_work(user, article, *, extra_user_ids=()):
    return user.pk in {article.author_id, article.last_edited_by_id, *extra_user_ids}


def can_approve(user, article, *, extra_user_ids=()):
    """Four eyes: a moderator may not make their own writing public unless the office allows it."""
    if not is_moderator(user):
        return False
    return settings.WORKFLOW_ALLOW_SELF_APPROVAL or not is_own_work(user, article, extra_user_ids=extra_user_ids)


def can_revoke_preview_links(user, article):
    """Ending a link only narrows who sees the article, so every editor and moderator may do it."""
    return is_editor(user) or is_moderator(user)


def can_view_history(user, article):
    """Moderators see every article's history; an editor sees the history of the articles they wrote.

    Ownership is the author only, the same rule as the transition log's admin. Saving an article (which any
    editor may do to a draft) makes one its last editor and the author of a revision; were either enough, one
    save would open a colleague's whole history, earlier drafts and removed passages included.
    """
    if is_moderator(user):
        return True
    if not (user.is_active and user.has_perm("workflow.view_own_history")):
        return False
    return article.author_id is not None and article.author_id == user.pk
