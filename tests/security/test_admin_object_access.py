"""Object-level checks on every admin page, by crafted URL and POST rather than by what the buttons offer.

For every registered model and every role: the list, the add page, an object's page, a crafted change POST,
a crafted delete POST, the bulk delete action and the history page. What each role may do is written out
below, independently of the code that enforces it. The workflow's own pages (queue, review, revisions, diff,
preview, locks) and the reader submissions' pages are checked the same way, and account management must not
let anyone raise their own powers.
"""

import pytest
from axes.models import AccessAttempt
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse

from articles.models import Article, Status
from submissions.models import Submission
from tests.factories import make_article, make_document, make_official, make_photo, make_topic, make_user, province
from tests.security.helpers import form_data
from workflow.models import Desk, Transition
from workflow.roles import ADMINISTRATOR_GROUP, EDITOR_GROUP, MODERATOR_GROUP

pytestmark = pytest.mark.django_db

ROLES = ["editor", "other_editor", "moderator", "administrator", "staff", "superuser"]

# v: view, a: add, c: change, d: delete; l: the list only (it shows the role nothing of this object).
# Written from the roles in workflow/roles.py and the rules.
ALLOWED = {
    # An article with a transition log cannot be deleted, not even by a superuser: the log protects it.
    "articles.article": {"editor": "vac", "other_editor": "vac", "moderator": "vac", "administrator": "v",
                         "superuser": "vac"},
    "articles.topic": {"editor": "v", "other_editor": "v", "moderator": "v", "administrator": "vacd",
                       "superuser": "vacd"},
    "articles.document": {"editor": "vac", "other_editor": "vac", "moderator": "vac", "superuser": "vacd"},
    # Administrators keep the provinces (issue 3); a province still referenced cannot be deleted.
    "places.province": {"editor": "v", "other_editor": "v", "moderator": "v", "administrator": "vac",
                        "superuser": "vac"},
    "people.official": {"editor": "vac", "other_editor": "vac", "moderator": "vac", "superuser": "vacd"},
    "people.organisation": {"editor": "vac", "other_editor": "vac", "moderator": "vac", "superuser": "vacd"},
    # The transition log: nobody adds, changes or deletes, superusers included. An editor sees their own.
    "workflow.transition": {"editor": "v", "other_editor": "l", "moderator": "v", "administrator": "v",
                            "superuser": "v"},
    "workflow.desk": {"moderator": "v", "administrator": "vacd", "superuser": "vacd"},
    # Contact details are for moderators only; decisions go through the accept / reject buttons.
    "submissions.submission": {"moderator": "v", "superuser": "v"},
    "auth.user": {"administrator": "vac", "superuser": "vacd"},
    "auth.group": {"administrator": "v", "superuser": "vacd"},
    "axes.accessattempt": {"administrator": "vd", "superuser": "vd"},
    "axes.accesslog": {"administrator": "v", "superuser": "vd"},
    "axes.accessfailurelog": {"administrator": "v", "superuser": "vd"},
    # The record of role changes: read by whoever manages accounts, written only by core.role_audit.
    "core.rolechange": {"administrator": "v", "superuser": "v"},
    # Import runs: whoever may import uploads files; an editor sees their own runs, a moderator every run; a run's
    # record is written only by the importer.
    "importer.importrun": {"editor": "va", "other_editor": "la", "moderator": "va", "superuser": "va"},
    # What search learned from the articles: administrators delete a wrong one; nobody types or edits one.
    "search.abbreviation": {"administrator": "vd", "superuser": "vd"},
}
# A field each crafted change POST alters, and the value it tries to write.
CHANGE = {
    "articles.article": ("lead", "Sa-pô sửa bằng yêu cầu tự tạo."), "articles.topic": ("description", "Mô tả mới."),
    "articles.document": ("issuer", "Cơ quan khác"), "places.province": ("name", "Tỉnh Giả"),
    "people.official": ("biography", "Tiểu sử sửa."), "people.organisation": ("name", "Cơ quan đổi tên"),
    "workflow.transition": ("comment", "Sửa lịch sử."), "workflow.desk": ("name", "Ban đổi tên"),
    "submissions.submission": ("title", "Tiêu đề bị sửa"), "auth.user": ("first_name", "Đổi tên"),
    "auth.group": ("name", "Nhóm đổi tên"), "axes.accessattempt": ("username", "nguoi-khac"),
    "axes.accesslog": ("username", "nguoi-khac"), "axes.accessfailurelog": ("username", "nguoi-khac"),
    "core.rolechange": ("change", "Sửa hồ sơ quyền."), "importer.importrun": ("source", "Nguồn bị sửa"),
    "search.abbreviation": ("spelled", "nghia khac"),
}


