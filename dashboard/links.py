"""Links from a bar or a point to the admin list of exactly the articles it counts.

Every lookup here is one the article changelist accepts: local fields and single relations
(``provinces__id__in``), which ``ModelAdmin.lookup_allowed`` lets through, and ``status__exact``,
``publish_at__gte``/``__lt`` that the configured list filters consume.
"""

from urllib.parse import urlencode

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse

from articles.models import Status

_CHANGELIST = {}


def _changelist_path():
    # A chart links a hundred bars to the same list: reverse() it once per URL configuration.
    key = (get_urlconf(), get_script_prefix())
    if key not in _CHANGELIST:
        _CHANGELIST[key] = reverse("admin:articles_article_changelist")
    return _CHANGELIST[key]


@receiver(setting_changed)
def _forget_paths(setting, **kwargs):
    if setting in {"ROOT_URLCONF", "ADMIN_URL"}:
        _CHANGELIST.clear()


def article_changelist(**lookups):
    query = {key: _value(value) for key, value in lookups.items() if value is not None}
    return f"{_changelist_path()}?{urlencode(sorted(query.items()))}"


def published_between(start, end, **lookups):
    """Published articles with ``start <= publish_at < end``; ``end`` is never in the future, so this equals published()."""
    return article_changelist(status__exact=Status.PUBLISHED, publish_at__gte=start, publish_at__lt=end, **lookups)


def _value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, list | tuple | set):
        return ",".join(str(item) for item in sorted(value))
    return str(value)
