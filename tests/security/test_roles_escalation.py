"""Issue 12, findings 1 and 2: no role can be raised from inside the admin, and every change of role leaves a trace.

Administrators ("Quản trị viên") manage accounts below their own role only. Each attack below goes through the
admin's own URLs with crafted requests, as a browser would send them, not through the buttons the page offers.
"""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from articles.models import Article, Status
from core.models import RoleChange
from demo import seed as seed_module
from submissions.models import Submission
from tests.factories import PASSWORD, make_article, make_user, province
from tests.security.helpers import form_data
from workflow.roles import ADMINISTRATOR_GROUP, EDITOR_GROUP, MODERATOR_GROUP
from workflow.services import article_submit

pytestmark = pytest.mark.django_db

User = get_user_model()
NEW_PASSWORD = "Mat-khau-cua-ke-gian-2025!"


def make_office_admin(username):
    user = make_user(username, role="staff")
    user.groups.add(Group.objects.get(name=ADMINISTRATOR_GROUP))
    return user


@pytest.fixture
def office_admin(db):
    return make_office_admin("qt_mot")


def password_url(user):
    return reverse("admin:auth_user_password_change", args=[user.pk])


def change_url(user):
    return reverse("admin:auth_user_change", args=[user.pk])


def user_form(client, user):
    return form_data(client.get(change_url(user)).content.decode(), "user_form")


def post_new_password(client, user):
    return client.post(password_url(user), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
                                            "usable_password": "true"})


def still_has_old_password(user):
    return User.objects.get(pk=user.pk).check_password(PASSWORD)


# --- Finding 1: the demo administrator ----------------------------------------------------------------------

def test_the_demo_administrator_is_a_group_member_who_cannot_publish_read_contacts_or_reset_passwords(client):
    report = seed_module.SeedReport()
    seeder = seed_module._Seeder(now=None, log=lambda message: None, report=report, saved_files=[])
    editor = seeder._accounts()
    moderator = seeder.moderator
    quantri = User.objects.get(username="quantri")
    assert not quantri.is_superuser and quantri.is_staff
    assert list(quantri.groups.values_list("name", flat=True)) == [ADMINISTRATOR_GROUP]

    article = make_article("Bài chờ duyệt", status=Status.DRAFT, author=editor, last_edited_by=editor)
    article_submit(article=article, actor=editor)
    submission = Submission.objects.create(name="Bạn đọc", contact="0912345678", province=province("kien-giang"),
                                           title="Tin bạn đọc", text="Nội dung tin bạn đọc gửi.")
    client.force_login(quantri)

    client.post(reverse("admin:articles_article_action", args=[article.pk, "approve"]), {"comment": ""})
    assert Article.objects.get(pk=article.pk).status == Status.SUBMITTED
    page = client.get(reverse("admin:submissions_submission_change", args=[submission.pk]))
    assert page.status_code == 403 and "0912345678" not in page.content.decode()
    assert post_new_password(client, moderator).status_code == 403
    assert User.objects.get(pk=moderator.pk).check_password(seed_module.DEMO_ACCOUNTS[1].default_password)


# --- Finding 2: administrators cannot reach accounts at or above their role --------------------------------

def test_administrator_cannot_reset_a_moderators_password(client, office_admin):
    moderator = make_user("kd_muc_tieu", role="moderator")
    client.force_login(office_admin)
    assert client.get(password_url(moderator)).status_code == 403
    assert post_new_password(client, moderator).status_code == 403
    assert still_has_old_password(moderator)
    # And so cannot log in as them.
    assert not client.login(username=moderator.username, password=NEW_PASSWORD)


def test_administrator_cannot_reset_a_deactivated_moderators_password_or_reactivate_them(client, office_admin):
    # Django reports no permissions for an inactive account; the rule must still see a moderator there.
    moderator = make_user("kd_nghi", role="moderator")
    moderator.is_active = False
    moderator.save()
    client.force_login(office_admin)
    assert post_new_password(client, moderator).status_code == 403
    data = form_data(client.get(change_url(moderator)).content.decode(), "user_form")
    assert client.post(change_url(moderator), {**data, "is_active": ["on"]}).status_code == 403
    moderator.refresh_from_db()
    assert not moderator.is_active and still_has_old_password(moderator)


