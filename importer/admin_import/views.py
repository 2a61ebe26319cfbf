"""The admin pages of an import: upload, the run with its progress and report, the step the page polls.

Thin on purpose: checks in ``uploads``, writes in ``runs`` and ``notes``. The admin (importer/admin.py) wires them
in as the add and change pages of ``ImportRun``, so that the side menu lists them for those allowed to import.
"""

import logging

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from articles.models import Article
from core.params import strict_int
from importer.admin_import import notes, runs
from importer.admin_import.uploads import UploadError, check_upload
from importer.models import ImportRun
from workflow.exceptions import WorkflowError

logger = logging.getLogger(__name__)

ACCEPT = ".txt,.docx,.doc,.jsonl,.zip"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data] if data else single(None, initial)
        return [single(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=gettext_lazy("Tệp cần nhập"),
        widget=MultipleFileInput(attrs={"accept": ACCEPT}),
        help_text=gettext_lazy("Tệp văn bản .txt, tệp Word .docx/.doc, tệp xuất .jsonl, hoặc tệp .zip chứa các tệp đó "
                               "(ảnh đặt cạnh tệp .txt, tên dạng <tên-bài>-1.jpg, được nhập kèm). Có thể chọn nhiều tệp; "
                               "nhiều hơn 100 tệp thì hãy nén thành một tệp .zip."),
        error_messages={"required": gettext_lazy("Hãy chọn ít nhất một tệp."),
                        "empty": gettext_lazy("Tệp được chọn rỗng.")},
    )
    source = forms.CharField(label=gettext_lazy("Nguồn"), max_length=200, required=False,
                             help_text=gettext_lazy("Ghi vào trường “nguồn” của các bài, ví dụ: Ban Tuyên giáo Tỉnh ủy."))
    year = forms.IntegerField(
        label=gettext_lazy("Năm"), required=False,
        help_text=gettext_lazy("Năm của ngày sự kiện khi bài chỉ ghi ngày/tháng. Để trống nếu không rõ."),
        error_messages={"invalid": gettext_lazy("Hãy nhập năm bằng số, ví dụ 2023.")},
    )

    def clean_year(self):
        year = self.cleaned_data.get("year")
        if year is not None and not 1945 <= year <= timezone.localdate().year + 1:
            raise forms.ValidationError(_("Năm không hợp lệ: %(year)s.") % {"year": year})
        return year


def _context(model_admin, request, title, **context):
    return {**model_admin.admin_site.each_context(request), "opts": ImportRun._meta, "title": title, **context}


def upload_view(request, *, model_admin):
    if not runs.can_import(request.user):
        raise PermissionDenied
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                files, skipped = check_upload(form.cleaned_data["files"])
            except UploadError as exc:
                form.add_error("files", str(exc))
            else:
                try:
                    run = runs.import_run_start(user=request.user, files=files, source=form.cleaned_data["source"],
                                                year=form.cleaned_data["year"])
                except OSError:
                    logger.exception("Could not store an upload for import")
                    form.add_error(None, _("Máy chủ không lưu được tệp tải lên (ổ đĩa đầy hoặc không ghi được). "
                                           "Không có gì được lưu; hãy thử lại sau hoặc báo quản trị."))
                else:
                    if skipped:
                        messages.warning(request, _("Bỏ qua %(count)d tệp không phải bài hay ảnh: %(names)s.")
                                         % {"count": len(skipped), "names": ", ".join(skipped[:10])})
                    return redirect("admin:importer_importrun_change", run.pk)
        status = 400
    return TemplateResponse(request, "importer/admin/upload.html", _context(
        model_admin, request, _("Nhập bài từ tệp"), form=form, max_files=_max_files(),
    ), status=status)


def _max_files():
    from importer.admin_import.uploads import max_files  # noqa: PLC0415

    return max_files()


def _run_for(request, object_id):
    try:
        pk = strict_int(object_id)
    except ValueError as exc:
        raise Http404 from exc
    run = get_object_or_404(ImportRun.objects.select_related("user"), pk=pk)
    if not runs.can_see_run(request.user, run):
        raise PermissionDenied
    return run


def run_view(request, object_id, *, model_admin):
    run = _run_for(request, object_id)
    return TemplateResponse(request, "importer/admin/run.html", _context(
        model_admin, request, _("Lần nhập bài %(when)s") % {"when": timezone.localtime(run.started_at).strftime("%d/%m/%Y %H:%M")},
        run=run, progress=runs.run_progress(run), report=runs.run_report(run), original=run,
    ))


@require_POST
def step_view(request, object_id, *, model_admin):
    """Import the next files; JSON for the page's script, a redirect back for a browser without it."""
    run = _run_for(request, object_id)
    wants_json = "application/json" in request.headers.get("Accept", "")
    try:
        run = runs.import_run_step(run_id=run.pk)
    except DatabaseError:
        logger.exception("Import run %s: database error", run.pk)
        message = _("Lỗi cơ sở dữ liệu: bước nhập này đã được hoàn tác. Trang sẽ thử lại.")
        if wants_json:
            return JsonResponse({"error": message}, status=503)
        messages.error(request, message)
        return redirect("admin:importer_importrun_change", run.pk)
    if not wants_json:
        return redirect("admin:importer_importrun_change", run.pk)
    html = render_to_string("importer/includes/run_report.html", {"report": runs.run_report(run), "run": run},
                            request=request)
    return JsonResponse({**runs.run_progress(run), "html": html})


@require_POST
def notes_handled_view(request, object_id, *, model_admin):
    try:
        pk = strict_int(object_id)
    except ValueError as exc:
        raise Http404 from exc
    article = get_object_or_404(Article, pk=pk)
    if not model_admin.has_view_or_change_permission(request, article):
        raise PermissionDenied
    try:
        count = notes.import_notes_mark_handled(article=article, actor=request.user)
    except WorkflowError as exc:
        messages.error(request, exc.message)
    else:
        if count:
            messages.success(request, _("Đã đánh dấu các ghi chú nhập bài là đã xử lý."))
    return redirect(reverse("admin:articles_article_change", args=[article.pk]))
