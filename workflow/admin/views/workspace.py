"""Each role's own page: an editor's "Bài của tôi", and the official's current title the article form asks for."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _

from core.params import StrictPaginator, strict_int
from people.models import Official
from workflow import permissions
from workflow.admin.views.base import WorkflowAdminView
from workflow.selectors import MY_ARTICLE_TABS, my_article_counts, my_article_tab

MY_ARTICLES_PAGE_SIZE = 50


class MyArticlesView(WorkflowAdminView):
    """The editor's articles, one tab per state, each tab with its count."""

    needs_article = False
    template_name = "workflow/admin/my_articles.html"

    def check_permission(self, request):
        self.require(permissions.is_editor(request.user))

    def get(self, request, **kwargs):
        self.title = _("Bài của tôi")
        slugs = [slug for slug, _label in MY_ARTICLE_TABS]
        # An unknown tab (an old bookmark, a typo) shows the first one rather than an error.
        current = request.GET.get("tab") if request.GET.get("tab") in slugs else slugs[0]
        counts = my_article_counts(request.user)
        tabs = [{"slug": slug, "label": label, "count": counts[slug.replace("-", "_")], "current": slug == current}
                for slug, label in MY_ARTICLE_TABS]
        page = StrictPaginator(my_article_tab(request.user, current), MY_ARTICLES_PAGE_SIZE).get_page(
            request.GET.get("page"))
        current_tab = next(tab for tab in tabs if tab["current"])
        return self.render(tabs=tabs, current_tab=current_tab, page=page, articles=page.object_list)


class OfficialTitleView(WorkflowAdminView):
    """The official's current position as printed, to pre-fill "Chức danh khi đưa tin" (JSON)."""

    needs_article = False
    http_method_names = ["get"]

    def check_permission(self, request):
        if not (permissions.is_editor(request.user) and request.user.has_perm("people.view_official")):
            raise PermissionDenied

    def get(self, request, official_id, **kwargs):
        try:
            pk = strict_int(official_id)
        except ValueError as exc:
            raise Http404 from exc
        official = Official.objects.with_current_positions().filter(pk=pk).first()
        if official is None:
            raise Http404
        return JsonResponse({"id": official.pk, "title": official.current_title})
