"""The editors' admin: every page loads for each role, dates read dd/mm/yyyy, the sample renders right."""

import datetime

import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Article, Photo, Status
from people.models import Official
from tests.factories import make_article, make_official, make_photo, make_user
from tests.samples import shared_sample

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    official = make_official("Phạm Minh Đức", title="Trưởng ban", organisation="Ban Tuyên giáo Tỉnh ủy Nghệ An")
    article = make_article("Tin để mở trang quản trị", provinces=["nghe-an"], topics=["xay-dung-dang"],
                           officials=[official])
    make_photo(article, "Ảnh minh họa.", is_featured=True)
    return article


def admin_urls(article):
    """Every changelist, add and change page the admin registers, with a real object where one exists."""
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls.append(reverse(f"{prefix}_changelist"))
        urls.append(reverse(f"{prefix}_add"))
        obj = article if model is Article else model._default_manager.first()
        if obj is not None:
            urls.append(reverse(f"{prefix}_change", args=[obj.pk]))
    return urls


@pytest.mark.parametrize("role", ["editor", "moderator", "admin"])
def test_every_admin_page_loads_for_each_role(client, content, role):
    user = make_user(role=role)
    client.force_login(user)
    for url in admin_urls(content):
        response = client.get(url)
        # A role may be refused a page (403) or sent away (302), but nothing may crash.
        assert response.status_code in (200, 302, 403), (url, response.status_code)
    assert client.get(reverse("admin:articles_article_changelist")).status_code == 200
    assert client.get(reverse("admin:articles_article_add")).status_code == 200


def test_editor_sees_provinces_but_cannot_change_them(client):
    client.force_login(make_user(role="editor"))
    kien_giang_url = reverse("admin:places_province_change", args=[Article._meta.apps.get_model("places", "Province").objects.get(slug="kien-giang").pk])
    response = client.get(kien_giang_url)
    assert response.status_code == 200
    assert b'name="name"' not in response.content  # read-only view
    response = client.post(kien_giang_url, {"name": "Đổi tên"})
    assert response.status_code == 403


def test_admin_article_list_filters_and_search_are_configured():
    model_admin = admin.site._registry[Article]
    assert model_admin.date_hierarchy == "publish_at"
    assert set(model_admin.autocomplete_fields) >= {"provinces", "topics"}
    filter_names = [f[0] if isinstance(f, tuple) else f for f in model_admin.list_filter]
    assert {"status", "topics", "provinces", "publish_at"} <= set(filter_names)
    assert model_admin.search_fields


def test_admin_search_without_diacritics_finds_articles(client, content):
    client.force_login(make_user(role="editor"))
    response = client.get(reverse("admin:articles_article_changelist"), {"q": "mo trang quan tri"})
    assert content.title in response.content.decode()


def test_vietnamese_dates_in_forms_read_day_first(client):
    from django import forms

    class EventForm(forms.Form):
        day = forms.DateField()

    assert EventForm({"day": "16/11/2023"}).is_valid()
    assert EventForm({"day": "05/11/2023"}).is_valid()
    form = EventForm({"day": "05/11/2023"})
    form.is_valid()
    assert form.cleaned_data["day"] == datetime.date(2023, 11, 5)


def test_week_starts_on_monday_and_dates_display_day_first():
    from django.utils import formats, translation

    with translation.override("vi"):
        assert formats.get_format("FIRST_DAY_OF_WEEK") == 1
        assert formats.date_format(datetime.date(2023, 11, 5), "SHORT_DATE_FORMAT") == "05/11/2023"


def test_admin_date_hierarchy_and_changelist_render_dates_day_first(client, content):
    client.force_login(make_user(role="admin"))
    Article.objects.filter(pk=content.pk).update(event_date=datetime.date(2023, 11, 16))
    response = client.get(reverse("admin:articles_article_change", args=[content.pk]))
    assert 'value="16/11/2023"' in response.content.decode()


def test_slugs_are_vietnamese_safe_and_unique():
    first = make_article("Đảng bộ tỉnh Kiên Giang tập trung lãnh đạo")
    second = make_article("Đảng bộ tỉnh Kiên Giang tập trung lãnh đạo")
    assert first.slug == "dang-bo-tinh-kien-giang-tap-trung-lanh-dao"
    assert second.slug == "dang-bo-tinh-kien-giang-tap-trung-lanh-dao-2"


def test_official_positions_list_current_first():
    official = make_official("Võ Thị Lan")
    old = official.positions.create(title="Phó Chủ tịch", start_date=datetime.date(2015, 1, 1),
                                    end_date=datetime.date(2020, 5, 1))
    current = official.positions.create(title="Chủ tịch", start_date=datetime.date(2020, 5, 2))
    assert list(official.positions.all()) == [current, old]
    assert official.current_title == "Chủ tịch"


def test_official_names_sort_the_vietnamese_way():
    for name in ["Đặng Văn Zô", "Lê Văn Dũng", "Trần Thị Đào", "Ngô Văn An"]:
        make_official(name)
    assert list(Official.objects.values_list("full_name", flat=True)) == [
        "Ngô Văn An", "Lê Văn Dũng", "Trần Thị Đào", "Đặng Văn Zô",
    ]


def test_text_is_stored_nfc():
    import unicodedata

    article = make_article(unicodedata.normalize("NFD", "Kiên Giang tăng cường"))
    article.refresh_from_db()
    assert article.title == unicodedata.normalize("NFC", "Kiên Giang tăng cường")


def test_the_sample_report_entered_as_an_article_renders_captions_and_linked_officials(client):
    text = shared_sample().read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    title, body_paragraphs = paragraphs[0], paragraphs[1:]
    captions = [p for p in body_paragraphs if p in ("Quang cảnh buổi làm việc.",) or p.endswith("phát biểu tại buổi làm việc.")]
    assert len(captions) == 2
    body = "\n\n".join(p for p in body_paragraphs if p not in captions)
    mon = make_official("Lại Xuân Môn")
    binh = make_official("Đỗ Thanh Bình")
    article = make_article(
        title, body=body, lead="", provinces=["kien-giang"], topics=["xay-dung-dang"],
        officials=[(mon, "Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương"),
                   (binh, "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội đơn vị tỉnh Kiên Giang")],
        event_date=datetime.date(2023, 11, 16),
    )
    for position, caption in enumerate(captions):
        make_photo(article, caption, position=position, is_featured=position == 0)
    html = client.get(article.get_absolute_url()).content.decode()
    for caption in captions:
        assert f"<figcaption>{caption}" in html
    assert f'href="{mon.get_absolute_url()}"' in html and f'href="{binh.get_absolute_url()}"' in html
    assert "Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương" in html
    assert 'rel="canonical"' in html
    assert Photo.objects.filter(article=article).count() == 2
    assert article.status == Status.PUBLISHED
