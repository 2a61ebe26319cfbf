"""E-mail subjects are plain text on one line: a headline arrives as it was typed, and never adds a header."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from tests.factories import make_article, make_photo, make_user, province
from tests.workflow.conftest import make_role_user
from workflow import services
from workflow.notifications import send_templated

pytestmark = pytest.mark.django_db

HEADLINE = "Tin 'nóng' & <Hà Nội> \"mới\"\nBcc: ke-gian@example.org"
AS_TYPED = "Tin 'nóng' & <Hà Nội> \"mới\" Bcc: ke-gian@example.org"
SUBJECT_TEMPLATES = sorted(
    path.name.removesuffix("_subject.txt")
    for path in (Path(settings.BASE_DIR) / "templates" / "email" / "workflow").glob("*_subject.txt")
)


def assert_plain_single_line(message):
    assert "\n" not in message.subject and "\r" not in message.subject
    for entity in ("&amp;", "&#x27;", "&#39;", "&lt;", "&gt;", "&quot;"):
        assert entity not in message.subject and entity not in message.body
    headers = message.message()
    assert headers["Bcc"] is None and message.bcc == []


@pytest.mark.parametrize("template", SUBJECT_TEMPLATES)
def test_every_workflow_subject_keeps_quotes_ampersands_and_brackets_as_typed(template):
    assert SUBJECT_TEMPLATES, "the workflow has subject templates"
    reader = make_user("nguoinhan", role="moderator")
    context = {key: HEADLINE for key in ("article_title", "title", "actor", "action", "reference", "comment")}
    assert send_templated(template=template, recipients=[reader], context={**context, "url": "https://x/"}) == 1
    message = mail.outbox[0]
    assert AS_TYPED in message.subject
    assert_plain_single_line(message)


def test_a_site_name_with_an_ampersand_is_not_escaped_either(settings):
    settings.SITE_NAME = "Báo Đất & Người"
    reader = make_user("nguoinhan", role="moderator")
    send_templated(template="submitted", recipients=[reader], context={"article_title": "A & B", "url": "u"})
    assert mail.outbox[0].subject == "[Báo Đất & Người] Bài chờ duyệt: A & B"


def test_the_submit_mail_names_the_headline_exactly(django_capture_on_commit_callbacks):
    editor = make_role_user("editor", "bientap")
    moderator = make_role_user("moderator", "kiemduyet")
    article = make_article("Cà phê & ca cao: 'giá' <tăng> \"mạnh\"", status="draft", author=editor,
                           last_edited_by=editor, provinces=["kien-giang"], topics=["xay-dung-dang"])
    make_photo(article)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_submit(article=article, actor=editor)
    message = mail.outbox[0]
    assert message.to == [moderator.email]
    assert message.subject.endswith("Bài chờ duyệt: Cà phê & ca cao: 'giá' <tăng> \"mạnh\"")
    assert_plain_single_line(message)


def test_a_reader_sent_title_with_a_newline_cannot_inject_a_header(client, django_capture_on_commit_callbacks,
                                                                   settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    moderator = make_role_user("moderator", "kiemduyet")
    data = {"name": "Lan", "contact": "0912 345 678", "province": str(province("an-giang").pk),
            "title": HEADLINE, "text": "Nội dung tin.", "website": ""}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("submissions:form"), data).status_code == 302
    message = mail.outbox[0]
    assert message.to == [moderator.email]
    assert message.subject.endswith(AS_TYPED)
    assert_plain_single_line(message)