def make_role(role, name):
    if role == "superuser":
        return make_user(name, role="admin")
    if role == "administrator":
        user = make_user(name, role="staff")
        user.groups.set([Group.objects.get(name=ADMINISTRATOR_GROUP)])
        return user
    return make_user(name, role={"editor": "editor", "other_editor": "editor", "moderator": "moderator",
                                 "staff": "staff"}[role])


@pytest.fixture
def world(db):
    from workflow.services import article_approve, article_submit

    cast = {role: make_role(role, f"u_{role}") for role in ROLES}
    editor, moderator = cast["editor"], cast["moderator"]
    article = make_article("Bài của biên tập viên", status=Status.DRAFT, author=editor, last_edited_by=editor,
                           provinces=["kien-giang"], topics=["xay-dung-dang"])
    make_photo(article)
    article_submit(article=article, actor=editor)
    article_approve(article=article, actor=moderator)
    desk = Desk.objects.create(name="Ban Tây Nam Bộ")
    desk.moderators.add(moderator)
    submission = Submission.objects.create(name="Bạn đọc", contact="0912345678", province=province("kien-giang"),
                                           title="Tin bạn đọc", text="Nội dung tin bạn đọc gửi.")
    AccessAttempt.objects.create(username="ai-do", ip_address="203.0.113.5", user_agent="x", http_accept="*/*",
                                 path_info="/quan-tri/login/", get_data="", post_data="", failures_since_start=5)
    from axes.models import AccessFailureLog, AccessLog

    AccessLog.objects.create(username="u_editor", ip_address="203.0.113.5", user_agent="x", http_accept="*/*",
                             path_info="/quan-tri/login/")
    AccessFailureLog.objects.create(username="ai-do", ip_address="203.0.113.5", user_agent="x", http_accept="*/*",
                                    path_info="/quan-tri/login/")
    objects = {
        "articles.article": article, "articles.topic": make_topic("Chủ đề thử"),
        "articles.document": make_document("15-NQ/TW"), "places.province": province("kien-giang"),
        "people.official": make_official("Nguyễn Văn Bình"), "workflow.transition": Transition.objects.first(),
        "workflow.desk": desk, "submissions.submission": submission,
        "auth.user": make_user("nguoi-dung-muc-tieu", role="editor"), "auth.group": Group.objects.get(name=EDITOR_GROUP),
        "axes.accessattempt": AccessAttempt.objects.get(), "axes.accesslog": AccessLog.objects.get(),
        "axes.accessfailurelog": AccessFailureLog.objects.get(),
    }
    from people.models import Organisation

    objects["people.organisation"] = Organisation.objects.create(name="Tỉnh ủy Kiên Giang")
    from core.models import RoleChange

    objects["core.rolechange"] = RoleChange.objects.first()
    from importer.models import ImportRun

    objects["importer.importrun"] = ImportRun.objects.create(user=editor, source="Báo cáo tỉnh")  # the cast's groups were recorded as they were given
    from search.models import Abbreviation

    objects["search.abbreviation"] = Abbreviation.objects.create(short="ubdt", spelled="uy ban dan toc",
                                                                 printed="Ủy ban Dân tộc (UBDT)")
    return cast, objects


def test_the_table_covers_every_registered_model():
    registered = {model._meta.label_lower for model in admin.site._registry}
    assert registered == set(ALLOWED), registered ^ set(ALLOWED)


