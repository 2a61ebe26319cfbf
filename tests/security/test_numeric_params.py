"""Numbers, dates and control characters from the request (issue 12, findings 5 and 6): never a 500.

One rule reads every number (core.params: ASCII digits, bounded length); admin date drill-downs and date ranges
are bounded to 1900–2100; a NUL never reaches a query (core.input_guard).
"""

import datetime
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Status
from core.admin_params import StrictAdminParamsMixin, StrictChangeList
from core.params import MAX_DIGITS, StrictPaginator, page_number, parse_int, parse_iso_date_range, strict_int
from tests.factories import PASSWORD, make_article, make_document, make_official, make_topic, make_user
from tests.security.helpers import looks_vietnamese
from workflow.exceptions import WorkflowError
from workflow.models import Desk
from workflow.roles import ADMINISTRATOR_GROUP
from workflow.services import article_approve

# Digits that str.isdigit() or int() accept and a visitor never means: superscript, Arabic-Indic, Devanagari,
# mathematical bold, fullwidth, circled; and more digits than int() converts.
FOREIGN_DIGITS = ["²", "٣", "५", "𝟗", "５", "①", "1_0", " 2", "+2", "-1", "0", "9" * 4301]
PAGE_MESSAGE = "Trang không tồn tại. Đang hiển thị trang đầu."


