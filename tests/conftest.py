import shutil
import tempfile

import pytest


@pytest.fixture(autouse=True)
def _media_root(settings):
    """Every test writes uploads, public and private, into its own temporary folders."""
    path = tempfile.mkdtemp(prefix="newsroom-media-")
    private = tempfile.mkdtemp(prefix="newsroom-private-media-")
    settings.MEDIA_ROOT = path
    settings.PRIVATE_MEDIA_ROOT = private
    yield path
    shutil.rmtree(path, ignore_errors=True)
    shutil.rmtree(private, ignore_errors=True)


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def _ensure_reference_data():
    """Put back what the data migrations load: a transactional test's flush empties every table.

    Provinces, the initial topics, the role groups, content types and permissions are reference data that
    every page needs.
    """
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Group, Permission
    from django.core.management.sql import emit_post_migrate_signal

    from places.loader import load_provinces
    from places.models import Province
    from workflow.roles import ROLE_PERMISSIONS

    if not Permission.objects.exists():
        # Content types and permissions come from post_migrate, which some flushes skip.
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    if not Province.objects.exists():
        load_provinces(Province)
    if not apps.get_model("articles", "Topic").objects.exists():
        importlib.import_module("articles.migrations.0002_initial_topics").load(apps, None)
    for name, wanted in ROLE_PERMISSIONS.items():
        group, created = Group.objects.get_or_create(name=name)
        if created or not group.permissions.exists():
            group.permissions.set([
                Permission.objects.get(content_type__app_label=app, codename=codename) for app, codename in wanted
            ])


@pytest.fixture(autouse=True)
def _reference_data_after_flush(request):
    marker = request.node.get_closest_marker("django_db")
    transactional = (
        "live_server" in request.fixturenames
        or "transactional_db" in request.fixturenames
        or (marker is not None and marker.kwargs.get("transaction"))
    )
    if transactional:
        request.getfixturevalue("transactional_db")
        _ensure_reference_data()
    yield
