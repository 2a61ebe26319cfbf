"""``{% province_position province %}``: where a unit lies on the map of Vietnam (a former unit: its successor)."""

from django import template
from django.utils.translation import gettext as _

from places.map import position_map

register = template.Library()


@register.simple_tag
def province_position(province):
    # A former unit has no outline of its own on the map of the 34: its territory lies within its successor.
    unit = province.successor if province.successor_id else province
    return position_map(unit.slug, name=_("Vị trí của %(name)s trên bản đồ Việt Nam") % {"name": unit.full_name})
