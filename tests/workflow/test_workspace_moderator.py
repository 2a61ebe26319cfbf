"""The moderator's workspace: the queue in the side menu, reader submissions (with their photos) in it, and
preview and decisions one click from each row."""

import shutil
import tempfile

import pytest
from django.urls import reverse

from submissions.models import Submission, SubmissionPhoto
from tests.factories import make_upload, province
from tests.workflow.conftest import draft_by, make_role_user
from workflow import services

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:articles_article_queue")


@pytest.fixture(autouse=True)
def _private_media_root(settings):
    path = tempfile.mkdtemp(prefix="newsroom-private-")
    settings.PRIVATE_MEDIA_ROOT = path
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def sent_in():
    submission = Submission.objects.create(
        name="Bạn đọc Lê Thị Hoa", contact="0912345678", province=province("kien-giang"),
        title="Ngập sâu ở đường Nguyễn Trung Trực", text="Nước ngập ngang gối từ sáng.",
    )
    photo = SubmissionPhoto.objects.create(submission=submission, image=make_upload("ngap.jpg"),
                                           caption="Đoạn đường ngập sáng nay.")
    return submission, photo


@pytest.fixture
def waiting(editor):
    article = draft_by(editor, title="Hội nghị tổng kết công tác tuyên giáo")
    services.article_submit(article=article, actor=editor)
    return article


def test_the_queue_lists_reader_submissions_with_their_photos(client, moderator, waiting, sent_in):
    submission, photo = sent_in
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert "Tin bài bạn đọc gửi" in html and "Ngập sâu ở đường Nguyễn Trung Trực" in html
    assert "Bạn đọc Lê Thị Hoa" in html and "Kiên Giang" in html
    photo_url = reverse("admin:submissions_submission_photo", args=[submission.pk, photo.pk])
    assert f'src="{photo_url}"' in html and 'alt="Đoạn đường ngập sáng nay."' in html
    assert client.get(photo_url).status_code == 200  # the moderator can open the reader's photo itself


def test_a_decided_submission_leaves_the_queue(client, moderator, sent_in):
    from submissions.services import submission_reject

    submission, _photo = sent_in
    submission_reject(submission=submission, actor=moderator, reason="Tin trùng.")
    client.force_login(moderator)
    assert "Ngập sâu ở đường Nguyễn Trung Trực" not in client.get(QUEUE).content.decode()


def test_each_waiting_article_offers_preview_and_the_decisions(client, moderator, waiting):
    client.force_login(moderator)
    html = client.get(QUEUE).content.decode()
    assert reverse("admin:articles_article_preview", args=[waiting.pk]) in html
    review = reverse("admin:articles_article_review", args=[waiting.pk])
    assert "Duyệt, hẹn giờ, trả lại" in html and review in html
    decisions = client.get(review).content.decode()
    # Approve now or at a time typed as dd/mm/yyyy HH:MM, or return with a comment: all on the review page.
    assert 'name="publish_at"' in decisions and 'placeholder="dd/mm/yyyy hh:mm"' in decisions
    assert "Trả lại bài" in decisions and 'name="comment"' in decisions


def test_the_side_menu_count_includes_the_submissions(client, moderator, waiting, sent_in):
    client.force_login(moderator)
    html = client.get(reverse("admin:articles_article_changelist")).content.decode()
    menu = html[html.index('id="nav-sidebar"'):]
    assert 'Hàng chờ duyệt <span class="wf-count">2</span>' in menu


def test_the_submission_page_shows_a_moderator_the_readers_photos(client, moderator, sent_in):
    submission, photo = sent_in
    client.force_login(moderator)
    html = client.get(reverse("admin:submissions_submission_change", args=[submission.pk])).content.decode()
    assert reverse("admin:submissions_submission_photo", args=[submission.pk, photo.pk]) in html


def test_editors_and_administrators_get_no_queue(client, editor, sent_in):
    client.force_login(editor)
    assert client.get(QUEUE).status_code == 403
    client.force_login(make_role_user("administrator", "quantri"))
    assert client.get(QUEUE).status_code == 403
