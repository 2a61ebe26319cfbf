"""Every form a visitor can reach, every field of it, fed hostile input (uploads included).

Forms are discovered by reading the public pages, so a new public form is fuzzed without touching this file.
"""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import resolve, reverse
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import image_bytes
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import fill, hostile_text, public_routes
from tests.fuzz.test_public_urls import assert_handled, candidate_values


class _Forms(HTMLParser):
    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.page, self.forms, self.current = page, [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {"method": (attrs.get("method") or "get").lower(),
                            "action": urljoin(self.page, attrs.get("action") or self.page), "fields": {}}
            self.forms.append(self.current)
        elif self.current is not None and tag in {"input", "select", "textarea"} and attrs.get("name"):
            kind = "select" if tag == "select" else "textarea" if tag == "textarea" else (attrs.get("type") or "text")
            if kind.lower() not in {"submit", "button", "reset", "image"}:
                self.current["fields"][attrs["name"]] = kind.lower()
                self._select = attrs["name"] if tag == "select" else None
        elif self.current is not None and tag == "option" and getattr(self, "_select", None):
            self.current.setdefault("options", {}).setdefault(self._select, []).append(attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def discover_forms(client, content):
    """Every distinct form on the public pages (each route once, with real content): ``[(page, form), …]``."""
    seen, found = set(), []
    for route, _ in public_routes():
        values = candidate_values(content) if "<" in route else [None]
        for value in values:
            path = fill(route, [value] * route.count("<")) if value else "/" + route
            response = client.get(path)
            if response.status_code == 200:
                break
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms(path)
        parser.feed(response.content.decode())
        for form in parser.forms:
            key = (form["method"], form["action"].split("?")[0], tuple(sorted(form["fields"])))
            if key not in seen and not form["action"].startswith(reverse("admin:index")):
                seen.add(key)
                found.append((path, form))
    return found


uploads = st.one_of(
    st.binary(max_size=2_000).map(lambda b: SimpleUploadedFile("tep.jpg", b, "image/jpeg")),
    st.sampled_from(["JPEG", "PNG", "WEBP", "GIF"]).map(lambda f: SimpleUploadedFile("anh.jpg", image_bytes(f, (64, 48)))),
    st.just(None).map(lambda _: SimpleUploadedFile("../../x.svg", b"<svg onload=alert(1)>", "image/svg+xml")),
    st.just(None).map(lambda _: SimpleUploadedFile("anh.jpg", image_bytes("JPEG") + b"<script>alert(1)</script>")),
)


def value_for(kind, options=()):
    if kind == "file":
        return uploads
    hostile = st.one_of(hostile_text, st.lists(hostile_text, max_size=3))
    # Real choices too, so that some examples get past the first validation error into the view's own code.
    return st.one_of(st.sampled_from(options), hostile) if options else hostile


@pytest.fixture
def public_forms(client, site_content):
    forms = discover_forms(client, site_content)
    assert forms, "the public pages have forms (search, filters, language)"
    return forms


def fuzz_form(client, page, form, count_request):
    options = form.get("options", {})
    strategy = st.fixed_dictionaries({}, optional={
        name: value_for(kind, options.get(name, ())) for name, kind in form["fields"].items()
    })

    @FUZZ
    @given(data=strategy, address=st.ip_addresses(v=4).map(str))
    def run(data, address):
        count_request()
        if form["method"] == "post":
            # A fresh address each time, so a per-address rate limit does not hide the form behind a 429.
            response = client.post(form["action"], data, REMOTE_ADDR=address, HTTP_REFERER=page)
        else:
            response = client.get(form["action"], {k: v for k, v in data.items()
                                                    if not isinstance(v, SimpleUploadedFile)})
        assert_handled(response, (form["action"], sorted(data)))

    run()


def test_every_public_form_field_survives_hostile_input(client, public_forms, count_request):
    for page, form in public_forms:
        fuzz_form(client, page, form, count_request)


def _csrf_exempt(url):
    return getattr(resolve(urlsplit(url).path).func, "csrf_exempt", False)


def test_a_public_post_without_a_csrf_token_gets_a_vietnamese_403(public_forms, count_request):
    strict = Client(enforce_csrf_checks=True)
    # The language switch is exempt on purpose (it keeps public pages cacheable; the worst a forged one does is
    # change a visitor's language); every other public POST needs the token.
    posts = [form for _, form in public_forms if form["method"] == "post" and not _csrf_exempt(form["action"])]
    assert posts, "the submission form at least posts"
    for form in posts:
        count_request()
        response = strict.post(form["action"], {name: "x" for name in form["fields"]})
        assert response.status_code == 403
        assert "Biểu mẫu đã quá hạn" in response.content.decode()


def test_admin_login_form_survives_hostile_input(client, db, count_request):
    url = reverse("admin:login")

    @FUZZ
    @given(username=hostile_text, password=hostile_text)
    def run(username, password):
        count_request()
        assert_handled(client.post(url, {"username": username, "password": password}), (username, password))

    run()
