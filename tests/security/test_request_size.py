"""Request bodies are capped before anyone reads them, more for upload pages than for the rest (issue 12,
finding 9)."""

import pytest
from django.conf import settings as django_settings
from django.test import RequestFactory
from django.urls import reverse

from core.limits import RequestSizeLimitMiddleware, body_limit
from submissions.models import Submission
from tests.security.helpers import looks_vietnamese
from tests.submissions.test_abuse import TrackingInput
from tests.submissions.test_form import form_data

pytestmark = pytest.mark.django_db

FORM = reverse("submissions:form")
MULTIPART = "multipart/form-data; boundary=BoUnDaRy"
HUNDRED_MB = 100 * 1024 * 1024


class EndlessInput(TrackingInput):
    """A body far larger than any limit, produced on demand: reading it all would take minutes."""

    def __init__(self):
        super().__init__(b"")

    def readinto(self, buffer):
        buffer[:] = b"a" * len(buffer)
        self.position += len(buffer)
        return len(buffer)


def post_declared(client, path, length, content_type=MULTIPART, **extra):
    stream = EndlessInput()
    environ = {"wsgi.input": stream, "CONTENT_LENGTH": str(length), "CONTENT_TYPE": content_type}
    response = client.generic("POST", path, **environ, **extra)
    return response, stream


@pytest.mark.parametrize("path", [FORM, "/tim-kiem/", "/quan-tri/login/", "/i18n/setlang/", "/khong-co-trang-nay/"])
def test_a_hundred_megabyte_body_is_refused_unread_with_a_vietnamese_413(client, path):
    response, stream = post_declared(client, path, HUNDRED_MB)
    html = response.content.decode()
    assert response.status_code == 413
    assert stream.position == 0
    assert "Dữ liệu gửi lên quá lớn" in html and looks_vietnamese(html)
    assert response["Cache-Control"] == "no-store" and "Content-Security-Policy" in response


def test_an_over_limit_sender_with_a_huge_body_is_refused_unread(client, settings):
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 1
    assert client.post(FORM, form_data()).status_code == 302
    response, stream = post_declared(client, FORM, HUNDRED_MB)
    assert response.status_code == 413 and stream.position == 0
    response, stream = post_declared(client, FORM, 20_000)
    assert response.status_code == 429 and stream.position == 0
    assert Submission.objects.count() == 1


def test_a_body_of_unknown_length_is_refused_unread(client):
    stream = EndlessInput()
    response = client.generic("POST", FORM, **{"wsgi.input": stream, "CONTENT_TYPE": MULTIPART,
                                               "HTTP_TRANSFER_ENCODING": "chunked"})
    assert response.status_code == 411 and stream.position == 0
    assert looks_vietnamese(response.content.decode())


@pytest.mark.parametrize("length", ["-1", "abc", "１２", "1e9", "0x10", "9" * 40])
def test_a_malformed_or_absurd_length_is_refused(client, length):
    response, stream = post_declared(client, FORM, length)
    assert response.status_code in {400, 413} and stream.position == 0


def test_a_photo_send_within_the_submission_limit_gets_through(client):
    from tests.factories import make_upload

    photos = {f"photo_{n}": make_upload(f"{n}.jpg", size=(1200, 900)) for n in range(1, 6)}
    photos.update({f"caption_{n}": f"Ảnh {n}." for n in range(1, 6)})
    assert client.post(FORM, form_data(**photos)).status_code == 302


def _request(path, length, content_type=MULTIPART):
    return RequestFactory().generic("POST", path, CONTENT_LENGTH=str(length), CONTENT_TYPE=content_type)


def test_upload_pages_get_a_larger_limit_than_the_rest(settings):
    assert body_limit(_request(FORM, 1)) == settings.SUBMISSION_REQUEST_MAX_BYTES
    change = reverse("admin:articles_article_change", args=[1])
    assert body_limit(_request(change, 1)) == settings.ADMIN_UPLOAD_REQUEST_MAX_BYTES
    assert body_limit(_request(reverse("admin:people_official_add"), 1)) == settings.ADMIN_UPLOAD_REQUEST_MAX_BYTES
    for small in [reverse("admin:login"), reverse("admin:articles_article_changelist"), "/tim-kiem/",
                  reverse("admin:articles_article_action", args=[1, "approve"]), "/khong-co/"]:
        assert body_limit(_request(small, 1)) == settings.REQUEST_MAX_BYTES, small
    # Only a multipart body carries photos: a form-encoded one to the public form gets the small limit.
    assert body_limit(_request(FORM, 1, "application/x-www-form-urlencoded")) == settings.REQUEST_MAX_BYTES


def test_the_limits_are_checked_against_the_declared_length(settings):
    middleware = RequestSizeLimitMiddleware(lambda request: "passed")
    limit = settings.SUBMISSION_REQUEST_MAX_BYTES
    assert middleware(_request(FORM, limit)) == "passed"
    assert middleware(_request(FORM, limit + 1)).status_code == 413
    assert middleware(_request("/tim-kiem/", settings.REQUEST_MAX_BYTES + 1)).status_code == 413
    assert middleware(_request(FORM, 2 * 1024 * 1024, "application/x-www-form-urlencoded")).status_code == 413


def test_the_limits_are_sensible():
    s = django_settings
    assert s.REQUEST_MAX_BYTES <= 2 * 1024 * 1024
    assert s.DATA_UPLOAD_MAX_MEMORY_SIZE <= s.SUBMISSION_REQUEST_MAX_BYTES <= s.ADMIN_UPLOAD_REQUEST_MAX_BYTES
    assert s.FILE_UPLOAD_MAX_MEMORY_SIZE <= 2.5 * 1024 * 1024, "large uploads spool to disk, not memory"
    assert s.SUBMISSION_REQUEST_MAX_BYTES <= 64 * 1024 * 1024
    assert "core.limits.RequestSizeLimitMiddleware" in s.MIDDLEWARE
    position = s.MIDDLEWARE.index("core.limits.RequestSizeLimitMiddleware")
    before_any_reader = [m for m in s.MIDDLEWARE[:position] if "csrf" in m.lower() or "input_guard" in m]
    assert before_any_reader == []


def test_the_proxy_setting_is_documented():
    from pathlib import Path

    doc = (Path(django_settings.BASE_DIR) / "docs" / "security.md").read_text(encoding="utf-8")
    assert "client_max_body_size" in doc and "SUBMISSION_REQUEST_MAX_BYTES" in doc
