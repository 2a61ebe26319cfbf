import pytest
from django.contrib.auth.models import Group

from articles.models import Status
from tests.factories import make_article, make_user
from workflow.roles import ADMINISTRATOR_GROUP
from workflow.snapshots import article_for_snapshot, article_snapshot

ROLES = ["editor", "moderator", "administrator", "superuser", "staff"]


def make_role_user(role, username=None):
    """Users for every role the matrix covers. "administrator" is the Quản trị viên group, not a superuser."""
    if role == "superuser":
        return make_user(username, role="admin")
    if role in ("administrator", "staff"):
        user = make_user(username, role=None)
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        if role == "administrator":
            user.groups.add(Group.objects.get(name=ADMINISTRATOR_GROUP))
        return user
    return make_user(username, role=role)


@pytest.fixture
def editor(db):
    return make_role_user("editor", "bientap")


@pytest.fixture
def editor2(db):
    return make_role_user("editor", "bientap2")


@pytest.fixture
def moderator(db):
    return make_role_user("moderator", "kiemduyet")


@pytest.fixture
def moderator2(db):
    return make_role_user("moderator", "kiemduyet2")


def snapshot_of(article):
    return article_snapshot(article_for_snapshot(article.pk))


def draft_by(user, **kwargs):
    kwargs.setdefault("status", Status.DRAFT)
    kwargs.setdefault("last_edited_by", user)
    return make_article(author=user, **kwargs)


@pytest.fixture
def capture_mail(django_capture_on_commit_callbacks, mailoutbox):
    """Run the on-commit callbacks (emails, cache bumps) of whatever the test does, and return the outbox."""
    return django_capture_on_commit_callbacks, mailoutbox
