"""Deciding: the queue, the review page with the whole change, and the transition forms."""

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.models import Status
from core.params import StrictPaginator
from workflow import permissions, services
from workflow.admin.context import status_label
from workflow.admin.forms import (
    ApproveChangeForm,
    CommentForm,
    PublishForm,
    RepublishForm,
    RequiredCommentForm,
    WithdrawForm,
)
from workflow.admin.views.base import WorkflowAdminView
from workflow.diff import snapshot_diff
from workflow.exceptions import WorkflowError
from workflow.models import Revision
from workflow.queue_sources import queue_sources
from workflow.selectors import current_submission, last_submitted_revision, pending_revision, queue_items, queue_keys
from workflow.snapshots import article_for_snapshot, article_snapshot, empty_snapshot
from workflow.warnings import approval_warnings


class ApproveForm(PublishForm):
    """Approving, with the open warnings shown above the form: any of them asks for an explicit tick."""

    confirm_warnings = forms.BooleanField(
        label=gettext_lazy("Tôi đã xem các cảnh báo trên và vẫn duyệt bài"), required=False,
    )

    def __init__(self, *args, warnings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.warnings = list(warnings)
        if not self.warnings:
            del self.fields["confirm_warnings"]

    def clean(self):
        cleaned = super().clean()
        if self.warnings and not cleaned.get("confirm_warnings"):
            self.add_error("confirm_warnings", _("Bài còn cảnh báo chưa xử lý: hãy xem danh sách và đánh dấu ô này "
                                                 "nếu vẫn duyệt."))
        return cleaned


ACTIONS = {
    # action: (service, form, title, moderator only)
    "submit": ("article_submit", CommentForm, gettext_lazy("Gửi bài chờ duyệt"), False),
    "return": ("article_return", RequiredCommentForm, gettext_lazy("Trả lại bài để sửa"), True),
    "approve": ("article_approve", ApproveForm, gettext_lazy("Duyệt bài"), True),
    "withdraw": ("article_withdraw", WithdrawForm, gettext_lazy("Gỡ bài"), True),
    "republish": ("article_republish", RepublishForm, gettext_lazy("Đăng lại bài đã gỡ"), True),
}



QUEUE_PAGE_SIZE = 50


class QueueView(WorkflowAdminView):
    needs_article = False
    template_name = "workflow/admin/queue.html"

    def check_permission(self, request):
        self.require(permissions.is_moderator(request.user))

    def get(self, request, **kwargs):
        self.title = _("Hàng chờ duyệt")
        # Sorted as keys (ids and times only), then only the page's items are read and rendered.
        page = StrictPaginator(queue_keys(request.user), QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
        # Waiting items of the apps above (reader submissions), each section oldest first.
        sections = [{"title": source.title, "key": source.key, "count": source.count(request.user),
                     "entries": source.entries(request.user, source.limit)} for source in queue_sources(request.user)]
        return self.render(items=queue_items(page.object_list), page=page, sections=sections)


class ActionView(WorkflowAdminView):
    template_name = "workflow/admin/action.html"

    def check_permission(self, request):
        if self.kwargs["action"] not in ACTIONS:
            raise Http404
        self.service_name, self.form_class, self.title, moderator_only = ACTIONS[self.kwargs["action"]]
        if moderator_only:
            self.require(permissions.is_moderator(request.user))

    def make_form(self, data=None):
        if self.form_class is ApproveForm:
            self.warnings = approval_warnings(self.article)
            return ApproveForm(data, warnings=self.warnings)
        self.warnings = []
        return self.form_class(data)

    def get(self, request, **kwargs):
        form = self.make_form()
        return self.render(form=form, action=kwargs["action"], approval_warnings=self.warnings)

    def post(self, request, **kwargs):
        form = self.make_form(request.POST)
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
        return self.render(form=form, action=kwargs["action"], approval_warnings=self.warnings, status=400)


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
            warnings = approval_warnings(article) if article.status == Status.SUBMITTED else []
            previous = last_submitted_revision(article, before=submission) if submission else None
            old = previous.snapshot if previous else empty_snapshot()
            context.update(
                old_label=(_("Bản gửi duyệt trước (phiên bản %(n)s)") % {"n": previous.number}) if previous
                else _("Chưa có bản nào (bài mới)"),
                new_label=_("Bản hiện tại"), diff=snapshot_diff(old, live), submission=submission,
                approve_form=ApproveForm(warnings=warnings), approval_warnings=warnings,
                return_form=RequiredCommentForm(),
                can_approve=permissions.can_approve(request.user, article) and article.status == Status.SUBMITTED,
                is_submitted=article.status == Status.SUBMITTED,
            )
        return self.render(**context)


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
