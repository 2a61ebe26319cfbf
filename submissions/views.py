"""The public "Gửi tin bài" form: one-off function views (STYLE 6)."""

from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.limits import before_body
from submissions import ratelimit
from submissions.forms import SubmissionForm
from submissions.services import submission_create
from uploads.identity import Uploader
from uploads.services import staged_photos_discard

SESSION_KEY = "submission_reference"


def _render(request, form, *, status=200, error=""):
    response = render(request, "submissions/form.html", {"form": form, "error": error}, status=status)
    add_never_cache_headers(response)
    return response


def _too_many(request):
    response = render(request, "error.html", {
        "status": 429, "title": _("Bạn đã gửi quá nhiều lần"),
        "message": _("Bạn đã gửi nhiều tin trong một giờ qua. Vui lòng thử lại sau, hoặc liên hệ trực tiếp với "
                     "ban biên tập."),
    }, status=429)
    response["Retry-After"] = str(ratelimit.WINDOW_SECONDS)
    add_never_cache_headers(response)
    return response


def _count_attempt(request):
    # Counted before request.POST or request.FILES is touched: an over-limit sender's body is never read.
    if not ratelimit.attempt(request):
        return _too_many(request)
    return None


@before_body(_count_attempt)
@require_http_methods(["GET", "POST"])
def submission_form(request):
    if request.method == "GET":
        return _render(request, SubmissionForm())
    form = SubmissionForm(request.POST, request.FILES, uploader=Uploader.from_request(request))
    if form.is_spam:
        return _render(request, SubmissionForm(), status=400, error=_("Không gửi được tin. Vui lòng thử lại."))
    if not form.is_valid():
        return _render(request, form, status=400, error=_("Vui lòng sửa các lỗi được đánh dấu bên dưới."))
    data = form.cleaned_data
    submission = submission_create(
        name=data["name"], contact=data["contact"], province=data["province"], title=data["title"],
        text=data["text"], photos=form.photos(),
    )
    # Their bytes are in the submission's own photos now.
    staged_photos_discard(photos=form.staged_photos())
    request.session[SESSION_KEY] = submission.reference
    return redirect("submissions:done")


def submission_done(request):
    reference = request.session.get(SESSION_KEY)
    if not reference:
        return redirect("submissions:form")
    response = render(request, "submissions/done.html", {"reference": reference})
    add_never_cache_headers(response)
    return response
