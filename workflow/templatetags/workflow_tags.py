from django import template
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _

from workflow.roles import is_moderator
from workflow.selectors import queue_count

register = template.Library()


@register.filter
def media_url(name):
    """The public URL of a stored file named in a snapshot."""
    return default_storage.url(name) if name else ""


@register.filter
def waiting(delta):
    """A waiting time as editors say it: "2 ngày 3 giờ", "45 phút"."""
    if delta is None:
        return ""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 60 * 24)
    hours, minutes = divmod(minutes, 60)
    if days:
        return _("%(d)s ngày %(h)s giờ") % {"d": days, "h": hours}
    if hours:
        return _("%(h)s giờ %(m)s phút") % {"h": hours, "m": minutes}
    return _("%(m)s phút") % {"m": minutes}


@register.simple_tag(takes_context=True)
def moderation_queue_count(context):
    """How many items wait for a decision, for moderators only (None for everyone else)."""
    request = context.get("request")
    if request is None or not is_moderator(request.user):
        return None
    return queue_count()


@register.filter
def waiting_since(moment):
    """How long since ``moment``, as ``waiting`` says it."""
    if moment is None:
        return ""
    return waiting(timezone.now() - moment)
