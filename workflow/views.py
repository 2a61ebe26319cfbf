"""Public preview through a signed, expiring link, rendered with the public article template."""

from django.http import Http404
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_cache_control

from articles.views import ArticleDetailView
from workflow.exceptions import PreviewLinkInvalid
from workflow.services import preview_link_resolve
from workflow.snapshots import article_for_snapshot


class PreviewResponseMixin:
    """Show ``self.preview_article`` exactly as the public page would, but never cached or indexed."""

    preview_article = None

    def get_object(self, queryset=None):
        if self.preview_article is None:
            raise Http404
        return self.preview_article

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = True
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response


class PreviewLinkView(PreviewResponseMixin, ArticleDetailView):
    def get(self, request, *args, **kwargs):
        try:
            article = preview_link_resolve(kwargs["token"])
        except PreviewLinkInvalid as exc:
            response = render(request, "workflow/preview_link_invalid.html",
                              {"message": exc.message, "article": exc.article}, status=410)
            response["X-Robots-Tag"] = "noindex, nofollow"
            add_never_cache_headers(response)
            return response
        self.preview_article = article_for_snapshot(article.pk)
        return super().get(request, *args, **kwargs)
