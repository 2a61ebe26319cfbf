"""Forms that take staged photos: a refused save shows them again, a good one turns them into real photos."""

import os

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from articles.models import Article
from submissions.models import Submission
from tests.factories import make_upload, province, topic
from tests.uploads.conftest import TOKEN, stage
from tests.workflow.conftest import draft_by as _draft_by
from tests.workflow.conftest import make_role_user
from tests.workflow.helpers import change_form_data, change_url
from uploads.models import StagedPhoto

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return make_role_user("editor", "bientap")


@pytest.fixture
def desk(editor):
    client = Client()
    client.force_login(editor)
    return client


def draft_by(user, **kwargs):
    # A draft the change form accepts as it is: provinces and topics are required there.
    return _draft_by(user, provinces=[province("an-giang")], topics=[topic("xay-dung-dang")], **kwargs)


def with_staged(data, staged, *, token=TOKEN, start=0):
    """The change form's data plus new photo rows that carry staged ids, as staged-photos.js posts them."""
    data = dict(data)
    total = int(data["photos-TOTAL_FORMS"])
    for offset, (pk, caption, extra) in enumerate(staged):
        prefix = f"photos-{total + offset}-"
        data.update({prefix + "staged_photo": str(pk), prefix + "caption": caption, prefix + "credit": "Ảnh: Minh Anh",
                     prefix + "alt_text": "", prefix + "position": str(start + offset),
                     **{prefix + name: value for name, value in extra.items()}})
    data["photos-TOTAL_FORMS"] = str(total + len(staged))
    data["photos-staging_token"] = token
    return data


def test_staged_photos_survive_a_refused_save_and_become_the_articles_photos_in_order(desk, editor):
    article = draft_by(editor, title="Bài có ảnh")
    first = stage(desk, purpose="article").json()["id"]
    second = stage(desk, purpose="article", upload=make_upload("b.png", fmt="PNG")).json()["id"]
    staged = [(first, "Quang cảnh hội nghị.", {}), (second, "Đại biểu biểu quyết.", {})]

    refused = desk.post(change_url(article), with_staged(change_form_data(article, title=""), staged))
    assert refused.status_code == 200
    html = refused.content.decode()
    for pk, caption, _extra in staged:
        assert f'src="{reverse("uploads:photo", args=[pk])}"' in html
        assert caption in html
    assert f'value="{TOKEN}"' in html  # the page keeps its staging key, so the next save finds the photos

    saved = desk.post(change_url(article), with_staged(change_form_data(article, title="Bài có ảnh"), staged))
    assert saved.status_code == 302
    photos = list(Article.objects.get(pk=article.pk).photos.order_by("position"))
    assert [p.caption for p in photos] == ["Quang cảnh hội nghị.", "Đại biểu biểu quyết."]
    assert [p.is_featured for p in photos] == [True, False]  # the first, since none was marked
    assert [p.alt_text for p in photos] == [p.caption for p in photos]  # alt text defaults to the caption
    for photo in photos:
        assert photo.image.name.startswith("anh/") and os.path.exists(os.path.join(settings.MEDIA_ROOT, photo.image.name))
        assert (photo.width, photo.height) == (640, 400)


def test_a_photo_marked_featured_wins_over_the_first(desk, editor):
    article = draft_by(editor)
    first = stage(desk, purpose="article").json()["id"]
    second = stage(desk, purpose="article").json()["id"]
    data = with_staged(change_form_data(article), [(first, "Một.", {}), (second, "Hai.", {"is_featured": "on"})])
    assert desk.post(change_url(article), data).status_code == 302
    assert [p.is_featured for p in Article.objects.get(pk=article.pk).photos.order_by("position")] == [False, True]


def test_two_featured_photos_are_refused_with_a_message(desk, editor):
    article = draft_by(editor)
    ids = [stage(desk, purpose="article").json()["id"] for _ in range(2)]
    data = with_staged(change_form_data(article), [(pk, "Ảnh.", {"is_featured": "on"}) for pk in ids])
    response = desk.post(change_url(article), data)
    assert response.status_code == 200
    assert "Chỉ chọn một ảnh đại diện cho bài." in response.content.decode()
    assert not Article.objects.get(pk=article.pk).photos.exists()


def test_another_editors_staged_photo_cannot_be_taken(desk, editor):
    thief = Client()
    thief.force_login(make_role_user("editor", "bientap2"))
    mine = stage(desk, purpose="article").json()["id"]
    article = draft_by(make_role_user("editor", "bientap3"))
    thief.force_login(article.author)
    response = thief.post(change_url(article), with_staged(change_form_data(article), [(mine, "Ảnh lấy trộm.", {})]))
    assert response.status_code == 200
    assert "Ảnh đã tải lên không còn nữa" in response.content.decode()
    assert not article.photos.exists()


def test_a_staged_photo_is_only_found_by_the_page_it_was_staged_for(desk, editor):
    article = draft_by(editor)
    pk = stage(desk, purpose="article", token="trang-khac-0000000").json()["id"]
    response = desk.post(change_url(article), with_staged(change_form_data(article), [(pk, "Ảnh.", {})]))
    assert response.status_code == 200 and "Ảnh đã tải lên không còn nữa" in response.content.decode()


