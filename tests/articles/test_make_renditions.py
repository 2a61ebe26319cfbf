"""``make_renditions``: the articles app's command that resizes its photos ahead of visitors."""

import io

import pytest
from django.core.management import call_command

from tests.renditions.test_renditions import camera_jpeg, photo_with

pytestmark = pytest.mark.django_db


def test_make_renditions_command_prepares_published_photos():
    photo_with(camera_jpeg(orientation=1))
    out = io.StringIO()
    call_command("make_renditions", "--dry-run", stdout=out)
    assert "1 ảnh" in out.getvalue()
    call_command("make_renditions", stdout=out)
    assert "1 ảnh có bản hiển thị" in out.getvalue()
