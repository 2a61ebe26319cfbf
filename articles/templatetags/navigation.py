"""``{% main_topics as topics %}``: the header menu's topics, read once per version of the public content.

Every public page shows the menu, and the page budgets are tight (10 queries), so the list is cached under the
page cache's version: saving a topic bumps that version (articles/signals.py) and the menu follows at once.
The one query reads every topic, and also fills the filter form's topic choices when they are not cached yet
(same rows: slug and name, in the topics' order), so a list page pays one query for the menu and the select.
"""

from django import template
from django.core.cache import cache

from articles.filters import CHOICES_CACHE_SECONDS, TopicChoices
from articles.models import Topic
from core.cache import public_cache_version

register = template.Library()


@register.simple_tag
def main_topics():
    key = f"main-menu:{public_cache_version()}"
    menu = cache.get(key)
    if menu is None:
        topics = list(Topic.objects.only("name", "slug", "parent_id", "show_on_home", "position", "sort_name"))
        menu = [(t.name, t.get_absolute_url(), t.slug) for t in topics if t.parent_id is None and t.show_on_home]
        cache.set(key, menu, 3600)
        cache.add(TopicChoices.versioned_key(), [(t.slug, t.name) for t in topics], CHOICES_CACHE_SECONDS)
    return menu
