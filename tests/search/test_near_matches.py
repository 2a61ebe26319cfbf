"""Near matches: under few results, the articles that hold every word of the query but one, the others close
together, each with the word it lacks. Full matches keep their place above them; the same on both databases."""

import pytest

from articles.models import Article, Status
from search.query import parse_query
from search.ranking import search_articles
from search.ranking.near import MAX_GROUPS, NEAR_WHEN_AT_MOST, near_clauses, near_matches
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def near_titles(q):
    return [(n.article.title, n.missing) for n in near_matches(Article.objects.published(), parse_query(q))]


def page(client, q):
    response = client.get("/tim-kiem/", {"q": q})
    assert response.status_code == 200
    return response


def test_all_but_one_of_n_words_is_a_clause_per_pair_of_words():
    groups = parse_query("mit tinh ky niem dong khoi").groups
    clauses = near_clauses(groups)
    pairs = [(i, j) for i in range(len(groups)) for j in range(i + 1, len(groups))]
    assert len(clauses) == len(pairs)
    # One word or the other, each in any of its spellings ("ky" or "ki").
    assert [len(clause) for clause in clauses] == [len(groups[i]) + len(groups[j]) for i, j in pairs]


MIT_TINH = "Mít tinh kỷ niệm 66 năm Ngày Đồng khởi"


def test_an_article_lacking_one_word_is_a_near_match_and_says_which(client):
    make_article(MIT_TINH, lead="Tỉnh tổ chức trọng thể tại quảng trường.")
    assert near_titles("le tuyen ky niem dong khoi") == []  # lacks two words: not near
    assert near_titles("lễ kỷ niệm đồng khởi") == [(MIT_TINH, "lễ")]


def test_a_full_match_is_a_result_and_never_a_near_match_too(client):
    full = make_article("Lễ kỷ niệm 66 năm Ngày Đồng khởi")
    near = make_article(MIT_TINH)
    response = page(client, "le ky niem dong khoi")
    assert [a.title for a in response.context["articles"]] == [full.title]
    assert [n.article.title for n in response.context["near"]] == [MIT_TINH]
    html = response.content.decode()
    assert "Thiếu: <s>le</s>" in html
    assert html.index(full.get_absolute_url()) < html.index("Tin bài gần đúng") < html.index(near.get_absolute_url())


def test_the_rest_of_the_query_must_stand_close_together():
    make_article("Kỷ niệm ngày truyền thống", lead="Đoàn viên tham dự.",
                 body="<p>" + "Nội dung dài về công tác. " * 20 + "Phong trào Đồng khởi.</p>")
    assert near_titles("le ky niem dong khoi") == []


def test_the_rest_as_a_phrase_in_the_title_ranks_first():
    make_article("Mít tinh kỷ niệm Đồng khởi")
    make_article("Tin tháng Giêng", lead="Người dân dự mít tinh kỷ niệm Đồng khởi ở quảng trường.")
    assert [t for t, _missing in near_titles("le ky niem dong khoi")] == ["Mít tinh kỷ niệm Đồng khởi",
                                                                           "Tin tháng Giêng"]


def test_short_and_long_queries_and_document_numbers_have_no_near_matches():
    make_article("Quán triệt Nghị quyết 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng")
    assert near_titles("ky niem") == []  # one word of two is most of everything
    assert near_titles("quan triet nghi quyet 36-NQ/TW") == []  # a number is matched exactly or not at all
    assert len(parse_query("a b c d e f g").groups) > MAX_GROUPS
    assert near_titles("bao ve nen tang tu tuong cua dang ta") == []


def test_many_results_leave_no_room_for_near_matches(client):
    for n in range(NEAR_WHEN_AT_MOST + 1):
        make_article(f"Lễ kỷ niệm ngày truyền thống đơn vị số {n}")
    make_article("Kỷ niệm ngày truyền thống của đoàn")
    results = search_articles(Article.objects.published(),
                              parse_query("le ky niem ngay truyen thong"))
    assert results.articles.count() == NEAR_WHEN_AT_MOST + 1
    assert results.near() == []


def test_no_full_match_shows_the_near_matches_with_a_clear_message(client):
    near = make_article(MIT_TINH)
    html = page(client, "le ky niem dong khoi").content.decode()
    assert "Không có tin bài nào có đủ các từ" in html
    assert near.get_absolute_url() in html
    assert "Gợi ý: kiểm tra lại chính tả" not in html
    nothing = page(client, "hoan toan khong co gi").content.decode()
    assert "Không tìm thấy tin bài nào cho" in nothing and "Tin bài gần đúng" not in nothing


def test_near_matches_respect_the_public_rule_and_the_page_filters(client):
    make_article(MIT_TINH, status=Status.DRAFT)
    published = make_article("Mít tinh kỷ niệm Đồng khởi ở Mỏ Cày", provinces=["ben-tre"])
    assert near_titles("le ky niem dong khoi") == [(published.title, "le")]
    assert [n.article for n in page(client, "le ky niem dong khoi").context["near"]] == [published]
    filtered = client.get("/tim-kiem/", {"q": "le ky niem dong khoi", "province": "ha-noi"})
    assert filtered.context["near"] == []