def _urls(label, obj):
    app, model = label.split(".")
    return {
        "changelist": reverse(f"admin:{app}_{model}_changelist"),
        "add": reverse(f"admin:{app}_{model}_add"),
        "change": reverse(f"admin:{app}_{model}_change", args=[obj.pk]),
        "delete": reverse(f"admin:{app}_{model}_delete", args=[obj.pk]),
        "history": reverse(f"admin:{app}_{model}_history", args=[obj.pk]),
    }


class Rollback(Exception):
    pass


def _rolled_back(run):
    result = None
    try:
        with transaction.atomic():
            result = run()
            raise Rollback
    except Rollback:
        pass
    return result


def _refused_or(response):
    """403, or the admin's "no such object" redirect for an object outside the role's own list: both refuse."""
    if response.status_code == 302 and response["Location"] == reverse("admin:index"):
        return 403
    return response.status_code


def _fingerprint(obj):
    return type(obj)._base_manager.filter(pk=obj.pk).values().first()


@pytest.mark.parametrize("label", sorted(ALLOWED))
@pytest.mark.parametrize("role", ROLES)
def test_every_admin_page_allows_exactly_what_the_role_may(client, world, role, label):
    cast, objects = world
    obj = objects[label]
    allowed = ALLOWED[label].get(role, "")
    urls = _urls(label, obj)
    superuser_client = type(client)()
    superuser_client.force_login(cast["superuser"])
    client.force_login(cast[role])

    seen = {
        "list": client.get(urls["changelist"]).status_code,
        "add": client.get(urls["add"]).status_code,
        "open": _refused_or(client.get(urls["change"])),
        "history": _refused_or(client.get(urls["history"])),
    }
    expected = {
        "list": 200 if set(allowed) & set("vcl") else 403,
        "add": 200 if "a" in allowed else 403,
        "open": 200 if "v" in allowed or "c" in allowed else 403,
        "history": 200 if "v" in allowed or "c" in allowed else 403,
    }
    assert seen == expected

    # A crafted change by a role that may not change: the form as a superuser sees it, one field altered.
    if "c" not in allowed:
        field, value = CHANGE[label]
        page = superuser_client.get(urls["change"]).content.decode()
        data = form_data(page, f"{obj._meta.model_name}_form") or {}
        data[field] = [value]
        before = _fingerprint(obj)

        def post_change():
            client.post(urls["change"], data)
            return _fingerprint(obj)

        assert _rolled_back(post_change) == before, f"{role} changed {label} with a crafted POST"

    # A crafted delete, and the bulk delete action, each rolled back.
    def post_delete():
        response = client.post(urls["delete"], {"post": "yes"})
        return response.status_code, type(obj)._base_manager.filter(pk=obj.pk).exists()

    status, still_there = _rolled_back(post_delete)
    assert still_there == ("d" not in allowed), f"{role} delete of {label}: {status}"
    if "d" not in allowed and not (role == "superuser" and status == 200):  # the "protected, cannot delete" page
        assert status in {302, 403}

    def bulk_delete():
        client.post(urls["changelist"], {"action": "delete_selected", "_selected_action": [str(obj.pk)],
                                         "post": "yes"})
        return type(obj)._base_manager.filter(pk=obj.pk).exists()

    assert _rolled_back(bulk_delete) == ("d" not in allowed), f"{role} bulk delete of {label}"


def test_anonymous_visitors_are_sent_to_the_login_page_from_every_admin_url(client, world):
    _, objects = world
    for label, obj in objects.items():
        for name, url in _urls(label, obj).items():
            response = client.get(url)
            assert response.status_code == 302 and reverse("admin:login") in response["Location"], (label, name)


