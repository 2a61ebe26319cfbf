"""History: the list of revisions, any two compared, any one restored."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from core.params import strict_int
from workflow import permissions, services
from workflow.admin.views.base import WorkflowAdminView
from workflow.diff import snapshot_diff
from workflow.exceptions import WorkflowError
from workflow.models import Revision
from workflow.snapshots import article_for_snapshot, article_snapshot


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
            revision = Revision.objects.get(article=self.article, pk=strict_int(value))
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
                messages.warning(request, _("Đã khôi phục phiên bản %(n)s vào bản đề xuất (phiên bản %(m)s) chờ "
                                            "kiểm duyệt viên duyệt; bạn đọc vẫn thấy bản đang đăng cho đến khi "
                                            "được duyệt.") % {"n": revision.number, "m": new.number})
            else:
                messages.success(request, _("Đã khôi phục phiên bản %(n)s thành bản nháp mới (phiên bản %(m)s).")
                                 % {"n": revision.number, "m": new.number})
        return self.back_to_article()
