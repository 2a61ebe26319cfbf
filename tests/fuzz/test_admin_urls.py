"""Every admin URL, as each role, fed query values from all of Unicode: never a 5xx (issue 12, finding 6).

The URLs come from the URLconf, so a new admin page is fuzzed without touching this file; each placeholder is
filled with a real object (an article with a pending change, a submission, a desk…) so the page's own code runs,
not only its 404. A change list is also fed its own parameters, read from the page itself (list filters, the
date drill-down, page, ordering, search), each with the values that used to give 500s.

Bounded (about 2,500 requests): ``FUZZ_ADMIN_EXAMPLES`` (default 2) random examples per URL and role, plus the
fixed ones below. As the superuser (who opens every page) each change-list parameter meets '²'; as the other roles
it meets one of NUMBERS each, a different one per role.
"""

import os

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import get_resolver
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import ROLES, _walk, client_for, fill, hostile_text
from tests.fuzz.test_public_urls import assert_handled

ADMIN_FUZZ = hypothesis_settings(FUZZ, max_examples=int(os.environ.get("FUZZ_ADMIN_EXAMPLES", "2")))

# Read by some admin page or other (Django's change list, the workflow pages, the dashboard, autocomplete).
ADMIN_PARAMETERS = ["p", "o", "q", "e", "all", "_popup", "_to_field", "_changelist_filters", "page", "a", "b",
                    "revision", "term", "app_label", "model_name", "field_name", "next", "period", "date_from",
                    "date_to", "split", "ban", "quyet_dinh", "status__exact", "publish_at__year", "created_at__year"]
# The values that gave 500s: a superscript, other scripts' digits, more digits than int() reads, a NUL.
NUMBERS = ["²", "٣", "５", "𝟗", "9" * 4400]
AUTOCOMPLETE = {"app_label": "articles", "model_name": "article", "field_name": "topics"}
# Fixed examples for pages whose parameters are not list filters.
OWN_PARAMETERS = {
    "autocomplete": [{**AUTOCOMPLETE, "term": value} for value in [*NUMBERS, "\x00"]],
    "articles_article_compare": [{"a": value, "b": value} for value in NUMBERS],
    "articles_article_preview": [{"revision": value} for value in NUMBERS],
    "articles_article_queue": [{"page": value} for value in NUMBERS],
    "index": [{"period": "tuy-chon", "date_from": "31/12/9999", "date_to": "01/01/0001"}, {"period": "²"}],
    "csv": [{"period": "tuy-chon", "date_from": "31/12/9999", "date_to": "31/12/9999"}],
}