def test_an_editor_cannot_change_an_article_waiting_for_a_decision_even_with_a_crafted_post(client, world):
    cast, _ = world
    article = make_article("Bài chờ duyệt", status=Status.DRAFT, author=cast["editor"],
                           last_edited_by=cast["editor"], provinces=["kien-giang"], topics=["xay-dung-dang"])
    from workflow.services import article_submit

    article_submit(article=article, actor=cast["editor"])
    superuser = type(client)()
    superuser.force_login(cast["superuser"])
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(superuser.get(url).content.decode(), "article_form")
    for role in ["editor", "other_editor"]:
        client.force_login(cast[role])
        page = client.get(url)
        assert page.status_code == 200 and 'name="lead"' not in page.content.decode(), "read-only for editors"
        response = client.post(url, {**data, "lead": ["Sửa lén khi đang chờ duyệt."]})
        assert response.status_code == 403
        assert Article.objects.get(pk=article.pk).lead == article.lead


def test_an_editor_cannot_publish_by_posting_status_fields(client, world):
    cast, _ = world
    client.force_login(cast["editor"])
    url = reverse("admin:articles_article_add")
    data = form_data(client.get(url).content.decode(), "article_form")
    data.update({"title": ["Bài tự xuất bản"], "lead": ["Sa-pô."], "body": ["Nội dung."],
                 "provinces": [str(province("kien-giang").pk)], "topics": [str(make_topic("Thời sự").pk)],
                 "status": ["published"], "publish_at_0": ["01/01/2020"], "publish_at_1": ["08:00"],
                 "publish_at": ["2020-01-01 08:00"], "author": [str(cast["moderator"].pk)]})
    assert client.post(url, data).status_code == 302
    article = Article.objects.get(title="Bài tự xuất bản")
    assert article.status == Status.DRAFT and article.publish_at is None and article.author == cast["editor"]
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_editors_cannot_use_the_moderation_bulk_action(client, world):
    cast, _ = world
    article = make_article("Bài nháp", status=Status.DRAFT, author=cast["editor"], last_edited_by=cast["editor"],
                           provinces=["kien-giang"], topics=["xay-dung-dang"])
    from workflow.services import article_submit

    article_submit(article=article, actor=cast["editor"])
    client.force_login(cast["other_editor"])
    client.post(reverse("admin:articles_article_changelist"),
                {"action": "approve_selected", "_selected_action": [str(article.pk)]})
    assert Article.objects.get(pk=article.pk).status == Status.SUBMITTED


WORKFLOW_PAGES = ["queue", "review", "revisions", "compare", "preview"]
# Who may open each workflow page for the editor's live article (issue 3: editors see their own history).
WORKFLOW_ALLOWED = {
    "queue": {"moderator", "superuser"},
    "review": {"moderator", "superuser"},
    "revisions": {"editor", "moderator", "superuser"},
    "compare": {"editor", "moderator", "superuser"},
    "preview": {"editor", "other_editor", "moderator", "administrator", "superuser"},
}


@pytest.mark.parametrize("role", ROLES)
def test_workflow_pages_open_only_for_the_roles_that_may_see_them(client, world, role):
    cast, objects = world
    article = objects["articles.article"]
    client.force_login(cast[role])
    urls = {
        "queue": reverse("admin:articles_article_queue"),
        "review": reverse("admin:articles_article_review", args=[article.pk]),
        "revisions": reverse("admin:articles_article_revisions", args=[article.pk]),
        "compare": reverse("admin:articles_article_compare", args=[article.pk]),
        "preview": reverse("admin:articles_article_preview", args=[article.pk]),
    }
    seen = {page: client.get(url).status_code for page, url in urls.items()}
    expected = {page: 200 if role in WORKFLOW_ALLOWED[page] else 403 for page in WORKFLOW_PAGES}
    assert seen == expected


@pytest.mark.parametrize("role", ROLES)
def test_submission_decisions_and_photos_are_for_moderators_only(client, world, role):
    cast, objects = world
    submission = objects["submissions.submission"]
    client.force_login(cast[role])
    accept = client.post(reverse("admin:submissions_submission_accept", args=[submission.pk]))
    reject = client.post(reverse("admin:submissions_submission_reject", args=[submission.pk]),
                         {"reason": "Không đủ thông tin."})
    submission.refresh_from_db()
    if role in {"moderator", "superuser"}:
        assert submission.status != "new"
    else:
        assert accept.status_code == reject.status_code == 403
        assert submission.status == "new"
        contact_page = client.get(reverse("admin:submissions_submission_change", args=[submission.pk]))
        assert contact_page.status_code == 403 and "0912345678" not in contact_page.content.decode()


