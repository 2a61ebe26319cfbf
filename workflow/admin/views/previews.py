"""Ending an article's preview links by hand: a confirm page that lists them, and the POST that revokes them."""

from django.contrib import messages
from django.utils.translation import gettext as _

from workflow import permissions, services
from workflow.admin.views.base import WorkflowAdminView
from workflow.exceptions import WorkflowError
from workflow.models import PreviewLink


class PreviewRevokeView(WorkflowAdminView):
    template_name = "workflow/admin/preview_revoke.html"

    def check_permission(self, request):
        self.require(permissions.can_revoke_preview_links(request.user, self.article))

    def get(self, request, **kwargs):
        self.title = _("Thu hồi liên kết xem trước")
        links = PreviewLink.objects.filter(article=self.article).usable().select_related("created_by")
        return self.render(links=list(links))

    def post(self, request, **kwargs):
        try:
            count = services.preview_links_revoke(article=self.article, actor=request.user)
        except WorkflowError as exc:
            messages.error(request, exc.message)
        else:
            if count:
                messages.success(request, _("Đã thu hồi %(count)d liên kết xem trước. Người đã nhận sẽ không mở "
                                            "được nữa.") % {"count": count})
            else:
                messages.info(request, _("Bài không còn liên kết xem trước nào đang hiệu lực."))
        return self.back_to_article()
