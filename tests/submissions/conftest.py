import shutil
import tempfile

import pytest


@pytest.fixture(autouse=True)
def _private_media_root(settings):
    """Submitted photos go to their own temporary private folder in every test."""
    path = tempfile.mkdtemp(prefix="newsroom-private-")
    settings.PRIVATE_MEDIA_ROOT = path
    yield path
    shutil.rmtree(path, ignore_errors=True)