def _user_form(client, user):
    return form_data(client.get(reverse("admin:auth_user_change", args=[user.pk])).content.decode(), "user_form")


def test_an_administrator_cannot_make_themselves_superuser_or_moderator(client, world):
    cast, _ = world
    administrator = cast["administrator"]
    client.force_login(administrator)
    data = _user_form(client, administrator)
    moderators = str(Group.objects.get(name=MODERATOR_GROUP).pk)
    client.post(reverse("admin:auth_user_change", args=[administrator.pk]),
                {**data, "is_superuser": ["on"], "groups": [moderators], "first_name": ["Quản trị"]})
    administrator = get_user_model().objects.get(pk=administrator.pk)
    assert not administrator.is_superuser
    assert list(administrator.groups.values_list("name", flat=True)) == [ADMINISTRATOR_GROUP]
    assert not administrator.has_perm("articles.moderate_article")


def test_an_administrator_cannot_grant_superuser_or_raw_permissions_to_others(client, world):
    cast, objects = world
    target = objects["auth.user"]
    client.force_login(cast["administrator"])
    data = _user_form(client, target)
    from django.contrib.auth.models import Permission

    moderate = Permission.objects.get(codename="moderate_article")
    response = client.post(reverse("admin:auth_user_change", args=[target.pk]),
                           {**data, "is_superuser": ["on"], "user_permissions": [str(moderate.pk)]})
    assert response.status_code == 302
    target = get_user_model().objects.get(pk=target.pk)
    assert not target.is_superuser and not target.user_permissions.exists()


def test_an_administrator_can_assign_the_editor_role_but_not_the_moderator_role(client, world):
    # Issue 12 (2): administrators grant at most the editor role; a moderator is made by a superuser.
    cast, objects = world
    target = make_user("nguoi-moi")
    client.force_login(cast["administrator"])
    data = _user_form(client, target)
    editors = str(Group.objects.get(name=EDITOR_GROUP).pk)
    moderators = str(Group.objects.get(name=MODERATOR_GROUP).pk)
    url = reverse("admin:auth_user_change", args=[target.pk])
    assert client.post(url, {**data, "groups": [moderators]}).status_code == 200  # the form refuses the choice
    assert not get_user_model().objects.get(pk=target.pk).groups.exists()
    assert client.post(url, {**data, "groups": [editors]}).status_code == 302
    assert get_user_model().objects.get(pk=target.pk).groups.get().name == EDITOR_GROUP


def test_an_administrator_cannot_reset_a_superusers_password(client, world):
    cast, _ = world
    superuser = cast["superuser"]
    client.force_login(cast["administrator"])
    url = reverse("admin:auth_user_password_change", args=[superuser.pk])
    assert client.get(url).status_code == 403
    response = client.post(url, {"password1": "Mat-khau-moi-2025!", "password2": "Mat-khau-moi-2025!",
                                 "usable_password": "true"})
    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.check_password("mat-khau-thu-nghiem-2025")
    change = client.post(reverse("admin:auth_user_change", args=[superuser.pk]), {"first_name": "x"})
    assert change.status_code == 403


def test_roles_offered_to_administrators_are_only_the_newsroom_roles(client, world):
    cast, objects = world
    Group.objects.create(name="Nhóm tự tạo có mọi quyền")
    client.force_login(cast["administrator"])
    page = client.get(reverse("admin:auth_user_change", args=[objects["auth.user"].pk])).content.decode()
    assert "Nhóm tự tạo có mọi quyền" not in page
    # Issue 12 (2): only the roles within an editor's powers; the moderator role was offered before.
    assert EDITOR_GROUP in page and MODERATOR_GROUP not in page and ADMINISTRATOR_GROUP not in page
