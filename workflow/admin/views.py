"""The workflow's admin pages for articles: queue, actions, review, revisions, preview, preview links, lock."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from articles.models import Article, Status
from articles.views import ArticleDetailView
from workflow import permissions, services
from workflow.admin.context import admin_url, status_label
from workflow.admin.forms import (
    ApproveChangeForm,
    CommentForm,
    PreviewLinkForm,
    PublishForm,
    RepublishForm,
    RequiredCommentForm,
    WithdrawForm,
)
from workflow.diff import snapshot_diff
from workflow.exceptions import WorkflowError
from workflow.models import EditLock, Revision
from workflow.selectors import current_submission, last_submitted_revision, moderation_queue, pending_revision
from workflow.snapshots import article_for_snapshot, article_snapshot, empty_snapshot, snapshot_as_article
from workflow.views import PreviewResponseMixin


class WorkflowAdminView(View):
    model_admin = None
    title = ""
    template_name = ""
    needs_article = True

    def dispatch(self, request, *args, **kwargs):
        if self.needs_article:
            try:
                pk = int(kwargs["object_id"])
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


class QueueView(WorkflowAdminView):
    needs_article = False
    template_name = "workflow/admin/queue.html"

    def check_permission(self, request):
        self.require(permissions.is_moderator(request.user))

    def get(self, request, **kwargs):
        self.title = _("Hàng chờ duyệt")
        return self.render(items=moderation_queue(request.user))


ACTIONS = {
    # action: (service, form, title, moderator only)
    "submit": ("article_submit", CommentForm, gettext_lazy("Gửi bài chờ duyệt"), False),
    "return": ("article_return", RequiredCommentForm, gettext_lazy("Trả lại bài để sửa"), True),
    "approve": ("article_approve", PublishForm, gettext_lazy("Duyệt bài"), True),
    "withdraw": ("article_withdraw", WithdrawForm, gettext_lazy("Gỡ bài"), True),
    "republish": ("article_republish", RepublishForm, gettext_lazy("Đăng lại bài đã gỡ"), True),
}


class ActionView(WorkflowAdminView):
    template_name = "workflow/admin/action.html"

    def check_permission(self, request):
        if self.kwargs["action"] not in ACTIONS:
            raise Http404
        self.service_name, self.form_class, self.title, moderator_only = ACTIONS[self.kwargs["action"]]
        if moderator_only:
            self.require(permissions.is_moderator(request.user))

    def get(self, request, **kwargs):
        return self.render(form=self.form_class(), action=kwargs["action"])

    def post(self, request, **kwargs):
        form = self.form_class(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            arguments = {"article": self.article, "actor": request.user}
            if self.service_name == "article_withdraw":
                arguments["reason"] = data["comment"]
            else:
                arguments["comment"] = data.get("comment", "")
            if "publish_at" in data:
                arguments["publish_at"] = data["publish_at"]
            try:
                getattr(services, self.service_name)(**arguments)
            except WorkflowError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("Đã thực hiện: %(action)s. Trạng thái hiện tại: %(status)s.")
                                 % {"action": self.title, "status": status_label(self.article)})
                if request.POST.get("next") == "queue" and permissions.is_moderator(request.user):
                    return redirect("admin:articles_article_queue")
                return self.back_to_article()
        return self.render(form=form, action=kwargs["action"], status=400)


class ReviewView(WorkflowAdminView):
    """One click from the queue: the whole change, and the decision forms under it."""

    template_name = "workflow/admin/review.html"

    def check_permission(self, request):
        self.require(permissions.is_moderator(request.user))

    def get(self, request, **kwargs):
        article = self.article
        pending = pending_revision(article)
        live = article_snapshot(article_for_snapshot(article.pk))
        context = {"pending": pending, "next": "queue"}
        if pending is not None:
            self.title = _("Thay đổi chờ duyệt cho bài đang đăng")
            context.update(old_label=_("Bản đang đăng"), new_label=_("Bản đề xuất (phiên bản %(n)s)") % {"n": pending.number},
                           diff=snapshot_diff(live, pending.snapshot), approve_form=ApproveChangeForm(),
                           reject_form=RequiredCommentForm(),
                           can_approve=permissions.can_approve(request.user, article, extra_user_ids=[pending.created_by_id]))
        else:
            self.title = _("Xem xét bài gửi duyệt")
            submission = current_submission(article)
            previous = last_submitted_revision(article, before=submission) if submission else None
            old = previous.snapshot if previous else empty_snapshot()
            context.update(
                old_label=(_("Bản gửi duyệt trước (phiên bản %(n)s)") % {"n": previous.number}) if previous
                else _("Chưa có bản nào (bài mới)"),
                new_label=_("Bản hiện tại"), diff=snapshot_diff(old, live), submission=submission,
                approve_form=PublishForm(), return_form=RequiredCommentForm(),
                can_approve=permissions.can_approve(request.user, article) and article.status == Status.SUBMITTED,
                is_submitted=article.status == Status.SUBMITTED,
            )
        return self.render(**context)


class RevisionListView(WorkflowAdminView):
    template_name = "workflow/admin/revisions.html"

    def check_permission(self, request):
        self.require(permissions.can_view_history(request.user, self.article))

    def get(self, request, **kwargs):
        self.title = _("Các phiên bản của bài")
        revisions = list(Revision.objects.filter(article=self.article).select_related("restored_from"))
        can_restore = self.model_admin.has_change_permission(request, self.article)
        return self.render(revisions=revisions, can_restore=can_restore)


class CompareView(WorkflowAdminView):
    template_name = "workflow/admin/compare.html"

    def check_permission(self, request):
        self.require(permissions.can_view_history(request.user, self.article))

    def _side(self, value):
        if value in ("", "live", None):
            return _("Bản đang lưu trong bài"), article_snapshot(article_for_snapshot(self.article.pk))
        try:
            revision = Revision.objects.get(article=self.article, pk=int(value))
        except (ValueError, Revision.DoesNotExist) as exc:
            raise Http404 from exc
        return _("Phiên bản %(n)s") % {"n": revision.number}, revision.snapshot

    def get(self, request, **kwargs):
        self.title = _("So sánh phiên bản")
        old_label, old = self._side(request.GET.get("a"))
        new_label, new = self._side(request.GET.get("b"))
        return self.render(old_label=old_label, new_label=new_label, diff=snapshot_diff(old, new))


class RestoreView(WorkflowAdminView):
    http_method_names = ["post"]

    def post(self, request, revision_id, **kwargs):
        revision = get_object_or_404(Revision, pk=revision_id, article=self.article)
        try:
            new = services.revision_restore(revision=revision, actor=request.user)
        except WorkflowError as exc:
            messages.error(request, exc.message)
        else:
            if new.state == "pending":
                messages.warning(request, _("Đã khôi phục phiên bản %(n)s thành bản chờ duyệt; bài đang đăng giữ "
                                            "nguyên cho đến khi được duyệt.") % {"n": revision.number})
            else:
                messages.success(request, _("Đã khôi phục phiên bản %(n)s thành bản nháp mới (phiên bản %(m)s).")
                                 % {"n": revision.number, "m": new.number})
        return self.back_to_article()


class PendingDecisionView(WorkflowAdminView):
    http_method_names = ["post"]
    template_name = "workflow/admin/action.html"

    def check_permission(self, request):
        self.require(permissions.is_moderator(request.user))
        if self.kwargs["decision"] not in ("approve", "reject"):
            raise Http404

    def post(self, request, revision_id, decision, **kwargs):
        revision = get_object_or_404(Revision, pk=revision_id, article=self.article)
        form = (ApproveChangeForm if decision == "approve" else RequiredCommentForm)(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                if decision == "approve":
                    services.revision_approve_pending(
                        revision=revision, actor=request.user, is_correction=data["is_correction"],
                        correction_note=data["correction_note"], comment=data["comment"],
                    )
                    messages.success(request, _("Đã duyệt thay đổi; bài đang đăng đã được cập nhật."))
                else:
                    services.revision_reject_pending(revision=revision, actor=request.user, comment=data["comment"])
                    messages.success(request, _("Đã trả lại thay đổi; bài đang đăng giữ nguyên."))
                return redirect("admin:articles_article_queue")
            except WorkflowError as exc:
                form.add_error(None, exc.message)
        self.title = _("Duyệt thay đổi") if decision == "approve" else _("Trả lại thay đổi")
        return self.render(form=form, status=400, form_action=request.path)


class AdminPreviewView(PreviewResponseMixin, ArticleDetailView):
    """The public page template showing an unpublished article, or any revision, to staff."""

    model_admin = None

    def dispatch(self, request, *args, **kwargs):
        try:
            pk = int(kwargs["object_id"])
        except ValueError as exc:
            raise Http404 from exc
        article = get_object_or_404(Article, pk=pk)
        if not self.model_admin.has_view_or_change_permission(request, article):
            raise PermissionDenied
        article = article_for_snapshot(pk)
        revision_id = request.GET.get("revision")
        if revision_id:
            try:
                revision = Revision.objects.get(article=article, pk=int(revision_id))
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
        if op == "release":
            return JsonResponse({"released": services.lock_release(article=self.article, actor=request.user)})
        if op == "heartbeat":
            lock = services.lock_refresh(article=self.article, actor=request.user)
            return JsonResponse(services.lock_state(lock, request.user).as_dict())
        try:
            services.lock_take_over(article=self.article, actor=request.user)
        except WorkflowError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("Bạn đã tiếp quản bài. Người sửa trước đã được báo."))
        return redirect(reverse("admin:articles_article_change", args=[self.article.pk]))
