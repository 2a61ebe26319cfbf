"""The workspace pages hung on the article admin: "Bài của tôi", the official's title for the mention form, and
the moderator's return comment at the top of the change form.

An ``ArticleAdminExtension`` like those of the apps above, so the article admin's own URL list stays as it is.
"""

from django.urls import path, reverse

from workflow.admin import views
from workflow.admin.extensions import ArticleAdminExtension
from workflow.mentions import snapshot_title_mismatches, title_mismatches
from workflow.selectors import pending_revision, return_note


class WorkspaceExtension(ArticleAdminExtension):
    def get_urls(self, model_admin):
        def view(cls):
            return model_admin.admin_site.admin_view(cls.as_view(model_admin=model_admin))

        return [
            path("bai-cua-toi/", view(views.MyArticlesView), name="articles_article_mine"),
            path("nhan-vat/<str:official_id>/chuc-danh/", view(views.OfficialTitleView),
                 name="articles_article_official_title"),
        ]

    def change_form_context(self, request, article):
        can_fill = request.user.has_perm("people.view_official")
        pending = pending_revision(article)
        return {
            "return_note": return_note(article),
            # The form shows a live article's pending proposal when there is one: check what the form shows.
            "title_mismatches": (snapshot_title_mismatches(pending.snapshot) if pending is not None
                                 else title_mismatches(article) if article is not None else []),
            "official_title_url": reverse("admin:articles_article_official_title", args=["ID"]) if can_fill else "",
        }