# --- "Gửi tin bài"

FORM = reverse("submissions:form")


def submission_data(**overrides):
    data = {
        "name": "Nguyễn Thị Lan", "contact": "0912 345 678", "province": str(province("an-giang").pk),
        "title": "Xã đảo Hòn Nghệ khánh thành trường học mới", "text": "Sáng nay, xã đảo tổ chức lễ khánh thành.",
        "website": "", "staging_token": TOKEN,
    }
    data.update(overrides)
    return data


def test_a_readers_staged_photo_survives_a_refused_send_and_arrives_with_the_submission(
        reader, django_capture_on_commit_callbacks):
    pk = stage(reader).json()["id"]
    refused = reader.post(FORM, submission_data(name="", staged_1=str(pk), caption_1="Lễ cắt băng."))
    assert refused.status_code == 400
    html = refused.content.decode()
    assert f'src="{reverse("uploads:photo", args=[pk])}"' in html and 'value="Lễ cắt băng."' in html
    assert f'name="staging_token" value="{TOKEN}"' in html

    with django_capture_on_commit_callbacks(execute=True):
        sent = reader.post(FORM, submission_data(staged_1=str(pk), caption_1="Lễ cắt băng."))
    assert sent.status_code == 302
    photo = Submission.objects.get().photos.get()
    assert photo.caption == "Lễ cắt băng." and (photo.width, photo.height) == (640, 400)
    assert not StagedPhoto.objects.exists()  # the bytes live in the submission's own photo now


def test_a_staged_photo_still_needs_its_caption(reader):
    pk = stage(reader).json()["id"]
    response = reader.post(FORM, submission_data(staged_1=str(pk)))
    assert response.status_code == 400 and "Hãy ghi chú thích cho ảnh 1." in response.content.decode()


def test_a_reader_cannot_send_another_readers_staged_photo(reader, other_reader):
    pk = stage(other_reader).json()["id"]
    response = reader.post(FORM, submission_data(staged_1=str(pk), caption_1="Ảnh của người khác."))
    assert response.status_code == 400
    assert "Ảnh đã tải lên không còn nữa" in response.content.decode()
    assert not Submission.objects.exists()


def test_the_moderator_sees_a_staged_photo_sent_with_a_submission(reader):
    pk = stage(reader).json()["id"]
    assert reader.post(FORM, submission_data(staged_1=str(pk), caption_1="Lễ cắt băng.")).status_code == 302
    submission = Submission.objects.get()
    moderator = Client()
    moderator.force_login(make_role_user("moderator", "kiemduyet"))
    html = moderator.get(reverse("admin:submissions_submission_change", args=[submission.pk])).content.decode()
    photo_url = reverse("admin:submissions_submission_photo", args=[submission.pk, submission.photos.get().pk])
    assert f'<img src="{photo_url}"' in html and "Lễ cắt băng." in html
    assert moderator.get(photo_url)["Content-Type"] == "image/jpeg"


def test_the_article_pages_carry_the_picker_and_still_the_plain_file_inputs(desk, editor):
    for url in [reverse("admin:articles_article_add"), change_url(draft_by(editor))]:
        html = desk.get(url).content.decode()
        assert 'data-staged-photos="inline"' in html and 'name="photos-staging_token"' in html
        assert "uploads/staged-photos.js" in html and "uploads/staged-photos.css" in html
        # Without the script the picker stays hidden and each photo row keeps its own file input.
        assert 'name="photos-__prefix__-image"' in html and 'name="photos-__prefix__-staged_photo"' in html


def test_a_saved_article_leaves_no_staged_copy_behind_and_a_refused_save_keeps_it(
        desk, editor, django_capture_on_commit_callbacks):
    article = draft_by(editor, title="Bài có ảnh")
    pk = stage(desk, purpose="article").json()["id"]
    staged = [(pk, "Quang cảnh hội nghị.", {})]

    with django_capture_on_commit_callbacks(execute=True):
        desk.post(change_url(article), with_staged(change_form_data(article, title=""), staged))
    assert StagedPhoto.objects.filter(pk=pk).exists()

    with django_capture_on_commit_callbacks(execute=True):
        desk.post(change_url(article), with_staged(change_form_data(article, title="Bài có ảnh"), staged))
    assert not StagedPhoto.objects.filter(pk=pk).exists()
    photo = Article.objects.get(pk=article.pk).photos.get()
    assert os.path.exists(os.path.join(settings.MEDIA_ROOT, photo.image.name))


@pytest.mark.parametrize("posted", ["²", "١٢", "9" * 40, "-3", "abc"])
def test_a_forged_staged_photo_id_is_refused_with_the_form_not_a_server_error(reader, posted):
    response = reader.post(FORM, submission_data(name="", staged_1=posted, caption_1="Lễ cắt băng."))
    assert response.status_code == 400
    assert "data-staged-thumb" not in response.content.decode()
