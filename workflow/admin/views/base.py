"""The base of the workflow's admin pages for one article."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views import View

from articles.models import Article
from core.params import strict_int
from workflow.admin.context import admin_url, status_label


class WorkflowAdminView(View):
    model_admin = None
    title = ""
    template_name = ""
    needs_article = True

    def dispatch(self, request, *args, **kwargs):
        if self.needs_article:
            try:
                pk = strict_int(kwargs["object_id"])
            except ValueError as exc:
                raise Http404 from exc
            self.article = get_object_or_404(Article.objects.select_related("author", "last_edited_by"), pk=pk)
            if not self.model_admin.has_view_or_change_permission(request, self.article):
                raise PermissionDenied
        self.check_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def check_permission(self, request):
        """Subclasses narrow who may use the page."""

    def require(self, allowed):
        if not allowed:
            raise PermissionDenied

    def render(self, template_name=None, status=200, **context):
        article = getattr(self, "article", None)
        context = {
            **self.model_admin.admin_site.each_context(self.request),
            "opts": Article._meta, "original": article, "title": self.title,
            "status_label": status_label(article) if article else "", **context,
        }
        return TemplateResponse(self.request, template_name or self.template_name, context, status=status)

    def back_to_article(self):
        return redirect(admin_url("change", self.article))
