"""In a real browser (headless Debian Chromium), pages holding the XSS corpus run none of it.

Two passes. With the Content-Security-Policy switched off, nothing fires: the escaping and the sanitiser alone
are enough. With it on, the console shows no CSP violation either (nothing even tried to run), and the admin,
which is all static scripts, still works.

Run alone with ``pytest -m browser tests/security``; it needs /usr/bin/chromium.
"""

import os

import pytest
from django.urls import reverse

from articles.models import Article, Photo
from tests.factories import PASSWORD, make_article, make_user
from tests.security.xss_payloads import PAYLOADS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]

# Wraps the dialog functions so a call is seen even when the dialog itself is suppressed; marks the page too.
HOOKS = """
(() => {
  const fired = (how) => { console.log('XSS-FIRED ' + how); document.documentElement.dataset.xss = how; };
  for (const name of ['alert', 'confirm', 'prompt']) {
    const original = window[name];
    window[name] = function (...args) { fired(name); return original.apply(this, args); };
  }
})();
"""
# What the browser's own parser built: no handler attribute, no script URL, anywhere in the document.
LIVE_MARKUP = """
() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(attr.name)
          && /^\\s*(javascript|vbscript|data):/i.test(attr.value.replace(/[\\x00-\\x20]/g, ''))) {
        found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
      }
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(el.tagName)) found.push(el.tagName);
  }
  return found;
}
"""


@pytest.fixture
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium to run the browser tests.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watcher:
    def __init__(self, browser, *, bypass_csp):
        self.context = browser.new_context(bypass_csp=bypass_csp, locale="vi-VN")
        self.context.add_init_script(HOOKS)
        self.page = self.context.new_page()
        self.dialogs, self.console = [], []
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("console", lambda message: self.console.append(message.text))

    def visit(self, url):
        self.dialogs.clear()
        self.console.clear()
        response = self.page.goto(url, wait_until="load")
        self.page.wait_for_timeout(50)  # onerror/onload of broken images, autofocus handlers
        return {
            "status": response.status,
            "dialogs": list(self.dialogs),
            "fired": [text for text in self.console if "XSS-FIRED" in text],
            "csp": [text for text in self.console if "Content Security Policy" in text],
            "marked": self.page.evaluate("document.documentElement.dataset.xss || ''"),
            "live": self.page.evaluate(LIVE_MARKUP),
        }


@pytest.fixture
def payload_pages(live_server, settings):
    """Every payload published in the title, lead, body, byline, source and a photo caption."""
    from workflow.services import article_approve, article_submit

    editor = make_user("bientap", role="editor")
    moderator = make_user("kiemduyet", role="moderator")
    make_user("quantri", role="admin")
    for number, payload in enumerate(PAYLOADS):
        article = make_article(f"Bài thử {number}: {payload}"[:300], status="draft", lead=payload, body=payload,
                               byline=payload[:200], source=payload[:200], provinces=["kien-giang"],
                               topics=["xay-dung-dang"], author=editor, last_edited_by=editor)
        Photo.objects.create(article=article, caption=payload, alt_text=payload, credit=payload[:200])
        article_approve(article=article_submit(article=article, actor=editor), actor=moderator)
    return list(Article.objects.published().order_by("pk"))


def _clean(result):
    return {key: value for key, value in result.items() if value and key != "status"}


def test_no_payload_runs_even_with_the_content_security_policy_switched_off(live_server, browser, payload_pages):
    watcher = Watcher(browser, bypass_csp=True)
    urls = [live_server.url + article.get_absolute_url() for article in payload_pages]
    urls += [f"{live_server.url}/", f"{live_server.url}{reverse('articles:list')}",
             f"{live_server.url}{reverse('articles:list')}?page=2", f"{live_server.url}/tim-kiem/?q=alert"]
    problems = {}
    for url in urls:
        result = watcher.visit(url)
        assert result["status"] == 200, url
        if _clean(result):
            problems[url] = _clean(result)
    assert problems == {}
    watcher.context.close()


def test_with_the_policy_on_nothing_even_tries_to_run_and_the_admin_still_works(live_server, browser, payload_pages):
    watcher = Watcher(browser, bypass_csp=False)
    sample = payload_pages[:: max(1, len(payload_pages) // 12)]
    urls = [f"{live_server.url}/", f"{live_server.url}{reverse('articles:list')}", f"{live_server.url}/tim-kiem/?q=script"]
    urls += [live_server.url + article.get_absolute_url() for article in sample]
    problems = {}
    for url in urls:
        result = watcher.visit(url)
        if _clean(result):
            problems[url] = _clean(result)
    assert problems == {}

    page = watcher.page
    page.goto(f"{live_server.url}{reverse('admin:login')}")
    page.fill("#id_username", "quantri")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}{reverse('admin:index')}")
    for article in sample:
        result = watcher.visit(live_server.url + reverse("admin:articles_article_change", args=[article.pk]))
        assert result["status"] == 200
        assert _clean(result) == {}, article.pk
        # The admin's own scripts ran under the policy: jQuery is there and the inline formset has its add link.
        assert page.evaluate("typeof django !== 'undefined' && typeof django.jQuery === 'function'")
        assert page.locator(".add-row a, .inline-group .add-row").count() >= 1
    for url in [reverse("admin:articles_article_changelist"), reverse("admin:articles_article_add"),
                reverse("admin:people_official_add")]:
        result = watcher.visit(live_server.url + url)
        assert result["status"] == 200 and _clean(result) == {}, url
    watcher.context.close()


def test_the_watcher_does_see_a_script_that_runs_or_is_blocked(live_server, browser):
    """The control: a page that does carry a live payload is caught, so a clean result above means something."""
    from core.security import build_csp

    body = "<!doctype html><p onclick=x>y</p><img src=x onerror=alert(1)><script>prompt('XSS')</script>"
    url = f"{live_server.url}/kiem-tra-bo-phat-hien/"
    for bypass in (True, False):
        watcher = Watcher(browser, bypass_csp=bypass)
        watcher.page.route(url, lambda route: route.fulfill(
            status=200, body=body, headers={"Content-Type": "text/html", "Content-Security-Policy": build_csp()},
        ))
        result = watcher.visit(url)
        assert result["live"], "the DOM check sees handler attributes"
        if bypass:
            assert result["dialogs"] and result["fired"] and result["marked"]
        else:
            assert result["csp"] and not result["dialogs"], "the policy blocks and the console says so"
        watcher.context.close()
