"""Titles of officials: pre-filled from the current position, printed without doubled words, and checked
against the article's text after a correction."""

import pytest
from django.urls import reverse

from articles.models import Mention
from people.display import position_display
from tests.factories import make_article, make_official, make_topic
from tests.workflow.conftest import draft_by, snapshot_of
from tests.workflow.helpers import change_form_data, change_url
from workflow import services
from workflow.mentions import snapshot_title_mismatches, title_mismatches, title_mismatches_in

pytestmark = pytest.mark.django_db


# --- How a position reads

@pytest.mark.parametrize("title, organisation, printed", [
    ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Kiên Giang", "Trưởng Ban Tuyên giáo Tỉnh ủy Kiên Giang"),
    ("Bí thư Tỉnh ủy", "Tỉnh ủy Kiên Giang", "Bí thư Tỉnh ủy Kiên Giang"),
    ("Phó Trưởng ban Thường trực", "Ban Tuyên giáo Trung ương", "Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương"),
    ("Chủ tịch UBND tỉnh An Giang", "UBND tỉnh An Giang", "Chủ tịch UBND tỉnh An Giang"),
    ("Giám đốc", "Sở Văn hoá", "Giám đốc Sở Văn hoá"),
    ("Giám đốc", "", "Giám đốc"),
])
def test_a_position_is_printed_without_doubled_words(title, organisation, printed):
    assert position_display(title, organisation) == printed


def test_the_officials_page_prints_the_position_once(client):
    official = make_official("Trần Văn Bình", title="Trưởng ban", organisation="Ban Tuyên giáo Tỉnh ủy Kiên Giang")
    html = client.get(official.get_absolute_url()).content.decode()
    assert "Trưởng Ban Tuyên giáo Tỉnh ủy Kiên Giang" in html and "Trưởng ban Ban" not in html


# --- Pre-filling "Chức danh khi đưa tin"

def test_the_form_can_ask_for_an_officials_current_title(client, editor):
    official = make_official("Trần Văn Bình", title="Trưởng ban", organisation="Ban Tuyên giáo Tỉnh ủy Kiên Giang")
    client.force_login(editor)
    response = client.get(reverse("admin:articles_article_official_title", args=[official.pk]))
    assert response.json() == {"id": official.pk, "title": "Trưởng Ban Tuyên giáo Tỉnh ủy Kiên Giang"}
    assert client.get(reverse("admin:articles_article_official_title", args=["abc"])).status_code == 404
    assert client.get(reverse("admin:articles_article_official_title", args=["999999"])).status_code == 404


def test_the_change_form_loads_the_prefill_script_with_its_endpoint(client, editor):
    article = draft_by(editor)
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    assert 'id="wf-mention-title"' in html and "workflow/mention-title" in html
    assert reverse("admin:articles_article_official_title", args=["ID"]) in html


def test_administrators_cannot_read_titles_through_the_article_admin(client):
    from tests.workflow.conftest import make_role_user

    official = make_official("Trần Văn Bình", title="Trưởng ban")
    client.force_login(make_role_user("administrator", "quantri"))
    assert client.get(reverse("admin:articles_article_official_title", args=[official.pk])).status_code == 403


def test_a_title_left_empty_is_filled_from_the_current_position_on_save(client, editor):
    official = make_official("Trần Văn Bình", title="Trưởng ban", organisation="Ban Tuyên giáo Tỉnh ủy Kiên Giang")
    typed = make_official("Lê Thị Cúc", title="Giám đốc", organisation="Sở Văn hóa")
    article = draft_by(editor, provinces=["kien-giang"], topics=[make_topic("Công tác tuyên giáo")])
    client.force_login(editor)
    data = change_form_data(article, officials=[(official, ""), (typed, "Nguyên Giám đốc Sở Văn hóa")])
    assert client.post(change_url(article), data).status_code == 302
    titles = dict(Mention.objects.filter(article=article).values_list("official_id", "title_as_printed"))
    assert titles == {official.pk: "Trưởng Ban Tuyên giáo Tỉnh ủy Kiên Giang",
                      typed.pk: "Nguyên Giám đốc Sở Văn hóa"}


def test_the_service_fills_titles_for_every_caller(editor):
    official = make_official("Trần Văn Bình", title="Bí thư Tỉnh ủy", organisation="Tỉnh ủy Kiên Giang")
    article = draft_by(editor)
    content = {**snapshot_of(article), "officials": [{"official": official.pk, "name": official.full_name,
                                                      "title": "  ", "position": 0}]}
    revision = services.article_save_draft(article=article, actor=editor, content=content)
    assert revision.snapshot["officials"][0]["title"] == "Bí thư Tỉnh ủy Kiên Giang"


# --- Titles that no longer match the text

OFFICIALS = [{"official": 1, "name": "Nguyễn Văn An", "title": "Phó Bí thư Tỉnh ủy"}]


def test_a_title_the_body_no_longer_says_is_reported():
    found = title_mismatches_in(title="", lead="", officials=OFFICIALS,
                                body="<p>Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu.</p>")
    assert [(m.name, m.title, m.missing) for m in found] == [
        ("Nguyễn Văn An", "Phó Bí thư Tỉnh ủy", ("Phó Bí thư Tỉnh ủy",))]
    assert "không còn khớp" in found[0].message


def test_a_shorter_title_is_not_found_inside_a_longer_one():
    officials = [{"official": 1, "name": "Nguyễn Văn An", "title": "Bí thư Tỉnh ủy"}]
    body = "<p>Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh uỷ, phát biểu.</p>"
    assert len(title_mismatches_in(title="", lead="", body=body, officials=officials)) == 1


@pytest.mark.parametrize("body", [
    "<p>Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh uỷ, phát biểu.</p>",  # tone mark placed differently
    "<p>Phó bí thư tỉnh ủy <strong>Nguyễn Văn An</strong> phát biểu.</p>",  # case and markup
    "<p>Hội nghị do ông Lê Văn Bảy chủ trì.</p>",  # the official is not named: nothing to compare
])
def test_titles_that_agree_or_cannot_be_compared_are_not_reported(body):
    assert title_mismatches_in(title="", lead="", body=body, officials=OFFICIALS) == []


def test_every_part_of_a_compound_title_must_be_in_the_text():
    officials = [{"official": 1, "name": "Nguyễn Văn An",
                  "title": "Ủy viên Trung ương Đảng, Phó Bí thư Tỉnh ủy"}]
    body = "<p>Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.</p>"
    assert title_mismatches_in(title="", lead="", body=body, officials=officials)[0].missing == ("Phó Bí thư Tỉnh ủy",)


def test_a_correction_of_a_live_article_warns_on_its_change_form(client, editor, moderator):
    official = make_official("Nguyễn Văn An")
    live = make_article("Hội nghị Tỉnh ủy", author=editor, officials=[(official, "Phó Bí thư Tỉnh ủy")],
                        body="<p>Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, phát biểu.</p>")
    assert title_mismatches(live) == []
    content = {**snapshot_of(live), "body": "<p>Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu.</p>"}
    pending = services.article_save_draft(article=live, actor=editor, content=content)
    assert [m.title for m in snapshot_title_mismatches(pending.snapshot)] == ["Phó Bí thư Tỉnh ủy"]
    client.force_login(moderator)
    html = client.get(change_url(live)).content.decode()
    warning = html.index("Chức danh trong “Nhân vật trong bài” khác với nội dung bài")
    assert warning < html.index('id="article_form"') and "Phó Bí thư Tỉnh ủy" in html[warning:warning + 800]
