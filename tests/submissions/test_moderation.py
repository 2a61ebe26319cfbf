"""Moderators read submissions (with contact details), accept them as drafts, or reject them with a reason."""

import datetime
import os

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Status
from submissions.models import Submission, SubmissionStatus
from submissions.services import submission_accept, submission_create, submission_reject
from tests.factories import make_upload, province
from tests.workflow.conftest import make_role_user
from workflow.exceptions import ActionNotAllowed, InvalidState, MissingInput
from workflow.models import Action, Transition

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission():
    from core.images import validate_and_reencode_image

    content = validate_and_reencode_image(make_upload(), prefix="gui-bai")
    return submission_create(
        name="Trần Văn Bình", contact="binh@example.org", province=province("kien-giang"),
        title="Nông dân Kiên Giang thu hoạch lúa", text="Đoạn một.\n\nĐoạn hai.",
        photos=[(content, "Thu hoạch lúa trên cánh đồng.")],
    )


@pytest.fixture
def moderator():
    return make_role_user("moderator", "kiemduyet")


def test_moderators_see_the_contact_details_and_editors_see_nothing(client, submission, moderator):
    url = reverse("admin:submissions_submission_change", args=[submission.pk])
    client.force_login(moderator)
    html = client.get(url).content.decode()
    assert "binh@example.org" in html and "Nhận thành bản nháp" in html
    photo = submission.photos.get()
    image = client.get(reverse("admin:submissions_submission_photo", args=[submission.pk, photo.pk]))
    assert image.status_code == 200 and image["Content-Type"] == "image/jpeg"
    assert "no-store" in image["Cache-Control"]
    client.force_login(make_role_user("editor", "bientap"))
    assert client.get(url).status_code == 403
    assert client.get(reverse("admin:submissions_submission_photo", args=[submission.pk, photo.pk])).status_code == 403
    assert client.get(reverse("admin:submissions_submission_changelist")).status_code == 403


def test_accepting_makes_a_private_draft_credited_to_the_sender(client, submission, moderator):
    client.force_login(moderator)
    response = client.post(reverse("admin:submissions_submission_accept", args=[submission.pk]))
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/articles/article/{article.pk}/change/")
    assert article.status == Status.DRAFT and not Article.objects.published().exists()
    assert article.byline == "Trần Văn Bình" and article.title == "Nông dân Kiên Giang thu hoạch lúa"
    assert "<p>Đoạn một.</p>" in article.body and "binh@example.org" not in article.body + article.source
    assert list(article.provinces.all()) == [province("kien-giang")]
    photo = article.photos.get()
    assert photo.caption == "Thu hoạch lúa trên cánh đồng." and photo.is_featured and photo.credit == "Ảnh: Trần Văn Bình"
    assert photo.image.storage.exists(photo.image.name) and photo.width == 640
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ACCEPTED and submission.article == article
    assert Transition.objects.get(article=article).action == Action.FROM_SUBMISSION
    assert article.revisions.count() == 1
    with pytest.raises(InvalidState):
        submission_accept(submission=submission, actor=moderator)


def test_rejecting_needs_a_reason_and_keeps_it(client, submission, moderator):
    client.force_login(moderator)
    url = reverse("admin:submissions_submission_reject", args=[submission.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"reason": ""}).status_code == 400
    assert client.post(url, {"reason": "Trùng với tin đã đăng."}).status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.REJECTED and submission.reason == "Trùng với tin đã đăng."
    assert submission.decided_by == moderator


def test_editors_cannot_accept_or_reject(client, submission):
    editor = make_role_user("editor", "bientap")
    with pytest.raises(ActionNotAllowed):
        submission_accept(submission=submission, actor=editor)
    with pytest.raises(ActionNotAllowed):
        submission_reject(submission=submission, actor=editor, reason="x")
    client.force_login(editor)
    assert client.post(reverse("admin:submissions_submission_accept", args=[submission.pk])).status_code == 403
    assert not Article.objects.exists()


def test_a_reason_is_required_by_the_service_too(submission, moderator):
    with pytest.raises(MissingInput):
        submission_reject(submission=submission, actor=moderator, reason="  ")


def test_purge_removes_rejected_submissions_after_the_retention_period(submission, moderator, settings,
                                                                        _private_media_root, capsys,
                                                                        django_capture_on_commit_callbacks):
    settings.SUBMISSION_RETENTION_DAYS = 30
    submission_reject(submission=submission, actor=moderator, reason="Không đủ thông tin.")
    kept = submission_create(name="A", contact="a@example.org", province=province("an-giang"), title="B", text="C")
    submission_reject(submission=kept, actor=moderator, reason="Mới từ chối.")
    file_path = os.path.join(_private_media_root, submission.photos.get().image.name)
    Submission.objects.filter(pk=submission.pk).update(decided_at=timezone.now() - datetime.timedelta(days=31))

    call_command("purge_submissions", "--dry-run")
    assert "Sẽ xóa 1 tin" in capsys.readouterr().out
    assert Submission.objects.count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_submissions")
    assert "Đã xóa 1 tin" in capsys.readouterr().out
    assert list(Submission.objects.values_list("pk", flat=True)) == [kept.pk]
    assert not os.path.exists(file_path)


def test_accepted_and_waiting_submissions_are_never_purged(submission, moderator):
    submission_accept(submission=submission, actor=moderator)
    Submission.objects.update(decided_at=timezone.now() - datetime.timedelta(days=3650))
    call_command("purge_submissions", verbosity=0)
    assert Submission.objects.count() == 1
