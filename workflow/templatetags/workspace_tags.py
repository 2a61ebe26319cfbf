"""The side menu's workspace links: "Bài của tôi" for editors, the moderation queue for moderators."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from workflow.queue_sources import extra_waiting_ids
from workflow.roles import is_editor, is_moderator
from workflow.selectors import queue_count

register = template.Library()


@register.simple_tag(takes_context=True)
def workspace_links(context):
    """[(label, url, count or None, is current page)] for the signed-in user; empty for administrators."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    links = []
    if is_moderator(user):
        url = reverse("admin:articles_article_queue")
        others, uncounted = extra_waiting_ids(user)
        links.append((_("Hàng chờ duyệt"), url, queue_count(also=others) + uncounted, request.path == url))
    if is_editor(user):
        url = reverse("admin:articles_article_mine")
        links.append((_("Bài của tôi"), url, None, request.path == url))
    return links
