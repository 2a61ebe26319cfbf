"""Hostile inputs, and the public routes of the site discovered from the URLconf (new pages are fuzzed too)."""

import itertools
from urllib.parse import quote

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from hypothesis import strategies as st

SQL = [
    "' OR '1'='1", "1; DROP TABLE articles_article;--", "\" OR 1=1 --", "1' UNION SELECT password FROM auth_user--",
    "%' AND 1=0 UNION ALL SELECT NULL--", "1)) OR sleep(5)#", "'; SELECT pg_sleep(5);--", "\\'; --", "%%", "_%_",
]
HTML = [
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "{{ 7*7 }}", "{% debug %}",
    "javascript:alert(1)", "&#0;&#x0;", "]]>", "<!--", "</textarea>",
]
DATES = [
    "31/02/2025", "00/00/0000", "32/13/2025", "2025-13-45", "29/02/2023", "1/1/1", "01/01/99999", "9999-12-31",
    "0001-01-01", "16/11", "16-11-2025", "hôm qua", "-1", "2025/11/16", "16/11/2025 25:61",
]
PAGES = ["0", "-1", "1e9", "99999999999999999999999", "last", "1.5", "NaN", "２", "0x10", " 1", "1 ", "", "٣"]
DATE_RANGES = ["9999-12-31..9999-12-31", "0001-01-01..0001-01-01", "2025-11-16..2025-11-10", "2025-11-10..2025-11-16",
               "2025-02-30..2025-03-01", "２０２５-11-10..2025-11-16", "..", "2025-11-10.."]
# Digits a visitor never types in a link but str.isdigit() or int() accept: superscripts, circled, Arabic-Indic,
# Persian, Devanagari, Bengali, Thai, Myanmar, mathematical, fullwidth, Roman numerals, CJK (issue 12, finding 5).
FOREIGN_DIGITS = ["²", "³", "¹", "①", "٣", "۳", "५", "৩", "๓", "၃", "𝟗", "𝟘", "５", "Ⅻ", "〇", "三", "𑁧", "᠓"]
CONTROL = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), min_size=1, max_size=40)
HUGE = st.builds(lambda unit, n: unit * n, st.sampled_from(["a", "Đ", "9", "%", "<", "ạ", "\u0300", "🇻🇳"]),
                 st.integers(1_000, 6_000))

# Anything that looks like a number to some part of Python: digits of every script (Nd), other numerals (No, Nl),
# mixes with ASCII digits, and runs of digits around int()'s 4,300-digit limit.
number_like = st.one_of(
    st.sampled_from(FOREIGN_DIGITS),
    st.text(alphabet=st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=12),
    st.lists(st.sampled_from(["1", "9", "0", *FOREIGN_DIGITS]), min_size=1, max_size=8).map("".join),
    st.integers(4_250, 4_450).map(lambda n: "9" * n),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(PAGES + DATE_RANGES + ["9999", "10000", "0000", "1899", "2101"]),
)

hostile_text = st.one_of(
    # No alphabet and no category filter: every code point Hypothesis can encode, NUL and controls included.
    st.text(max_size=80),
    number_like,
    st.just("\x00"),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    CONTROL,
    HUGE,
    st.sampled_from(SQL + HTML + DATES + PAGES),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
)

COMMON_PARAMETERS = ["page", "q", "sort", "order", "format", "next", "lang", "from", "to", "province", "topic",
                     "official", "include_former", "tinh", "chu-de", "nam", "thang"]


def _walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if isinstance(entry.pattern, RoutePattern):
                yield from _walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and isinstance(entry.pattern, RoutePattern):
            yield prefix + str(entry.pattern), entry


def public_routes():
    """``(route, pattern)`` for every page a visitor may request: everything outside the admin and uploads."""
    skip = (settings.ADMIN_URL, settings.MEDIA_URL.lstrip("/"), settings.STATIC_URL.lstrip("/"))
    return [(route, p) for route, p in _walk(get_resolver().url_patterns) if not route.startswith(skip)]


def fill(route, values):
    """``route`` with each ``<converter:name>`` replaced, in order, by ``values`` (URL-quoted)."""
    out, rest = [], route
    for value in values:
        start = rest.index("<")
        end = rest.index(">", start)
        out.append(rest[:start] + quote(value, safe=""))
        rest = rest[end + 1:]
    return "/" + "".join(out) + rest


def parameters_of(pattern):
    """The query parameters a view reads: its filterset's fields plus the usual suspects."""
    view = getattr(pattern.callback, "view_class", None)
    names = set(COMMON_PARAMETERS)
    filterset = getattr(view, "filterset_class", None)
    if filterset is not None:
        names.update(filterset.base_filters)
    return sorted(names)


# Who asks: every fuzzed URL is requested as each of these (tests/fuzz/test_public_urls.py, test_admin_urls.py).
ROLES = ["anonymous", "editor", "moderator", "administrator", "superuser"]
_users = itertools.count(1)


def client_for(role):
    """A test client logged in as a fresh user holding ``role`` (made from the groups, not tests.factories, so
    that the roles stay what they are named whatever a factory defaults to)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from workflow.roles import ADMINISTRATOR_GROUP, EDITOR_GROUP, MODERATOR_GROUP

    client = Client()
    if role == "anonymous":
        return client
    User = get_user_model()
    username = f"fuzz-{role}-{next(_users)}"
    if role == "superuser":
        user = User.objects.create_superuser(username, f"{username}@example.org", "mat-khau-fuzz-2025")
    else:
        group = {"editor": EDITOR_GROUP, "moderator": MODERATOR_GROUP, "administrator": ADMINISTRATOR_GROUP}[role]
        user = User.objects.create_user(username, f"{username}@example.org", "mat-khau-fuzz-2025", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client