def short(value):
    """A readable test id for a value that may be thousands of characters long."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 24 else f"{text[:12]}…{len(text)}-chars"


# --- The rule itself


@pytest.mark.parametrize("value", ["1", "007", "42", "9" * MAX_DIGITS])
def test_ascii_digits_within_the_length_are_a_number(value):
    assert parse_int(value) == int(value)


@pytest.mark.parametrize("value", [*FOREIGN_DIGITS[:-2], "", "1.0", "1e3", "0x10", "9" * (MAX_DIGITS + 1), "9" * 4301,
                                   None, True, ["1"]], ids=short)
def test_anything_else_is_no_number(value):
    assert parse_int(value) is None
    assert parse_int(value, default=7) == 7


def test_bounds_and_integers_passed_through():
    assert parse_int(5, minimum=1) == 5
    assert parse_int("0", minimum=1) is None
    assert parse_int("13", maximum=12) is None
    assert strict_int("12") == 12
    with pytest.raises(ValueError):
        strict_int("٣")


def test_page_number_is_one_when_absent_and_none_when_not_a_page():
    assert page_number({}) == 1
    assert page_number({"page": ""}) == 1
    assert page_number({"page": "3"}) == 3
    for value in FOREIGN_DIGITS:
        assert page_number({"page": value}) is None, value


def test_a_strict_paginator_reads_foreign_digits_as_not_a_page():
    assert Paginator(range(100), 10).get_page("٣").number == 3  # what Django alone does
    assert StrictPaginator(range(100), 10).get_page("٣").number == 1
    assert StrictPaginator(range(100), 10).get_page("9" * 4301).number == 1
    assert StrictPaginator(range(100), 10).get_page("3").number == 3


def test_date_ranges_are_bounded_to_years_people_mean():
    assert parse_iso_date_range("2025-11-10..2025-11-16") == (datetime.date(2025, 11, 10), datetime.date(2025, 11, 16))
    for value in ["9999-12-31..9999-12-31", "0001-01-01..0001-01-02", "2025-11-16..2025-11-10", "2025-11-10",
                  "２０２５-11-10..2025-11-16", "2025-11-10..2025-11-16..2025-11-17", "x" * 5000]:
        assert parse_iso_date_range(value) is None, value


# --- Finding 5: public pages


@pytest.fixture
def public_pages(db):
    official = make_official("Lại Xuân Môn")
    document = make_document("21-KL/TW")
    topic = make_topic("Chủ đề thử nghiệm")
    for number in range(3):
        article = make_article(f"Tin địa phương số {number}", provinces=["kien-giang"], topics=[topic],
                               officials=[official])
        article.documents.add(document)
    return [
        reverse("articles:home"), reverse("articles:list"), reverse("search:search") + "?q=tin",
        reverse("places:detail", args=["kien-giang"]), reverse("articles:topic", args=[topic.slug]),
        reverse("people:official", args=[official.slug]), reverse("articles:document", args=[document.slug]),
        reverse("submissions:form"), reverse("articles:detail", args=[article.slug]),
    ]


def _with(path, name, value):
    return f"{path}{'&' if '?' in path else '?'}{name}={quote(value)}"


@pytest.mark.parametrize("value", FOREIGN_DIGITS, ids=short)
def test_a_page_number_in_another_script_or_too_long_never_breaks_a_public_page(client, public_pages, value):
    for path in public_pages:
        response = client.get(_with(path, "page", value))
        assert response.status_code == 200, (path, value, response.status_code)


def test_a_list_shows_the_first_page_with_a_message_for_a_page_that_is_not_a_number(client, public_pages):
    for value in ["abc", "²", "٣", "9" * 4301]:
        response = client.get(_with(reverse("articles:list"), "page", value))
        assert response.status_code == 200
        assert PAGE_MESSAGE in response.content.decode()
        assert response.context["page_obj"].number == 1


def test_the_canonical_address_keeps_only_a_real_page_number(client, public_pages, settings):
    settings.ARTICLES_PER_PAGE = 1
    html = client.get(_with(reverse("articles:list"), "page", "2")).content.decode()
    assert f'rel="canonical" href="{settings.SITE_URL}/tin-tuc/?page=2"' in html
    html = client.get(_with(reverse("articles:list"), "page", "²")).content.decode()
    assert f'rel="canonical" href="{settings.SITE_URL}/tin-tuc/"' in html


def test_a_sitemap_page_in_another_script_is_not_found(client, public_pages):
    assert client.get(reverse("articles:sitemap_section", args=["chu-de"]) + "?p=%C2%B2").status_code == 404
    assert client.get(reverse("articles:sitemap_section", args=["chu-de"]) + "?p=" + "9" * 4301).status_code == 404


# --- Control characters, everywhere


@pytest.mark.parametrize("query", ["q=%00", "q=tin%00", "page=%00", "%00=1", "q=a%00b&q=%00%00"])
def test_a_nul_is_removed_from_the_query_before_any_view_reads_it(rf, query):
    from core.input_guard import NulCharacterMiddleware

    seen = []

    def view(request):
        seen.extend(text for name, values in request.GET.lists() for text in [name, *values])
        return HttpResponse("ok")

    assert NulCharacterMiddleware(view)(rf.get("/tim-kiem/?" + query)).status_code == 200
    assert seen and not any("\x00" in text for text in seen), seen


def test_a_nul_in_the_search_box_still_searches_what_is_left(client, public_pages):
    response = client.get(reverse("search:search") + "?q=tin%00")
    assert response.status_code == 200
    assert response.context["query"] == "tin"
    assert response.context["articles"]


def test_a_pasted_tab_in_the_search_box_is_kept(client, public_pages):
    response = client.get(reverse("search:search") + "?q=tin%09%C4%91%E1%BB%8Ba")
    assert response.status_code == 200
    assert response.context["query"] == "tin\tđịa"


def test_a_nul_in_the_path_gets_the_vietnamese_400(client, db):
    response = client.get("/tin-tuc/a%00b/")
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


def test_a_nul_in_a_posted_form_gets_the_400_before_any_query(client, db):
    # URL-encoded, as a browser sends a form without files.
    response = client.post(reverse("admin:login"), "username=a%00b&password=x",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert looks_vietnamese(response.content.decode())
    # Multipart bodies are left to the forms, whose text fields refuse a NUL themselves.
    assert client.post(reverse("admin:login"), {"username": "a\x00b", "password": "x"}).status_code == 200


# --- Finding 6: the admin


@pytest.fixture
def moderator_client(client, db):
    client.force_login(make_user("kiemduyet_so", role="moderator"))
    Desk.objects.create(name="Ban miền Tây")  # the desk filter is only shown (and run) when a desk exists
    make_article("Tin đã đăng", provinces=["kien-giang"])
    return client


CHANGELIST = "/quan-tri/articles/article/"


def _messages(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.mark.parametrize("query", ["ban=%C2%B2", "ban=" + "9" * 4400, "ban=%D9%A3",
                                   "quyet_dinh=9999-12-31..9999-12-31", "quyet_dinh=0001-01-01..0001-01-01",
                                   "quyet_dinh=" + "9" * 5000, "publish_at__year=9999", "publish_at__year=%C2%B2",
                                   "publish_at__year=2025&publish_at__month=13", "publish_at__year=" + "9" * 4400],
                         ids=short)
def test_bad_numbers_and_dates_in_admin_filters_give_a_message_not_a_500(moderator_client, query):
    response = moderator_client.get(f"{CHANGELIST}?{query}", follow=True)
    assert response.status_code == 200, query
    assert response.redirect_chain, query  # Django's answer to a bad lookup: the unfiltered list
    assert any("không hợp lệ" in message for message in _messages(response)), query


def test_a_valid_week_and_desk_still_filter(moderator_client):
    desk = Desk.objects.get()
    response = moderator_client.get(f"{CHANGELIST}?quyet_dinh=2025-11-10..2025-11-16&ban={desk.pk}")
    assert response.status_code == 200


@pytest.mark.parametrize("value", ["²", "٣", "9" * 4400, "0"], ids=short)
def test_an_admin_page_number_that_is_not_a_number_shows_the_first_page(moderator_client, value):
    response = moderator_client.get(f"{CHANGELIST}?p={quote(value)}")
    assert response.status_code == 200
    assert response.context["cl"].page_num == 1
    assert PAGE_MESSAGE in _messages(response)


def test_a_nul_in_an_admin_filter_search_or_autocomplete_never_reaches_the_database(moderator_client):
    # On PostgreSQL each of these was a 500 ("A string literal cannot contain NUL").
    response = moderator_client.get(f"{CHANGELIST}?status__exact=%00", follow=True)
    assert response.status_code == 200
    response = moderator_client.get(f"{CHANGELIST}?q=Tin%00")
    assert response.status_code == 200
    assert response.context["cl"].query == "Tin"
    url = reverse("admin:autocomplete") + "?term=x%C3%A2y%00&app_label=articles&model_name=article&field_name=topics"
    response = moderator_client.get(url)
    assert response.status_code == 200
    assert response.json()["results"]


def test_every_admin_change_list_of_the_project_reads_numbers_by_the_rule():
    from django.contrib import admin

    request = RequestFactory().get("/")
    for model, model_admin in admin.site._registry.items():
        assert issubclass(model_admin.get_changelist(request), StrictChangeList), model._meta.label
        assert isinstance(model_admin, StrictAdminParamsMixin), model._meta.label


@pytest.fixture
def submitted(db):
    editor = make_user("bientap_so", role="editor")
    return make_article("Bài chờ duyệt", status=Status.SUBMITTED, author=editor, last_edited_by=editor)


def test_scheduling_an_article_for_the_year_9999_is_refused_with_a_clear_message(client, submitted):
    moderator = make_user("kiemduyet_hen", role="moderator")
    client.force_login(moderator)
    url = reverse("admin:articles_article_action", args=[submitted.pk, "approve"])
    for value in ["31/12/9999 23:59", "9999-12-31T23:59", "2101-01-01T00:00"]:
        response = client.post(url, {"comment": "", "publish_at": value})
        assert response.status_code == 400, value
        assert "không muộn hơn năm 2100" in response.content.decode(), value
    assert Article.objects.get(pk=submitted.pk).status == Status.SUBMITTED
    response = client.post(url, {"comment": "", "publish_at": "31/12/2100 23:59"})
    assert response.status_code == 302
    assert Article.objects.get(pk=submitted.pk).publish_at.year == 2100


def test_the_approve_service_refuses_a_time_past_2100_whoever_calls_it(submitted):
    moderator = make_user("kiemduyet_dv", role="moderator")
    far = timezone.make_aware(datetime.datetime(9999, 12, 31, 12, 0))
    with pytest.raises(WorkflowError, match="2100"):
        article_approve(article=submitted, actor=moderator, publish_at=far)


def test_the_date_archive_of_an_article_dated_9999_does_not_overflow(moderator_client):
    """Data written before the bound (or by hand) still lists, and its year link answers with a message."""
    far = timezone.make_aware(datetime.datetime(9999, 12, 31, 12, 0))
    make_article("Hẹn giờ quá xa", publish_at=far)
    assert moderator_client.get(CHANGELIST).status_code == 200
    response = moderator_client.get(f"{CHANGELIST}?publish_at__year=9999", follow=True)
    assert response.status_code == 200
    assert any("năm từ 1900 đến 2100" in message for message in _messages(response))


def test_every_admin_date_drill_down_refuses_year_9999(client, db):
    user = get_user_model().objects.create_superuser("sieuquantri", "s@example.org", PASSWORD)
    client.force_login(user)
    from django.contrib import admin

    for model, model_admin in admin.site._registry.items():
        if not model_admin.date_hierarchy:
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        response = client.get(f"{url}?{model_admin.date_hierarchy}__year=9999", follow=True)
        assert response.status_code == 200, model._meta.label


def test_an_administrator_gets_the_same_answers(client, db):
    user = get_user_model().objects.create_user("quantri_so", "q@example.org", PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=ADMINISTRATOR_GROUP))
    client.force_login(user)
    for url in ["/quan-tri/auth/user/?p=%C2%B2", "/quan-tri/places/province/?p=" + "9" * 4400]:
        assert client.get(url).status_code == 200, url
    assert client.get("/quan-tri/auth/user/?q=%00").status_code == 200


def test_an_empty_to_field_on_a_change_page_is_the_primary_key(client, db):
    client.force_login(get_user_model().objects.create_superuser("sieuquantri_tf", "t@example.org", PASSWORD))
    topic = make_topic("Chủ đề có khóa")
    group = Group.objects.first()
    for name, pk in [("articles_topic", topic.pk), ("auth_group", group.pk)]:
        for page in ("change", "delete"):
            response = client.get(reverse(f"admin:{name}_{page}", args=[pk]) + "?_to_field=")
            assert response.status_code == 200, (name, page)
