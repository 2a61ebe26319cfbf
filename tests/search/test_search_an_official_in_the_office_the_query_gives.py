"""A query that names an official with an office ("ngo van an bi thu tinh uy") prefers the reports that give him
that office: the title recorded for his mention (by the importer or the editor) holds it, and not as a deputy's
office ("Phó Bí thư" is no "Bí thư"). Reports name the same man in other offices over the years, and a report
naming him in another office may hold the query's words closer together. Every sentence is made up; the corpus's
judged queries show each shape in several outlets."""

import pytest

from search.query import word_groups
from search.ranking.results import _gives_office, _offices
from search.ranking.text import Matcher
from tests.factories import make_article, make_official
from tests.search.pages import older, titles


def office(words):
    return [Matcher(tuple(word_groups(words.split())))]


@pytest.mark.django_db
def test_the_office_the_query_gives_ranks_above_a_deputys_office_of_the_same_man(client):
    official = make_official("Ngô Văn An")
    in_office = make_article("Hội nghị Ban Chấp hành Đảng bộ tỉnh",
                             lead="Đồng chí Ngô Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, chủ trì.",
                             officials=[(official, "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy")], publish_at=older(400))
    deputy = make_article("Gặp mặt các nhà giáo tiêu biểu",
                          lead="Đồng chí Ngô Văn An, Phó Bí thư Thường trực Tỉnh ủy, dự và phát biểu.",
                          officials=[(official, "Phó Bí thư Thường trực Tỉnh ủy")])
    assert titles(client, "ngo van an bi thu tinh uy") == [in_office.title, deputy.title]


@pytest.mark.django_db
def test_the_words_run_together_across_a_full_stop_do_not_give_him_the_office(client):
    official = make_official("Ngô Văn An")
    in_office = make_article("Kiểm tra công tác phòng chống bão",
                             lead="Bí thư Tỉnh ủy Ngô Văn An kiểm tra đê biển xã Tân Lập.",
                             officials=[(official, "Bí thư Tỉnh ủy")], publish_at=older(400))
    # The query's words are a phrase here once folded, across the full stop; the office is another man's.
    other = make_article("Trao quà Tết cho hộ nghèo",
                         lead="Người trao quà là ông Ngô Văn An. Bí thư Tỉnh ủy gửi thư chúc Tết.",
                         officials=[(official, "Chủ tịch UBND tỉnh")])
    assert titles(client, "ngo van an bi thu tinh uy") == [in_office.title, other.title]


def test_a_deputys_office_is_not_the_office_unless_the_query_asks_for_a_deputy():
    assert _gives_office("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", office("chu tich ubnd tinh"), False)
    assert not _gives_office("Phó Chủ tịch UBND tỉnh", office("chu tich ubnd tinh"), False)
    assert _gives_office("Phó Chủ tịch UBND tỉnh", office("pho chu tich ubnd tinh"), True)
    assert not _gives_office("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", office("chu tich ubnd tinh"), False)


@pytest.mark.django_db
def test_a_provincial_reports_title_without_its_province_still_gives_the_office(client):
    official = make_official("Ngô Văn An")
    make_article("Tỉnh Điện Biên đón đoàn công tác", lead="Đoàn làm việc với tỉnh Điện Biên.")
    in_office = make_article("Hội đàm với tỉnh bạn",
                             lead="Đồng chí Ngô Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Điện Biên, dự hội đàm.",
                             officials=[(official, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")], publish_at=older(400))
    deputy = make_article("Điện Biên trao quà cho hộ nghèo",
                          lead="Ông Ngô Văn An, Phó Chủ tịch UBND tỉnh Điện Biên, trao quà.",
                          officials=[(official, "Phó Chủ tịch UBND tỉnh Điện Biên")])
    assert titles(client, "ngo van an chu tich ubnd tinh dien bien") == [in_office.title, deputy.title]


@pytest.mark.django_db
def test_a_name_alone_asks_no_office(client):
    official = make_official("Ngô Văn An")
    newer = make_article("Gặp mặt các nhà giáo", lead="Ông Ngô Văn An dự.", officials=[(official, "Phó Bí thư Tỉnh ủy")])
    old = make_article("Hội nghị tỉnh", lead="Ông Ngô Văn An chủ trì.", officials=[(official, "Bí thư Tỉnh ủy")],
                       publish_at=older(400))
    assert titles(client, "ngo van an") == [newer.title, old.title]


def test_words_beside_a_name_that_open_no_office_are_no_office():
    class Official:
        kind, whole, words = "official", False, ("lai", "xuan", "mon")
        main = type("Main", (), {"pk": 1})

    assert _offices([Official()], tuple(word_groups("xay dung dang lai xuan mon".split()))) == []
    assert len(_offices([Official()], tuple(word_groups("lai xuan mon pct ubnd tinh".split())))) == 1
