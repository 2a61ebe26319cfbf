"""Moderators read reader submissions here, with contact details, and accept or reject them."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.admin_params import StrictAdminParamsMixin
from submissions.forms import RejectForm
from submissions.models import Submission, SubmissionPhoto, SubmissionStatus
from submissions.services import submission_accept, submission_reject
from workflow.exceptions import WorkflowError
from workflow.queue_sources import QueueEntry, QueueSource, register_queue_source
from workflow.roles import is_moderator


class SubmissionPhotoInline(admin.TabularInline):
    model = SubmissionPhoto
    extra = 0
    fields = ["thumbnail", "caption", "width", "height"]
    readonly_fields = fields
    can_delete = False

    @admin.display(description=gettext_lazy("ảnh"))
    def thumbnail(self, obj):
        url = reverse("admin:submissions_submission_photo", args=[obj.submission_id, obj.pk])
        return format_html('<a href="{0}"><img src="{0}" alt="{1}" width="160"></a>', url, obj.caption)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        # The photos are part of the submission: whoever may view it sees them (the moderators' role grants no
        # separate permission on the photo model, so without this the inline was hidden from them).
        return is_moderator(request.user) and request.user.has_perm("submissions.view_submission")


@admin.register(Submission)
class SubmissionAdmin(StrictAdminParamsMixin, admin.ModelAdmin):
    list_display = ["reference", "title", "province", "status", "created_at"]
    list_filter = ["status", "created_at"]
    list_select_related = ["province"]
    search_fields = ["reference", "title", "name"]
    date_hierarchy = "created_at"
    inlines = [SubmissionPhotoInline]
    actions = None
    public_fields = ["reference", "status", "created_at", "name", "province", "title", "text", "reason",
                     "decided_at", "decided_by", "article"]

    def get_fields(self, request, obj=None):
        fields = list(self.public_fields)
        if is_moderator(request.user):
            fields.insert(fields.index("name") + 1, "contact")
        return fields

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj)

    def has_module_permission(self, request):
        return is_moderator(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return is_moderator(request.user) and super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # Only through the accept / reject buttons; the fields themselves are read-only.
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # kept for the retention period, then removed by `purge_submissions`

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(function)

        return [
            path("<int:pk>/nhan/", view(self.accept_view), name="submissions_submission_accept"),
            path("<int:pk>/tu-choi/", view(self.reject_view), name="submissions_submission_reject"),
            path("<int:pk>/anh/<int:photo_id>/", view(self.photo_view), name="submissions_submission_photo"),
            *super().get_urls(),
        ]

    def _submission(self, request, pk):
        if not is_moderator(request.user) or not request.user.has_perm("submissions.change_submission"):
            raise PermissionDenied
        return get_object_or_404(Submission, pk=pk)

    def accept_view(self, request, pk):
        submission = self._submission(request, pk)
        if request.method != "POST":
            return redirect("admin:submissions_submission_change", pk)
        try:
            article = submission_accept(submission=submission, actor=request.user)
        except WorkflowError as exc:
            messages.error(request, exc.message)
            return redirect("admin:submissions_submission_change", pk)
        messages.success(request, _("Đã nhận tin %(reference)s thành bản nháp. Hãy biên tập rồi gửi duyệt.")
                         % {"reference": submission.reference})
        return redirect("admin:articles_article_change", article.pk)

    def reject_view(self, request, pk):
        submission = self._submission(request, pk)
        form = RejectForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                submission_reject(submission=submission, actor=request.user, reason=form.cleaned_data["reason"])
            except WorkflowError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("Đã từ chối tin %(reference)s.") % {"reference": submission.reference})
                return redirect("admin:submissions_submission_changelist")
        context = {**self.admin_site.each_context(request), "opts": Submission._meta, "original": submission,
                   "title": _("Từ chối tin bạn đọc gửi"), "form": form}
        return TemplateResponse(request, "submissions/admin/reject.html", context,
                                status=400 if request.method == "POST" else 200)

    def photo_view(self, request, pk, photo_id):
        if not is_moderator(request.user):
            raise PermissionDenied
        photo = get_object_or_404(SubmissionPhoto, pk=photo_id, submission_id=pk)
        try:
            handle = photo.image.open("rb")
        except FileNotFoundError as exc:
            raise Http404 from exc
        extension = photo.image.name.rsplit(".", 1)[-1].lower()
        content_type = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp"}.get(
            extension, "application/octet-stream")
        response = FileResponse(handle, content_type=content_type)
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_decide"] = (
            obj is not None and obj.status == SubmissionStatus.NEW and is_moderator(request.user)
            and request.user.has_perm("submissions.change_submission")
        )
        return super().render_change_form(request, context, add, change, form_url, obj)


class SubmissionQueueSource(QueueSource):
    """New reader submissions in the moderators' queue, with their photos, oldest first."""

    key = "tin-ban-doc"
    title = gettext_lazy("Tin bài bạn đọc gửi")

    def visible_to(self, user):
        return is_moderator(user) and user.has_perm("submissions.view_submission")

    def _waiting(self):
        return Submission.objects.filter(status=SubmissionStatus.NEW)

    def count(self, user):
        return self._waiting().count()

    def waiting_ids(self, user):
        return self._waiting().values_list("pk")

    def entries(self, user, limit):
        waiting = self._waiting().select_related("province").prefetch_related("photos").order_by("created_at", "pk")
        return [
            QueueEntry(
                title=submission.title, url=reverse("admin:submissions_submission_change", args=[submission.pk]),
                waiting_since=submission.created_at, sender=submission.name, place=str(submission.province),
                photos=[(reverse("admin:submissions_submission_photo", args=[submission.pk, photo.pk]), photo.caption)
                        for photo in submission.photos.all()],
                actions=[(_("Xem và quyết định"), reverse("admin:submissions_submission_change", args=[submission.pk]))],
            )
            for submission in waiting[:limit]
        ]


register_queue_source(SubmissionQueueSource())
