"""A Word file sent through "Gửi tin bài" keeps its pictures' places: the moderator reads where each one stood,
and accepting the submission puts each photo's figure there in the draft's body."""

import re

import pytest

from articles.models import Article
from submissions.models import Submission
from submissions.services import submission_accept
from tests.factories import make_upload
from tests.importer.test_docx_figures import FIRST, SECOND, THIRD, blocks, placed_report
from tests.workflow.conftest import make_role_user

from .test_docx_submission import FORM, word_file
from .test_form import form_data

pytestmark = pytest.mark.django_db


def test_the_submission_text_marks_where_each_picture_stood(client):
    response = client.post(FORM, form_data(title="", text="", document=word_file(placed_report())))
    assert response.status_code == 302
    paragraphs = Submission.objects.get().text.split("\n\n")
    assert paragraphs[1:] == [FIRST, "[Ảnh 1/2 trong tệp Word]", SECOND, "[Ảnh 2/2 trong tệp Word]", THIRD]


def test_accepting_it_places_each_photo_as_its_figure(client):
    client.post(FORM, form_data(title="", text="", document=word_file(placed_report())))
    article = submission_accept(submission=Submission.objects.get(), actor=make_role_user("moderator", "kiemduyet"))
    article = Article.objects.get(pk=article.pk)
    first, second = article.photos.order_by("position")
    assert blocks(article.body)[1:] == [
        ("p", FIRST), ("figure", first.pk), ("p", SECOND), ("figure", second.pk), ("p", THIRD),
    ]
    assert "<figcaption>Các đại biểu cắt băng khánh thành cầu. <small>Ảnh: Thanh Tùng</small></figcaption>" \
        in article.body
    assert "trong tệp Word]" not in article.body
    assert article.revisions.order_by("-number").first().snapshot["body"] == article.body


def test_the_photos_sent_beside_the_file_come_first_and_stay_out_of_the_body(client):
    client.post(FORM, form_data(title="", text="Gửi ban biên tập.", document=word_file(placed_report()),
                                photo_1=make_upload("a.jpg"), caption_1="Ảnh chụp thêm."))
    article = submission_accept(submission=Submission.objects.get(), actor=make_role_user("moderator", "kiemduyet"))
    beside, first, second = Article.objects.get(pk=article.pk).photos.order_by("position")
    body = Article.objects.get(pk=article.pk).body
    assert [value for kind, value in blocks(body) if kind == "figure"] == [first.pk, second.pk]
    assert f'data-photo-id="{beside.pk}"' not in body and beside.is_featured
    assert re.search(r"<p>Gửi ban biên tập\.</p>", body)
