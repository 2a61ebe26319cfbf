"""`make bench-compare` (bench/compare.py): skipped with a message without ../shared/bench, the project's pages
mapped to the reference's comparison names, the driver's environment, the ratios; and the dataset loader's
pieces it relies on (search vectors with the extras, no fork inside a transaction)."""

import pytest
from django.db import transaction
from django.test import Client
from django.urls import resolve

from bench import compare, corpus, dataset
from tests.factories import make_article, make_official, make_photo


def test_skipped_with_a_clear_message_where_the_reference_is_absent(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(compare, "SHARED", tmp_path / "shared" / "bench")
    monkeypatch.setattr(compare, "RESULTS", tmp_path / "results")

    assert compare.main([]) == 0

    out = capsys.readouterr().out
    assert "bench-compare skipped" in out
    assert str(tmp_path / "shared" / "bench") in out
    assert not (tmp_path / "results").exists()


def _article_of_the_reference_shape(title, officials):
    article = make_article(title, provinces=["ha-noi", "kien-giang"], topics=["kinh-te", "xay-dung-dang", "doi-ngoai"],
                           officials=officials)
    for position in range(3):
        make_photo(article, f"Ảnh {position + 1} của {title}.", with_image=False, position=position)
    return article


@pytest.mark.django_db
def test_project_pages_map_to_the_reference_names_and_answer(settings):
    settings.PUBLIC_CACHE_SECONDS = 0
    official = make_official("Trần Văn Bình", title="Bí thư Tỉnh ủy")
    other = make_official("Lê Thị Hoa", title="Chủ tịch Ủy ban nhân dân tỉnh")
    make_article("Tin Hà Nội có một chủ đề", provinces=["ha-noi"], topics=["kinh-te"], officials=[official])
    expected = _article_of_the_reference_shape("Hội nghị kinh tế Hà Nội và Kiên Giang", [official, other])

    pages = compare.project_pages()

    assert tuple(pages) == compare.COMPARED + compare.OWN
    assert pages["list_province_p1"] == "/dia-phuong/ha-noi/"
    assert pages["list_province_p20"] == "/dia-phuong/ha-noi/?page=20"
    assert pages["list_province_topic"] == "/tin-tuc/?province=ha-noi&topic=kinh-te"
    assert pages["article"] == expected.get_absolute_url()
    assert pages["search_kien_giang"].endswith("?q=kien+giang")
    assert pages["official_page"] == official.get_absolute_url()
    client = Client()
    for name, path in pages.items():
        if name == "list_province_p20":  # two articles make one page; page 20 exists only in the dataset
            resolve(path.split("?")[0])
            continue
        assert client.get(path).status_code == 200, name


def test_the_reference_sites_do_not_see_this_projects_settings():
    env = compare.driver_env({"PATH": "/usr/bin", "DJANGO_SETTINGS_MODULE": "config.settings"}, page_cache=True,
                             database_url="postgres://postgres@127.0.0.1:5433/newsroom_bench", work="/tmp/w")

    assert "DJANGO_SETTINGS_MODULE" not in env
    assert env["BENCH_PAGE_CACHE"] == "1"
    assert env["BENCH_DATABASE_URL"].endswith(":5433/newsroom_bench")
    assert env["PATH"] == "/usr/bin"


def _results(target_pages):
    return {"results": [{"target": target, "pages": {name: {"path": "/", "status": 200, "bytes": 20480,
                                                          "c8": {"rps": rps, "errors": 0}}
                                                   for name, rps in pages.items()}}
                        for target, pages in target_pages.items()]}


def test_ratios_against_wagtail_and_the_floor_with_the_goals_of_issue_18():
    uncached = _results({"project": {"home": 300.0, "list_province_p1": 400.0},
                         "peer-tuned": {"home": 100.0, "list_province_p1": 100.0},
                         "floor": {"query20": 700.0, "static20k": 5000.0}})
    cached = _results({"project": {"home": 4600.0}, "floor": {"static20k": 5000.0}})

    text = compare.report_tables(uncached, cached, {"home": {"p50_ms": 12.0, "p95_ms": 20.0}}, 8)

    home = next(line for line in text.splitlines() if line.startswith("| home | 300.0"))
    assert "| 3.00× | ≥ 3×: met |" in home and "| 43 % | ≥ 30 %: met |" in home and "12.0 / 20.0 ms" in home
    province = next(line for line in text.splitlines() if line.startswith("| list_province_p1 |"))
    assert "| 4.00× | ≥ 5×: **miss** |" in province and "| 57 % | ≥ 50 %: met |" in province
    assert "| home | 4,600.0 | 92 % | met |" in text


def test_pages_with_errors_are_named():
    results = _results({"project": {"home": 10.0}})
    results["results"][0]["pages"]["home"]["status"] = 500

    assert compare.errors_of(results) == ["project home: HTTP 500, 0 errors"]


def test_extras_pairs_stay_within_their_line():
    text = corpus.tsvector_text((["kien", "giang"], "A"), pairs=True, lines=[["anh", "ttxvn"], ["ha", "noi"]])

    lexemes = set(text.split(" "))
    assert {"'kien':1A", "'giang':2A", "'anh':3", "'ttxvn':4", "'ha':5", "'noi':6"} <= lexemes
    assert {"'kien_giang'", "'anh_ttxvn'", "'ha_noi'"} <= lexemes
    assert "'ttxvn_ha'" not in lexemes and "'giang_anh'" not in lexemes


@pytest.mark.django_db
def test_the_vector_refresh_refuses_to_fork_inside_a_transaction():
    # Closing a connection inside atomic() only marks it closed: forked children would inherit it, dead.
    with transaction.atomic(), pytest.raises(RuntimeError, match="outside a transaction"):
        dataset._refresh_vectors_in_parallel(10, 1)


@pytest.mark.django_db
def test_side_column_cards_keep_their_photo_without_opening_the_file(monkeypatch):
    from articles.sidebar import article_neighbours

    article = make_article("Tin chính", provinces=["kien-giang"], topics=["kinh-te"])
    other = make_article("Tin khác cùng tỉnh", provinces=["kien-giang"], topics=["kinh-te"])
    photo = make_photo(other, "Ảnh đại diện.", is_featured=True)

    def measuring(*args, **kwargs):
        raise AssertionError("an image file was opened to measure it")

    monkeypatch.setattr("django.core.files.images.get_image_dimensions", measuring)
    neighbours = article_neighbours(article)

    shown = next(item for item in neighbours.same_province if item.pk == other.pk)
    assert shown.featured_photo.image.name == photo.image.name
    assert shown.featured_photo.image