@pytest.mark.parametrize("target_kind", ["another administrator", "themselves", "superuser", "direct permission"])
def test_administrator_cannot_edit_or_reset_anyone_at_or_above_their_role(client, office_admin, target_kind):
    if target_kind == "another administrator":
        target = make_office_admin("qt_hai")
    elif target_kind == "themselves":
        target = office_admin
    elif target_kind == "superuser":
        target = make_user("sieu", role="admin")
    else:
        target = make_user("ngoai_nhom", role="staff")
        target.user_permissions.add(Permission.objects.get(codename="moderate_article"))
    client.force_login(office_admin)
    assert post_new_password(client, target).status_code == 403
    response = client.post(change_url(target), {"username": target.username, "first_name": "Đổi tên",
                                                "is_active": ["on"], "is_staff": ["on"]})
    assert response.status_code == 403
    target.refresh_from_db()
    assert target.first_name != "Đổi tên" and still_has_old_password(target)


def test_a_second_administrator_cannot_give_the_first_the_moderator_role(client, office_admin):
    second = make_office_admin("qt_hai")
    moderators = str(Group.objects.get(name=MODERATOR_GROUP).pk)
    client.force_login(second)
    response = client.post(change_url(office_admin), {
        "username": office_admin.username, "is_active": ["on"], "is_staff": ["on"],
        "groups": [moderators, str(Group.objects.get(name=ADMINISTRATOR_GROUP).pk)],
    })
    assert response.status_code == 403
    assert not User.objects.get(pk=office_admin.pk).has_perm("articles.moderate_article")


def test_an_account_an_administrator_creates_can_be_given_the_editor_role_at_most(client, office_admin):
    client.force_login(office_admin)
    created = client.post(reverse("admin:auth_user_add"), {
        "username": "tai_khoan_phu", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true",
    })
    assert created.status_code == 302
    second = User.objects.get(username="tai_khoan_phu")
    data = user_form(client, second)
    for role in (MODERATOR_GROUP, ADMINISTRATOR_GROUP):
        crafted = {**data, "is_staff": ["on"], "groups": [str(Group.objects.get(name=role).pk)]}
        assert client.post(change_url(second), crafted).status_code == 200  # the form refuses the choice
        assert not User.objects.get(pk=second.pk).groups.exists()
    editors = str(Group.objects.get(name=EDITOR_GROUP).pk)
    assert client.post(change_url(second), {**data, "is_staff": ["on"], "groups": [editors]}).status_code == 302
    second.refresh_from_db()
    assert list(second.groups.values_list("name", flat=True)) == [EDITOR_GROUP] and second.is_staff
    # Given the editor role, the second account manages nobody.
    client.force_login(second)
    assert client.get(change_url(office_admin)).status_code == 403


def test_administrator_still_manages_editors_and_resets_their_passwords(client, office_admin):
    editor = make_user("bt_quen_mat_khau", role="editor")
    client.force_login(office_admin)
    assert post_new_password(client, editor).status_code == 302
    assert User.objects.get(pk=editor.pk).check_password(NEW_PASSWORD)
    data = user_form(client, editor)
    assert client.post(change_url(editor), {**data, "first_name": ["Lan"]}).status_code == 302
    assert User.objects.get(pk=editor.pk).first_name == "Lan"


def test_only_a_superuser_grants_the_moderator_role(client):
    superuser = make_user("sieu", role="admin")
    target = make_user("se_kiem_duyet", role="editor")
    client.force_login(superuser)
    data = user_form(client, target)
    moderators = str(Group.objects.get(name=MODERATOR_GROUP).pk)
    assert client.post(change_url(target), {**data, "groups": [moderators]}).status_code == 302
    assert User.objects.get(pk=target.pk).has_perm("articles.moderate_article")


