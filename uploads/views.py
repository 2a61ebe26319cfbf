"""Staging endpoints for the photo pickers (static/uploads/staged-photos.js): one-off function views."""

import functools

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.limits import before_body
from uploads import ratelimit
from uploads.identity import Uploader, valid_form_token
from uploads.models import Purpose, StagedPhoto
from uploads.services import staged_photo_create, staged_photo_delete

CONTENT_TYPES = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


def _refusal(message, status=400):
    response = JsonResponse({"error": message}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _only(method):
    """Like require_GET/require_POST, but the refusal says why, in Vietnamese, like the endpoint's other answers."""
    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method != method:
                response = _refusal(_("Địa chỉ này chỉ nhận yêu cầu %(method)s.") % {"method": method}, status=405)
                response["Allow"] = method
                return response
            return view(request, *args, **kwargs)
        return wrapped
    return decorate


def _count_anonymous_attempt(request):
    # Before the body is read (and before CSRF parses it): an over-limit sender costs one cache increment.
    user = getattr(request, "user", None)
    if (user is None or not user.is_authenticated) and not ratelimit.attempt(request):
        response = _refusal(_("Bạn đã tải lên quá nhiều ảnh trong một giờ qua. Vui lòng thử lại sau."), status=429)
        response["Retry-After"] = str(ratelimit.WINDOW_SECONDS)
        return response
    return None


@before_body(_count_anonymous_attempt)
@_only("POST")
def stage(request):
    """Take one chosen photo now; answer with its id and a URL only its uploader can open."""
    purpose = request.POST.get("purpose", "")
    if purpose == Purpose.ARTICLE and not (request.user.is_authenticated and request.user.is_staff):
        return _refusal(_("Bạn không có quyền tải ảnh lên đây."), status=403)
    form_token = valid_form_token(request.POST.get("form_token"))
    upload = request.FILES.get("file")
    if not form_token or upload is None:
        return _refusal(_("Không nhận được ảnh. Vui lòng chọn lại ảnh."))
    try:
        photo = staged_photo_create(
            uploader=Uploader.from_request(request, create=True), form_token=form_token, purpose=purpose,
            upload=upload,
        )
    except ValidationError as error:
        return _refusal(" ".join(error.messages))
    response = JsonResponse({
        "id": photo.pk, "url": reverse("uploads:photo", args=[photo.pk]),
        "discard_url": reverse("uploads:discard", args=[photo.pk]), "width": photo.width, "height": photo.height,
    }, status=201)
    response["Cache-Control"] = "no-store"
    return response
stage.takes_one_upload = True  # core.limits gives this view's multipart body room for one photo


@never_cache
@_only("GET")
def photo(request, pk):
    """A staged photo, to its uploader only; everyone else (and an expired photo) gets a 404, never a hint."""
    staged = StagedPhoto.objects.alive().of(Uploader.from_request(request)).filter(pk=pk).first()
    if staged is None:
        raise Http404
    try:
        handle = staged.image.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    extension = staged.image.name.rsplit(".", 1)[-1].lower()
    response = FileResponse(handle, content_type=CONTENT_TYPES.get(extension, "application/octet-stream"))
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@_only("POST")
def discard(request, pk):
    """The uploader took the photo back before sending the form."""
    if not staged_photo_delete(uploader=Uploader.from_request(request), pk=pk):
        return _refusal(_("Không tìm thấy ảnh này."), status=404)
    return JsonResponse({"deleted": pk})
