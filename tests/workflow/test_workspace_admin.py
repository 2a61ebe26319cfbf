"""The administrator's workspace: users with their role by name, roles picked by name, desks that can include the
units merged on 1 July 2025; and the admin's own words in Vietnamese."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from tests.factories import province
from tests.workflow.conftest import draft_by, make_role_user
from workflow import services
from workflow.models import Desk
from workflow.roles import EDITOR_GROUP, MODERATOR_GROUP, role_names
from workflow.selectors import moderation_queue, moderators_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_admin(db):
    return make_role_user("administrator", "quantri")


def test_the_user_list_has_a_role_column_in_vietnamese(client, office_admin, editor, moderator):
    client.force_login(office_admin)
    html = client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert "Vai trò" in html
    row = html[html.index(">bientap<"):]
    assert "Biên tập viên" in row[:2000]
    assert "Kiểm duyệt viên" in html[html.index(">kiemduyet<"):][:2000]


def test_role_names_read_as_the_newsroom_says_them(editor, moderator):
    assert role_names(editor) == EDITOR_GROUP and role_names(moderator) == MODERATOR_GROUP
    assert role_names(make_role_user("staff", "nhanvien")) == "Chưa có vai trò"
    assert role_names(make_role_user("superuser", "sieu")) == "Siêu quản trị"


def test_the_user_form_offers_roles_by_name_only_those_the_actor_may_grant(client, office_admin, editor):
    client.force_login(office_admin)
    html = client.get(reverse("admin:auth_user_change", args=[editor.pk])).content.decode()
    editors = Group.objects.get(name=EDITOR_GROUP)
    assert 'type="checkbox" name="groups"' in html and f'value="{editors.pk}"' in html
    assert "Biên tập viên" in html and "Vai trò" in html
    moderators = Group.objects.get(name=MODERATOR_GROUP)
    assert f'value="{moderators.pk}"' not in html  # escalation rules: an administrator grants the editor role only


def test_the_user_screens_have_no_english_left(client, office_admin, editor):
    client.force_login(office_admin)
    change = client.get(reverse("admin:auth_user_change", args=[editor.pk])).content.decode()
    listing = client.get(reverse("admin:auth_user_changelist")).content.decode()
    for english in ["Password-based authentication", "Show counts", "Hide counts", "Skip to main content",
                    "Toggle theme", "Raw passwords are not stored", "Groups", "Personal info"]:
        assert english not in change and english not in listing, english


def test_a_form_error_is_announced_in_vietnamese(client, office_admin, editor):
    client.force_login(office_admin)
    response = client.post(reverse("admin:auth_user_change", args=[editor.pk]), {"username": ""})
    html = response.content.decode()
    assert "Vui lòng sửa các lỗi dưới đây." in html and "Please correct" not in html


def test_the_admins_scripts_speak_vietnamese_too(client, office_admin):
    client.force_login(office_admin)
    catalog = client.get(reverse("admin:jsi18n")).content.decode()
    assert "Th\\u1ee9 Hai" in catalog or "Thứ Hai" in catalog


def test_vietnamese_is_compiled_for_django_strings():
    with translation.override("vi"):
        assert translation.gettext("Show counts") == "Hiện số lượng"
        assert translation.ngettext("Please correct the error below.", "Please correct the errors below.", 2) == \
            "Vui lòng sửa các lỗi dưới đây."


# --- Desks and the units merged on 1 July 2025

@pytest.fixture
def an_giang_desk(db):
    moderator = make_role_user("moderator", "kiemduyet_angiang")
    desk = Desk.objects.create(name="Ban An Giang")
    desk.moderators.add(moderator)
    desk.provinces.add(province("an-giang"))
    return desk, moderator


def test_kien_giang_merged_into_an_giang():
    assert province("kien-giang").successor == province("an-giang")


def test_a_desk_covers_former_units_only_when_asked(editor, an_giang_desk):
    desk, moderator = an_giang_desk
    other = make_role_user("moderator", "kiemduyet_khac")
    kien_giang = [province("kien-giang").pk]
    # No desk matches yet, so every moderator hears about it.
    assert list(Desk.objects.matching(province_ids=kien_giang, topic_ids=[])) == []
    assert other in moderators_for(province_ids=kien_giang, topic_ids=[])
    desk.include_former_units = True
    desk.save()
    assert list(Desk.objects.matching(province_ids=kien_giang, topic_ids=[])) == [desk]
    assert moderators_for(province_ids=kien_giang, topic_ids=[]) == [moderator]
    assert desk.province_scope() >= {province("an-giang").pk, province("kien-giang").pk}


def test_an_article_on_a_former_unit_is_on_the_desk_that_includes_it(editor, an_giang_desk):
    desk, moderator = an_giang_desk
    article = draft_by(editor, title="Bài Kiên Giang cũ", provinces=["kien-giang"])
    services.article_submit(article=article, actor=editor)
    assert not moderation_queue(moderator)[0].on_my_desk
    desk.include_former_units = True
    desk.save()
    assert moderation_queue(moderator)[0].on_my_desk


def test_the_desk_form_offers_the_option(client, an_giang_desk):
    desk, _moderator = an_giang_desk
    client.force_login(make_role_user("administrator", "quantri"))
    html = client.get(reverse("admin:workflow_desk_change", args=[desk.pk])).content.decode()
    assert 'name="include_former_units"' in html and "gồm cả đơn vị cũ" in html.lower()