@pytest.fixture
def admin_objects(db):
    """One object of each kind the admin pages show, linked the way real work links them."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.auth.models import Group

    from submissions.models import Submission
    from tests.factories import make_article, make_document, make_official, make_photo, make_topic, make_user, province
    from workflow.admin.content import current_content
    from workflow.models import Desk, Revision, Transition
    from workflow.roles import EDITOR_GROUP
    from workflow.services import article_approve, article_save_draft, article_submit

    editor, moderator = make_user("fuzz-tac-gia", role="editor"), make_user("fuzz-duyet", role="moderator")
    article = make_article("Bài để thử trang quản trị", status="draft", author=editor, last_edited_by=editor,
                           provinces=["kien-giang"], topics=["xay-dung-dang"])
    make_photo(article)
    article_submit(article=article, actor=editor)
    article_approve(article=article, actor=moderator)
    content = current_content(article)
    content["title"] = "Bài để thử trang quản trị (sửa)"
    article.refresh_from_db()
    article_save_draft(article=article, actor=editor, content=content, expected_version=article.version)
    desk = Desk.objects.create(name="Ban thử nghiệm")
    desk.moderators.add(moderator)
    login = {"ip_address": "203.0.113.5", "user_agent": "x", "http_accept": "*/*", "path_info": "/quan-tri/login/"}
    AccessAttempt.objects.create(username="ai-do", get_data="", post_data="", failures_since_start=5, **login)
    AccessLog.objects.create(username="fuzz-tac-gia", **login)
    AccessFailureLog.objects.create(username="ai-do", **login)
    objects = {
        "articles.article": article, "articles.topic": make_topic("Chủ đề thử trang quản trị"),
        "articles.document": make_document("15-NQ/TW"), "places.province": province("kien-giang"),
        "people.official": make_official("Nguyễn Văn Bình"), "workflow.transition": Transition.objects.first(),
        "workflow.desk": desk, "auth.user": editor, "auth.group": Group.objects.get(name=EDITOR_GROUP),
        "submissions.submission": Submission.objects.create(
            name="Bạn đọc", contact="0912345678", province=province("kien-giang"), title="Tin bạn đọc",
            text="Nội dung tin bạn đọc gửi."),
        "axes.accessattempt": AccessAttempt.objects.get(), "axes.accesslog": AccessLog.objects.get(),
        "axes.accessfailurelog": AccessFailureLog.objects.get(),
    }
    from people.models import Organisation

    objects["people.organisation"] = Organisation.objects.first() or Organisation.objects.create(name="Ban Tuyên giáo")
    objects["revision"] = Revision.objects.filter(article=article).order_by("-pk").first()
    return objects


def _values_for(placeholder, name, objects):
    """The values to put in one ``<converter:placeholder>`` of the route named ``name``."""
    from dashboard.stats import CHART_BUILDERS
    from workflow.admin.views.decisions import ACTIONS

    if placeholder == "action":
        return sorted(ACTIONS)
    if placeholder == "op":
        return ["take-over", "heartbeat"]
    if placeholder == "decision":
        return ["approve", "reject"]
    if placeholder == "chart":
        return sorted(CHART_BUILDERS)
    if placeholder == "revision_id":
        return [str(objects["revision"].pk)]
    if placeholder == "content_type_id":
        return [str(ContentType.objects.get_for_model(objects["articles.article"]).pk)]
    if placeholder in {"object_id", "id", "pk"}:
        app_label, _sep, rest = (name or "").partition("_")
        model = rest.partition("_")[0]
        found = objects.get(f"{app_label}.{model}", objects["articles.article"])
        return [str(found.pk)]
    return ["1"]


def admin_paths(objects):
    """``[(path, url name)]`` for every GET page under the admin, each placeholder filled with real objects."""
    import itertools
    import re

    paths = []
    for route, pattern in _walk(get_resolver().url_patterns):
        if not route.startswith(settings.ADMIN_URL):
            continue
        placeholders = re.findall(r"<(?:\w+:)?(\w+)>", route)
        if pattern.name is None and placeholders:
            continue  # ".../<object_id>/" only redirects to ".../change/"
        choices = [_values_for(p, pattern.name, objects) for p in placeholders]
        for values in itertools.product(*choices):
            paths.append((fill(route, list(values)) if values else "/" + route, pattern.name))
    return paths


@pytest.fixture
def admin_site_map(admin_objects):
    """``[(path, parameter names, fixed examples, own parameters)]``. A change list's own parameters are read
    from the page."""
    superuser = client_for("superuser")
    site_map = []
    for path, name in admin_paths(admin_objects):
        names, fixed, own = list(ADMIN_PARAMETERS), list(OWN_PARAMETERS.get(name, [])), []
        if name and name.endswith("_changelist"):
            response = superuser.get(path)
            assert response.status_code == 200, path
            changelist = response.context["cl"]
            own = [p for spec in changelist.filter_specs for p in spec.expected_parameters()]
            if changelist.date_hierarchy:
                own += [f"{changelist.date_hierarchy}__{part}" for part in ("year", "month", "day")]
            own += ["p", "o", "q"]
            names += own
            fixed += [{parameter: "9999"} for parameter in own if parameter.endswith("__year")]
            fixed += [{parameter: "9999-12-31..9999-12-31"} for parameter in own if parameter == "quyet_dinh"]
        site_map.append((path, sorted(set(names)), fixed, own))
    return site_map


def test_the_admin_has_pages_to_fuzz(admin_site_map):
    paths = [path for path, *_rest in admin_site_map]
    assert len(paths) >= 80
    assert any(path.endswith("/articles/article/") for path in paths)
    assert any("/quy-trinh/approve/" in path for path in paths)


def fuzz_admin_url(client, role, path, names, fixed, count_request):
    keys = st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=20))

    @ADMIN_FUZZ
    @given(params=st.dictionaries(keys, st.one_of(hostile_text, st.lists(hostile_text, max_size=3)), max_size=4))
    def run(params):
        count_request()
        response = client.get(path, params)
        # POST-only pages (logout, lock heartbeat) answer a GET with Django's bodiless 405: not an error page.
        if response.status_code != 405:
            assert_handled(response, (role, path, params))

    for params in [*fixed, {"p": "²", "page": "9" * 4400, "revision": "٣"}, {"q": "\x00"}]:
        run = example(params=params)(run)
    run()


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_survives_hostile_query_values_as_each_role(role, admin_site_map, count_request):
    client = client_for(role)
    turn = ROLES.index(role)
    for path, names, fixed, own in admin_site_map:
        # The page-specific values only where this role gets past the door (not a login redirect or a 403):
        # elsewhere the same refusal answers every value, and the random examples still knock.
        response = client.get(path)
        assert response.status_code < 500, (role, path)
        opened = response.status_code == 200 or (
            response.status_code == 302 and not response["Location"].startswith(f"/{settings.ADMIN_URL}login/"))
        if opened:
            fixed = fixed + [{name: "²" if role == "superuser" else NUMBERS[(i + turn) % len(NUMBERS)]}
                             for i, name in enumerate(own)]
        fuzz_admin_url(client, role, path, names, fixed if opened else [], count_request)
