"""Abbreviations the coverage defines itself ("Ủy ban Dân tộc (UBDT)") are learned when an article is indexed,
and a reader's query finds the articles that spell the name out as well as those that only write its initials."""

import pytest

from search.abbreviations import definitions_in, learn, learned_meanings, printed_definitions, used_together
from search.models import Abbreviation
from search.query import parse_query
from tests.factories import make_article
from tests.search.test_search_readers import titles


@pytest.mark.parametrize("text, learned", [
    ("Ủy ban Dân tộc (UBDT) phối hợp", ("ubdt", "uy ban dan toc")),
    ("công tác bảo đảm kỹ thuật (BĐKT) năm nay", ("bdkt", "bao dam ky thuat")),
    # "và" is skipped, as the initials skip it; a comma inside the name does not end it.
    ("Sở Văn hóa, Thể thao và Du lịch (VHTTDL) tỉnh", ("vhttdl", "van hoa the thao va du lich")),
    ("Sở Giáo dục và Đào tạo (GD&ĐT)", ("gddt", "giao duc va dao tao")),
    ("đồng bào dân tộc thiểu số (DTTS) ở", ("dtts", "dan toc thieu so")),
])
def test_a_name_followed_by_its_initials_in_brackets_is_a_definition(text, learned):
    assert definitions_in(text) == {learned}


def test_a_definition_is_kept_as_printed_for_the_administrator_to_read():
    assert printed_definitions("Sở Văn hóa, Thể thao và Du lịch (VHTTDL) tỉnh") == {
        ("vhttdl", "van hoa the thao va du lich"): "Văn hóa, Thể thao và Du lịch (VHTTDL)"}


@pytest.mark.parametrize("text", [
    "Quang cảnh hội nghị (Ảnh: TTXVN)",  # a credit, not a definition
    "ông Lò Văn Hoa (HOA) phát biểu",  # a syllable in capitals is a word
    "Ban Chấp hành Trung ương (TƯ)",  # two letters: too short to learn safely
    "Hội nghị lần thứ nhất (XYZ) đã",  # initials that are not the words before the bracket
    "Nghị quyết. Quốc phòng (NQQP)",  # a full stop ends the name
])
def test_brackets_that_define_nothing_teach_nothing(text):
    assert definitions_in(text) == set()


@pytest.mark.django_db
def test_initials_find_the_articles_that_spell_the_name_out_and_the_reverse(client):
    defining = make_article("Hội nghị sơ kết công tác dân tộc", lead="Ủy ban Dân tộc (UBDT) tổ chức hội nghị.")
    spelled = make_article("Ủy ban Dân tộc làm việc với tỉnh", lead="Đoàn công tác đến thăm bà con.")
    short = make_article("UBDT kiểm tra chính sách ở vùng cao", lead="Đoàn kiểm tra làm việc ba ngày.")
    assert Abbreviation.objects.filter(short="ubdt", spelled="uy ban dan toc").exists()
    assert set(titles(client, "ubdt")[0]) == {defining.title, spelled.title, short.title}
    assert set(titles(client, "uy ban dan toc")[0]) == {defining.title, spelled.title, short.title}


@pytest.mark.django_db
def test_a_definition_in_a_caption_is_learned_when_the_caption_is_saved(client):
    article = make_article("Huấn luyện chiến sĩ mới", lead="Đơn vị tổ chức huấn luyện.")
    article.photos.create(caption="Cán bộ Trung tâm Bảo đảm kỹ thuật (TTBĐKT) kiểm tra xe.")
    assert ("ttbdkt",) in learned_meanings(["ttbdkt"])[0]
    assert ("trung", "tam", "bao", "dam", "ky", "thuat") in learned_meanings(["ttbdkt"])[0]


@pytest.mark.django_db
def test_the_genre_s_own_list_wins_over_what_an_article_defines():
    """A report defining "UBND" otherwise (a typo, an odd use) does not widen what "ubnd" means."""
    assert learn(["Ủy ban Nông dân (UBND)"]) == 1
    groups = parse_query("ubnd", learned=learned_meanings).groups
    assert groups == ((("ubnd",), ("uy", "ban", "nhan", "dan")),)


@pytest.mark.django_db
def test_an_administrator_sees_and_may_delete_what_was_learned_but_types_none(admin_client):
    learn(["Hội Nông dân (HND) tỉnh"])
    listing = admin_client.get("/quan-tri/search/abbreviation/")
    assert listing.status_code == 200 and "Hội Nông dân (HND)" in listing.content.decode()
    assert admin_client.get("/quan-tri/search/abbreviation/add/").status_code == 403


@pytest.mark.parametrize("text, learned", [
    # The initials in running text, the name spelled out elsewhere in the same report, no bracket between them.
    ("Ủy ban Trung ương MTTQ Việt Nam chúc Tết. Đại diện UBTƯ MTTQ trao quà.", ("ubtu", "uy ban trung uong")),
    ("Lực lượng Thanh niên xung phong tham gia. Các cựu TNXP được tặng quà.", ("tnxp", "thanh nien xung phong")),
])
def test_initials_and_the_name_printed_apart_in_one_report_are_learned(text, learned):
    assert learned in used_together(text)


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Tâm dự họp. NVT là tên viết tắt trong danh sách.",  # a person's name: every word capitalised
    "Ban Thường trực và Bí thư Tỉnh ủy dự. BTT chủ trì.",  # two runs with these initials: ambiguous, nothing learned
    "Tỉnh ủy và HĐND tỉnh. TUV dự họp.",  # a run may not end on a joining word ("Tỉnh ủy và")
    "Hội nghị, Thường trực. HTT",  # punctuation breaks a name
    "UBTƯ họp phiên thứ nhất.",  # the name is not spelled out anywhere
])
def test_letters_that_only_happen_to_match_teach_nothing(text):
    assert used_together(text) == {}


@pytest.mark.django_db
def test_a_query_for_initials_a_report_also_spelled_out_finds_the_spelled_reports(client):
    make_article("Gặp mặt cựu thanh niên xung phong", lead="Hội Cựu Thanh niên xung phong tỉnh gặp mặt.",
                 body="<p>Các cựu TNXP kể lại những năm tháng mở đường.</p>")
    spelled = make_article("Thanh niên xung phong làm đường giao thông nông thôn", lead="Công trình hoàn thành.")
    assert Abbreviation.objects.filter(short="tnxp", spelled="thanh nien xung phong").exists()
    assert spelled.title in titles(client, "tnxp")[0]
