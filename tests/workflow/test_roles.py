"""The groups in the database are exactly those described in workflow/roles.py, created by migrations."""

import pytest
from django.contrib.auth.models import Group

from tests.workflow.conftest import make_role_user
from workflow.roles import ROLE_PERMISSIONS, is_editor, is_moderator

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group_name", list(ROLE_PERMISSIONS))
def test_each_group_has_exactly_its_permissions(group_name):
    group = Group.objects.get(name=group_name)
    stored = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert stored == set(ROLE_PERMISSIONS[group_name])


def test_roles_answer_the_questions_services_ask():
    editor, moderator, administrator = (make_role_user(r) for r in ("editor", "moderator", "administrator"))
    assert is_editor(editor) and not is_moderator(editor)
    assert is_editor(moderator) and is_moderator(moderator)
    assert not is_editor(administrator) and not is_moderator(administrator)


def test_an_administrator_manages_users_places_topics_and_desks_but_not_news(client):
    administrator = make_role_user("administrator")
    client.force_login(administrator)
    for name in ("auth_user", "articles_topic", "workflow_desk"):
        assert client.get(f"/quan-tri/{name.replace('_', '/', 1)}/add/").status_code == 200, name
    assert client.get("/quan-tri/places/province/").status_code == 200
    assert client.get("/quan-tri/articles/article/add/").status_code == 403
    assert client.get("/quan-tri/submissions/submission/").status_code == 403


def test_an_inactive_moderator_can_do_nothing():
    moderator = make_role_user("moderator")
    moderator.is_active = False
    assert not is_moderator(moderator) and not is_editor(moderator)
