"""A query that names an official with an office ("ngo van an bi thu tinh uy") prefers the reports that name him
in that office: in the clause after his name or just before it, and not a deputy's office ("Phó Bí thư" is no "Bí
thư"). Reports name the same man in other offices over the years, and lists of guests put another man's office
right before his name. Every sentence is made up; the corpus's judged queries show each shape in several outlets."""

import datetime

import pytest
from django.utils import timezone

from core.text import fold
from search.query import word_groups
from search.ranking.results import _holds_office, _offices
from search.ranking.text import Matcher
from tests.factories import make_article, make_official


def titles(client, q):
    response = client.get("/tim-kiem/", {"q": q})
    assert response.status_code == 200
    return [a.title for a in response.context["articles"]]


def older(days):
    return timezone.now() - datetime.timedelta(days=days)


def office(words):
    return Matcher(tuple(word_groups(words.split())))


@pytest.mark.django_db
def test_the_office_the_query_gives_ranks_above_a_deputys_office_of_the_same_man(client):
    official = make_official("Ngô Văn An")
    in_office = make_article("Hội nghị Ban Chấp hành Đảng bộ tỉnh",
                             lead="Đồng chí Ngô Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, chủ trì.",
                             officials=[official], publish_at=older(400))
    deputy = make_article("Gặp mặt các nhà giáo tiêu biểu",
                          lead="Đồng chí Ngô Văn An, Phó Bí thư Thường trực Tỉnh ủy, dự và phát biểu.",
                          officials=[official])
    assert titles(client, "ngo van an bi thu tinh uy") == [in_office.title, deputy.title]


@pytest.mark.django_db
def test_the_office_printed_before_the_name_counts(client):
    official = make_official("Ngô Văn An")
    before = make_article("Kiểm tra công tác phòng chống bão",
                          lead="Bí thư Tỉnh ủy Ngô Văn An kiểm tra đê biển xã Tân Lập.", officials=[official],
                          publish_at=older(400))
    # The query's words run on across a full stop here, a phrase once folded; the office is not his.
    other = make_article("Trao quà Tết cho hộ nghèo",
                         lead="Người trao quà là ông Ngô Văn An. Bí thư Tỉnh ủy gửi thư chúc Tết.",
                         officials=[official])
    assert titles(client, "ngo van an bi thu tinh uy") == [before.title, other.title]


def test_another_guests_office_before_the_name_is_not_his():
    text = "dự có các đồng chí: lê văn bình, phó bí thư thường trực tỉnh ủy, chủ tịch hđnd tỉnh; ngô văn an, phó bí thư tỉnh ủy, chủ tịch ubnd tỉnh."
    assert not _holds_office(fold(text), "ngo van an", office("chu tich hdnd tinh"), False)
    assert _holds_office(fold(text), "ngo van an", office("chu tich ubnd tinh"), False)
    assert _holds_office(fold(text), "le van binh", office("chu tich hdnd tinh"), False)


def test_a_deputys_office_fits_a_query_that_asks_for_it():
    text = fold("Ông Ngô Văn An, Phó Chủ tịch UBND tỉnh, phát biểu.")
    assert _holds_office(text, "ngo van an", office("pho chu tich ubnd tinh"), True)
    assert not _holds_office(text, "ngo van an", office("chu tich ubnd tinh"), False)


def test_a_name_alone_asks_no_office():
    class Official:
        kind, whole, words = "official", True, ("ngo", "van", "an")
    assert _offices([Official()], tuple(word_groups("ngo van an".split()))) == []
