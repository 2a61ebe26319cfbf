import shutil
import tempfile

import pytest


@pytest.fixture(autouse=True)
def _media_root(settings):
    """Every test writes uploads into its own temporary folder."""
    path = tempfile.mkdtemp(prefix="newsroom-media-")
    settings.MEDIA_ROOT = path
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
