"""Helpers for the security tests: read an admin form as a browser would, and audit a page for live markup."""

import re
from html.parser import HTMLParser

from django.conf import settings


class _FormReader(HTMLParser):
    """Collects what a browser would submit from one form: inputs, checked boxes, selected options, textareas."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = {}
        self._select = None
        self._textarea = None

    def _add(self, name, value):
        if name and "__prefix__" not in name:
            self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = self.form_id is None or attrs.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self._add(name, attrs.get("value") or "on")
                return
            self._add(name, attrs.get("value") or "")
        elif tag == "select":
            self._select = name
            self.data.setdefault(name, []) if name and "__prefix__" not in name else None
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value") or "")
        elif tag == "textarea":
            self._textarea = name
            self._add(name, "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self.inside and "__prefix__" not in self._textarea:
            values = self.data[self._textarea]
            values[-1] += data


def form_data(html, form_id=None):
    """The fields a browser would post from form ``form_id`` (a dict of lists, ready for ``Client.post``)."""
    reader = _FormReader(form_id)
    reader.feed(html)
    # A textarea's first newline is not part of its value.
    return {name: [v[1:] if v.startswith("\n") else v for v in values] for name, values in reader.data.items()}


_SCRIPT_CALL = re.compile(r"alert\(|confirm\(|prompt\(|XSS-FIRED|dataset\.xss|msgbox\(", re.I)
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "background", "cite", "poster",
                   "srcdoc", "lowsrc", "dynsrc", "srcset"}
_FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet", "xmp", "template"}
_CONTROL = re.compile(r"[\x00-\x20]+")


class _Auditor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self._raw = None  # ("script" | "style", attrs)

    def handle_starttag(self, tag, attrs):
        attrs_dict = {name: value or "" for name, value in attrs}
        for name, value in attrs_dict.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…> event handler")
            if name in _URL_ATTRIBUTES or name == "style":
                compact = _CONTROL.sub("", value).lower()
                if re.search(r"(javascript|vbscript|livescript):|expression\(", compact):
                    self.problems.append(f"<{tag} {name}={value[:60]!r}> script URL")
                if compact.startswith("data:") and tag != "link":
                    self.problems.append(f"<{tag} {name}={value[:60]!r}> data: URL")
        if tag in _FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and attrs_dict.get("http-equiv", "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        if tag == "img":
            src = attrs_dict.get("src", "")
            own = (src.startswith("/") and not src.startswith("//")) or src.startswith(settings.SITE_URL + "/")
            if src and not own:
                self.problems.append(f"<img src={src[:60]!r}> from another host")
        if tag in {"script", "style"}:
            self._raw = (tag, attrs_dict)
            if tag == "script" and attrs_dict.get("src"):
                src = attrs_dict["src"]
                if not src.startswith("/") or src.startswith("//"):
                    self.problems.append(f"<script src={src[:60]!r}> from another host")

    def handle_data(self, data):
        if not self._raw:
            return
        tag, attrs = self._raw
        if tag == "script":
            kind = attrs.get("type", "").lower()
            if kind in {"application/ld+json", "application/json"}:
                if "<" in data:
                    self.problems.append(f"unescaped '<' inside a {kind} block")
            elif data.strip() and (not attrs.get("nonce") or _SCRIPT_CALL.search(data)):
                # Our templates' own inline scripts carry the CSP nonce; a payload's never does.
                self.problems.append(f"inline <script>: {data.strip()[:60]!r}")
        elif tag == "style" and re.search(r"javascript:|expression\(|@import", data, re.I):
            self.problems.append(f"<style> with script: {data[:60]!r}")

    def handle_endtag(self, tag):
        if self._raw and tag == self._raw[0]:
            self._raw = None


def live_markup(html):
    """Every construct in ``html`` that could run script: event handlers, script URLs, foreign frames…

    Our own templates produce none of these, so any hit is a payload that reached the page unescaped.
    """
    auditor = _Auditor()
    auditor.feed(html)
    auditor.close()
    return auditor.problems


def looks_vietnamese(html):
    """A page a Vietnamese reader can follow: declared as Vietnamese and written with Vietnamese letters."""
    return 'lang="vi"' in html and bool(re.search(r"[ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]", html))


class _LinkReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag in {"a", "link"}:
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def crawl(client, start, *, follow, limit=300):
    """GET pages breadth-first from ``start``, following same-site links that ``follow(url)`` accepts.

    Returns ``{url: response}``. Only GET: crawling never changes anything.
    """
    from urllib.parse import urldefrag, urljoin, urlsplit

    seen, queue, pages = set(), list(start), {}
    while queue and len(pages) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        pages[url] = response
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        reader = _LinkReader()
        reader.feed(response.content.decode())
        for href in reader.links:
            target = urldefrag(urljoin(url, href)).url
            parts = urlsplit(target)
            if parts.netloc and parts.netloc not in {"testserver", urlsplit(settings.SITE_URL).netloc}:
                continue
            local = parts.path + (f"?{parts.query}" if parts.query else "")
            if local not in seen and follow(local):
                queue.append(local)
    return pages
