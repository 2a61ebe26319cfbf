"""The public "Gửi tin bài" form: one-off function views (STYLE 6)."""

from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from submissions import ratelimit
from submissions.forms import SubmissionForm
from submissions.services import submission_create

SESSION_KEY = "submission_reference"


def _render(request, form, *, status=200, error=""):
    response = render(request, "submissions/form.html", {"form": form, "error": error}, status=status)
    add_never_cache_headers(response)
    return response


@require_http_methods(["GET", "POST"])
def submission_form(request):
    if request.method == "GET":
        return _render(request, SubmissionForm())
    ip = ratelimit.client_ip(request)
    if ratelimit.is_over_limit(ip):
        return _render(request, SubmissionForm(request.POST), status=429, error=_(
            "Bạn đã gửi nhiều tin trong một giờ qua. Vui lòng thử lại sau ít phút, hoặc liên hệ trực tiếp với "
            "ban biên tập."
        ))
    form = SubmissionForm(request.POST, request.FILES)
    if form.is_spam:
        ratelimit.count_send(ip)
        return _render(request, SubmissionForm(), status=400, error=_("Không gửi được tin. Vui lòng thử lại."))
    if not form.is_valid():
        return _render(request, form, status=400, error=_("Vui lòng sửa các lỗi được đánh dấu bên dưới."))
    data = form.cleaned_data
    submission = submission_create(
        name=data["name"], contact=data["contact"], province=data["province"], title=data["title"],
        text=data["text"], photos=form.photos(),
    )
    ratelimit.count_send(ip)
    request.session[SESSION_KEY] = submission.reference
    return redirect("submissions:done")


def submission_done(request):
    reference = request.session.get(SESSION_KEY)
    if not reference:
        return redirect("submissions:form")
    response = render(request, "submissions/done.html", {"reference": reference})
    add_never_cache_headers(response)
    return response
