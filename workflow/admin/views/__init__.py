"""The workflow's admin pages for articles, wired up in WorkflowArticleAdminMixin.get_urls."""

from workflow.admin.views.base import WorkflowAdminView
from workflow.admin.views.decisions import ACTIONS, ActionView, PendingDecisionView, QueueView, ReviewView
from workflow.admin.views.editing import AdminPreviewView, LockView, PreviewLinkView
from workflow.admin.views.history import CompareView, RestoreView, RevisionListView
from workflow.admin.views.previews import PreviewRevokeView
from workflow.admin.views.workspace import MyArticlesView, OfficialTitleView

__all__ = [
    "ACTIONS", "ActionView", "AdminPreviewView", "CompareView", "LockView", "MyArticlesView", "OfficialTitleView",
    "PendingDecisionView", "PreviewLinkView", "PreviewRevokeView", "QueueView", "RestoreView", "ReviewView",
    "RevisionListView", "WorkflowAdminView",
]
