"""``{% filter_form %}``: a list's filter form, rendered once per change of what it offers.

The form (provinces, topics, dates, its chips) is a function of the request's query string, of which subject the
page fixes (a province page does not offer the province again), of the language and of the choices, which change
only when provinces or topics do, and every such change moves the public content's version. Rendering its
selects and chips through the template engine was the largest single part of a list page once its cards were
kept (about 2 ms of 10). So the HTML is kept under those, in the default cache, for an hour at most.

Not kept: a form with errors (it shows the visitor's own input back, and is rare), and the search page's form,
whose words come from the visitor (``show_query``): both are rendered every time, as before.
"""

import functools
import hashlib

from django import template
from django.core.cache import cache
from django.template.loader import get_template
from django.utils import translation
from django.utils.safestring import mark_safe

from core.cache import public_cache_version

register = template.Library()

TEMPLATE = "articles/includes/filter_form.html"
SECONDS = 3600


def _key(context, request):
    fixed = "".join("1" if context.get(name) else "0" for name in ("province", "topic", "official"))
    parts = [public_cache_version(), translation.get_language() or "", request.path, request.GET.urlencode(), fixed,
             _source_signature()]
    return "filter-form:" + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


@functools.cache
def _source_signature():
    # A deploy that changes the form's markup must not serve the old one: the template's source is in the key.
    return hashlib.sha256(get_template(TEMPLATE).template.source.encode()).hexdigest()[:12]


@register.simple_tag(takes_context=True)
def filter_form(context):
    form_template = context.template.engine.get_template(TEMPLATE)
    request = context.get("request")
    filterset = context.get("filter")
    keep = (request is not None and filterset is not None and not context.get("show_query")
            and not filterset.form.errors)
    if not keep:
        return form_template.render(context)
    key = _key(context, request)
    html = cache.get(key)
    if html is None:
        html = form_template.render(context)
        cache.set(key, str(html), SECONDS)
    return mark_safe(html)
