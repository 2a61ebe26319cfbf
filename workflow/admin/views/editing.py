"""While editing: preview as readers will see it, preview links for outsiders, and the soft lock."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from articles.models import Article
from articles.views import ArticleDetailView
from core.params import strict_int
from workflow import permissions, services
from workflow.admin.forms import PreviewLinkForm
from workflow.admin.views.base import WorkflowAdminView
from workflow.exceptions import WorkflowError
from workflow.models import EditLock, Revision
from workflow.selectors import pending_revision
from workflow.services.locks import is_page_token
from workflow.snapshots import article_for_snapshot, snapshot_as_article
from workflow.views import PreviewResponseMixin


class AdminPreviewView(PreviewResponseMixin, ArticleDetailView):
    """The public page template showing an unpublished article, or any revision, to staff."""

    model_admin = None

    def dispatch(self, request, *args, **kwargs):
        try:
            pk = strict_int(kwargs["object_id"])
        except ValueError as exc:
            raise Http404 from exc
        article = get_object_or_404(Article, pk=pk)
        if not self.model_admin.has_view_or_change_permission(request, article):
            raise PermissionDenied
        article = article_for_snapshot(pk)
        revision_id = request.GET.get("revision")
        if revision_id:
            try:
                revision = Revision.objects.get(article=article, pk=strict_int(revision_id))
            except (ValueError, Revision.DoesNotExist) as exc:
                raise Http404 from exc
            if not permissions.can_view_history(request.user, article):
                raise PermissionDenied
            self.preview_article = snapshot_as_article(article, revision.snapshot)
        else:
            pending = pending_revision(article)
            self.preview_article = snapshot_as_article(article, pending.snapshot) if pending else article
        return super().dispatch(request, *args, **kwargs)


class PreviewLinkView(WorkflowAdminView):
    template_name = "workflow/admin/preview_link.html"

    def check_permission(self, request):
        self.require(permissions.is_moderator(request.user))

    def get(self, request, **kwargs):
        self.title = _("Liên kết xem trước")
        return self.render(form=PreviewLinkForm())

    def post(self, request, **kwargs):
        self.title = _("Liên kết xem trước")
        form = PreviewLinkForm(request.POST)
        if form.is_valid():
            try:
                url, expires = services.preview_link_create(article=self.article, actor=request.user,
                                                            hours=form.cleaned_data["hours"])
            except WorkflowError as exc:
                form.add_error(None, exc.message)
            else:
                return self.render(form=PreviewLinkForm(), link=url, expires=expires)
        return self.render(form=form, status=400)


class LockView(WorkflowAdminView):
    """Heartbeat and release answer the page's script in JSON; take-over is a normal confirm-and-post page."""

    template_name = "workflow/admin/take_over.html"

    def check_permission(self, request):
        if self.kwargs["op"] not in ("heartbeat", "release", "take-over"):
            raise Http404
        self.require(self.model_admin.has_change_permission(request, self.article))

    def get(self, request, op, **kwargs):
        if op != "take-over":
            return JsonResponse({"error": _("Chỉ nhận yêu cầu POST.")}, status=405)
        self.title = _("Tiếp quản bài đang có người sửa")
        lock = EditLock.objects.filter(article=self.article).select_related("holder").first()
        return self.render(lock=services.lock_state(lock, request.user))

    def post(self, request, op, **kwargs):
        if op in ("release", "heartbeat"):
            # The page's own token: a late message from an older page must not speak for the newer one.
            token = request.POST.get("token") or None
            if token is not None and not is_page_token(token):
                return JsonResponse({"error": _("Mã trang không hợp lệ; hãy tải lại trang.")}, status=400)
            if op == "release":
                released = services.lock_release(article=self.article, actor=request.user, token=token)
                return JsonResponse({"released": released})
            lock = services.lock_refresh(article=self.article, actor=request.user, token=token)
            return JsonResponse(services.lock_state(lock, request.user, token).as_dict())
        try:
            services.lock_take_over(article=self.article, actor=request.user)
        except WorkflowError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Bạn đã tiếp quản bài. Người sửa trước đã được báo."))
        return redirect(reverse("admin:articles_article_change", args=[self.article.pk]))
