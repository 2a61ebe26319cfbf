"""slug_url() gives exactly what reverse() gives, for any slug, language, URL configuration and script prefix."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from core.urls_by_slug import slug_url

VIEWS = ["articles:detail", "articles:topic", "articles:document", "places:detail", "people:official"]


@pytest.mark.parametrize("viewname", VIEWS)
@pytest.mark.parametrize("slug", ["kien-giang", "a", "Bai_so_2024", "x" * 200])
def test_the_same_url_as_reverse(viewname, slug):
    for language in ("vi", "en"):
        with translation.override(language):
            assert slug_url(viewname, slug) == reverse(viewname, kwargs={"slug": slug})


def test_a_script_prefix_is_followed():
    try:
        set_script_prefix("/toa-soan/")
        assert slug_url("articles:detail", "bai-mot") == reverse("articles:detail", kwargs={"slug": "bai-mot"})
        assert slug_url("articles:detail", "bai-mot").startswith("/toa-soan/")
    finally:
        set_script_prefix("/")
    assert slug_url("articles:detail", "bai-mot") == reverse("articles:detail", kwargs={"slug": "bai-mot"})


@pytest.mark.parametrize("slug", ["", "có dấu", "a/b", "a?b"])
def test_what_the_slug_converter_refuses_is_refused_as_before(slug):
    with pytest.raises(NoReverseMatch):
        slug_url("articles:detail", slug)


@pytest.mark.parametrize("slug", [None, 5])
def test_a_value_that_is_not_a_string_goes_through_reverse(slug):
    assert slug_url("articles:detail", slug) == reverse("articles:detail", kwargs={"slug": slug})
