"""The dashboard's additions to the article admin: its moderation links land on these change-list filters."""

from dashboard.admin_filters import DecidedFilter, DeskFilter
from workflow.admin import ArticleAdmin
from workflow.admin.extensions import ArticleAdminExtension


class ModerationFilters(ArticleAdminExtension):
    list_filters = (DecidedFilter, DeskFilter)


ArticleAdmin.extend(ModerationFilters())
