"""``{% site_header_start %}`` … ``{% site_header_end %}`` and ``{% site_footer %}``: every public page's frame.

The header, its menu and the footer are the same on every page but for three things: the visitor's language,
the page the menu marks as current, and the address the language switcher returns to. Rendered through the
template engine they cost about as much as a whole cached article (fifteen ``{% url %}``, a dozen translations,
the language list), on every request. Here each is built once per language and per version of the public
content (the menu lists topics: saving a topic moves that version) and kept in the process; a request only
fills in its current link and its own address, escaped. The markup is what ``templates/base.html`` held; it is
tested in ``tests/articles/test_site_chrome.py``.
"""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import get_script_prefix, reverse
from django.utils import timezone, translation
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from articles.templatetags.navigation import main_topics
from core.cache import public_cache_version

register = template.Library()

# (language, version) -> built parts. A handful of entries: languages x the last few versions.
_built = {}
_KEEP = 8


def _menu_items(topics):
    """(url, label, current-page key) for each link of the main menu, in order."""
    return [
        (reverse("articles:home"), _("Trang chủ"), ("home", None)),
        (reverse("articles:list"), _("Tin tức"), ("list", None)),
        (reverse("articles:provinces"), _("Địa phương"), ("provinces", None)),
        *((url, name, ("topic", slug)) for name, url, slug in topics),
        (reverse("articles:topics"), _("Chủ đề"), ("topics", None)),
        (reverse("search:search"), _("Tìm kiếm"), ("search", None)),
    ]


def _language_options(current):
    options = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        options.append(format_html(
            '\n            <option value="{}" lang="{}"{}>{}</option>', code, code,
            mark_safe(" selected") if code == current else "", info["name_local"][:1].upper() + info["name_local"][1:],
        ))
    return "".join(options)


def _build(language):
    site_name = settings.SITE_NAME
    start = format_html(
        '<a class="skip-link" href="#noi-dung">{}</a>\n  <header class="site-header">\n'
        '    <div class="container header-inner">\n'
        '      <a class="brand" href="{}"><img src="{}" alt="" width="40" height="40"><span>{}</span></a>\n'
        '      <form class="header-search" action="{}" method="get" role="search">\n'
        '        <label for="o-tim-kiem" class="visually-hidden">{}</label>\n'
        '        <input type="search" id="o-tim-kiem" name="q" maxlength="200" placeholder="{}" value="',
        _("Bỏ qua, đến nội dung chính"), reverse("articles:home"), static("img/logo-96.png"), site_name,
        reverse("search:search"), _("Tìm kiếm tin bài"), _("Tìm tin bài, nhân vật…"),
    )
    actions = format_html(
        '">\n        <button type="submit">{}</button>\n      </form>\n'
        '      <div class="header-actions">\n'
        '        <a class="submit-link" href="{}">{}</a>\n'
        '        <form class="language" action="{}" method="post">\n'
        '          <input type="hidden" name="next" value="',
        _("Tìm"), reverse("submissions:form"), _("Gửi tin bài"), reverse("set_language"),
    )
    switcher = format_html(
        '">\n          <label for="ngon-ngu" class="visually-hidden">{}</label>\n'
        '          <select name="language" id="ngon-ngu">{}\n          </select>\n'
        '          <button type="submit">{}</button>\n        </form>\n      </div>\n    </div>\n'
        '    <nav class="main-nav" aria-label="{}">\n      <ul class="container">',
        _("Ngôn ngữ"), mark_safe(_language_options(language)), _("Đổi ngôn ngữ"), _("Điều hướng chính"),
    )
    menu = [
        (format_html('\n        <li{}><a href="{}"', mark_safe(' class="nav-topic"') if key[0] == "topic" else "", url),
         format_html(">{}</a></li>", label), key)
        for url, label, key in _menu_items(main_topics())
    ]
    footer_links = format_html_join("", '\n        <li><a href="{}">{}</a></li>', [
        (reverse("submissions:form"), _("Gửi tin bài")),
        (reverse("articles:provinces"), _("Địa phương")),
        (reverse("articles:topics"), _("Chủ đề")),
        (reverse("articles:feeds"), _("Kênh RSS")),
        (reverse("articles:sitemap"), _("Sơ đồ trang")),
    ])
    footer = format_html('\n      <ul class="footer-links">{}\n      </ul>', footer_links)
    return {"start": start, "actions": actions, "switcher": switcher, "menu": menu, "footer": footer}


def _parts(context):
    # One look-up of the version per page, not one per tag: with Redis each is a round trip.
    found = context.render_context.get("site-frame-parts")
    if found is None:
        found = context.render_context["site-frame-parts"] = _frame_parts()
    return found


def _frame_parts():
    language = translation.get_language() or settings.LANGUAGE_CODE
    # The settings and prefix belong to the key too: tests and sub-path deployments change them.
    key = (language, public_cache_version(), get_script_prefix(), settings.SITE_NAME, settings.STATIC_URL)
    parts = _built.get(key)
    if parts is None:
        if len(_built) >= _KEEP:
            _built.clear()
        parts = _built[key] = _build(language)
    return parts


def _current(request):
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    return match.url_name, match.kwargs.get("slug") if match.url_name == "topic" else None


@register.simple_tag(takes_context=True)
def site_header_start(context):
    """The skip link and the header up to the search box's value (a page may fill that in: the search page)."""
    return _parts(context)["start"]


@register.simple_tag(takes_context=True)
def site_header_end(context):
    """The rest of the header: the language switcher (returning to this address) and the menu."""
    parts = _parts(context)
    request = context.get("request")
    current = _current(request)
    menu = "".join(
        f'{opening} aria-current="page"{closing}' if key == current else f"{opening}{closing}"
        for opening, closing, key in parts["menu"]
    )
    here = escape(request.get_full_path()) if request is not None else ""
    return mark_safe(f'{parts["actions"]}{here}{parts["switcher"]}{menu}')


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer's copyright line and links."""
    footer = _parts(context)["footer"]
    return mark_safe(f'<p>© {timezone.localdate().year} {escape(settings.SITE_NAME)}</p>{footer}')
