import pytest

from tests.factories import make_user


@pytest.fixture
def editor(db):
    return make_user("bientapvien", role="editor")


@pytest.fixture
def moderator(db):
    return make_user("kiemduyetvien", role="moderator")


@pytest.fixture
def administrator(db):
    return make_user("quantri", role="admin")