# --- Every role change is recorded, logged and mailed to the superusers ------------------------------------

@pytest.fixture
def superusers(db):
    return [make_user("sieu_mot", role="admin"), make_user("sieu_hai", role="admin")]


# Mail goes out when the change commits: these tests commit for real, as a request or a command does.
@pytest.mark.django_db(transaction=True)
def test_a_role_granted_in_the_admin_is_recorded_logged_and_mailed_to_every_superuser(
    client, superusers, caplog, settings,
):
    settings.SITE_NAME = "Tòa soạn & Bạn đọc's"
    office_admin = make_office_admin("qt_mot")
    target = make_user("nguoi_moi")
    client.force_login(office_admin)
    data = user_form(client, target)
    editors = str(Group.objects.get(name=EDITOR_GROUP).pk)
    mail.outbox.clear()
    with caplog.at_level(logging.WARNING, logger="core.role_audit"):
        client.post(change_url(target), {**data, "is_staff": ["on"], "groups": [editors]})
    changes = list(RoleChange.objects.filter(account=target).order_by("id"))
    assert [c.actor for c in changes] == [office_admin, office_admin]
    assert any("staff" in c.change for c in changes) and any(EDITOR_GROUP in c.change for c in changes)
    assert "nguoi_moi" in caplog.text and EDITOR_GROUP in caplog.text
    # One message per superuser for the whole save, the subject as typed (not HTML-escaped).
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in superusers)
    message = mail.outbox[0]
    assert message.subject == "[Tòa soạn & Bạn đọc's] Thay đổi quyền tài khoản: nguoi_moi"
    assert EDITOR_GROUP in message.body and "qt_mot" in message.body and "&amp;" not in message.body


@pytest.mark.django_db(transaction=True)
def test_a_superuser_created_on_the_command_line_is_recorded_and_mailed(superusers, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", NEW_PASSWORD)
    mail.outbox.clear()
    call_command("createsuperuser", username="sieu_moi", email="sieu_moi@example.org", interactive=False,
                 verbosity=0)
    change = RoleChange.objects.get(account__username="sieu_moi")
    assert "superuser" in change.change and change.actor is None and change.actor_name == ""
    # Every superuser, the new one included.
    assert len(mail.outbox) == 3 and "sieu_moi" in mail.outbox[0].subject
    assert "ngoài trang quản trị" in mail.outbox[0].body


def test_removing_a_role_by_any_path_is_recorded(superusers):
    moderator = make_user("kd_roi_di", role="moderator")
    moderator.groups.clear()
    Group.objects.get(name=EDITOR_GROUP).user_set.add(moderator)
    moderator.is_superuser = True
    moderator.save()
    changes = list(RoleChange.objects.filter(account=moderator).values_list("change", flat=True))
    assert f"Bỏ khỏi nhóm: {MODERATOR_GROUP}" in changes
    assert f"Thêm vào nhóm: {EDITOR_GROUP}" in changes
    assert any(change.startswith("Bật “quản trị tối cao") for change in changes)


@pytest.mark.django_db(transaction=True)
def test_a_change_rolled_back_leaves_no_record_and_sends_no_mail(superusers):
    target = make_user("khong_doi")
    mail.outbox.clear()
    with transaction.atomic():
        target.first_name = "Giữ lại"
        target.save()
        try:
            with transaction.atomic():  # undone alone, inside a transaction that commits
                target.groups.add(Group.objects.get(name=MODERATOR_GROUP))
                raise RuntimeError
        except RuntimeError:
            pass
        target.groups.add(Group.objects.get(name=EDITOR_GROUP))
    changes = list(RoleChange.objects.filter(account=target).values_list("change", flat=True))
    assert changes == [f"Thêm vào nhóm: {EDITOR_GROUP}"]
    assert len(mail.outbox) == 2 and MODERATOR_GROUP not in mail.outbox[0].body
