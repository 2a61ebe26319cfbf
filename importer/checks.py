"""The importer's settings, checked when the project starts (``manage.py check``, runserver, migrate)."""

from django.conf import settings
from django.core import checks

from places.loader import province_named


@checks.register()
def newsroom_province(app_configs, **kwargs):
    if not settings.NEWSROOM_PROVINCE or province_named(settings.NEWSROOM_PROVINCE):
        return []
    return [checks.Error(
        f"NEWSROOM_PROVINCE={settings.NEWSROOM_PROVINCE!r} is no province's name, current or former.",
        hint="Write the province's name as the site lists it (\"Hải Dương\", \"Hồ Chí Minh\"), or leave it empty "
             "for a central department.",
        id="importer.E001",
    )]
