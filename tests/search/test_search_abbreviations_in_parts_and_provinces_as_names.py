"""Abbreviations the press writes in parts, each part short or in full ("UV BCH TW", "Ủy viên BCH Trung ương",
"Uỷ viên BCH TƯ", "Ủy viên BTV Tỉnh ủy", "Ủy ban Trung ương MTTQ Việt Nam", "Bộ Chỉ huy BĐBP"), are one meaning
for search; and a province's name is a name: capitalised ("hòa bình, hữu nghị" is peace), and "Huế" is also the
province of Thừa Thiên Huế that the city succeeded. Every sentence is made up; the judged queries of the corpus
show each shape in several outlets."""

import pytest

from tests.factories import make_article
from tests.search.pages import older, titles


@pytest.mark.django_db
@pytest.mark.parametrize("printed", ["UV BCH TW Đảng", "Ủy viên BCH Trung ương Đảng", "Uỷ viên BCH TƯ Đảng",
                                     "UV BCH T.ư Đảng", "Ủy viên TƯ Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"])
def test_a_central_committee_member_is_found_however_the_parts_are_written(client, printed):
    member = make_article("Bí thư Tỉnh ủy thăm đồn biên phòng", lead=f"Đồng chí Lê Văn Hòa, {printed}, Bí thư Tỉnh ủy.")
    assert titles(client, "uvtw") == [member.title]
    assert titles(client, "uy vien trung uong") == [member.title]


@pytest.mark.django_db
def test_an_alternate_member_and_a_word_after_tu_are_not_a_central_committee_member(client):
    make_article("Hội nghị cán bộ", lead="Đồng chí Lê Văn Hòa, Ủy viên dự khuyết BCH Trung ương Đảng, phát biểu.")
    make_article("Tổ công tác", lead="Tổ gồm ba ủy viên từ các sở, ngành của tỉnh.")
    assert titles(client, "uvtw") == []


@pytest.mark.django_db
def test_the_standing_committee_written_btv_is_the_standing_committee(client):
    article = make_article("Kiểm tra công tác cán bộ", lead="Đồng chí Trần Thị Lan, Ủy viên BTV Tỉnh ủy, Trưởng ban Dân vận.")
    assert titles(client, "tvtu") == [article.title]
    assert titles(client, "uvbtv") == [article.title]
    assert titles(client, "ban thuong vu tinh uy") == [article.title]


@pytest.mark.django_db
def test_the_fronts_central_committee_is_the_fronts_committee_but_not_every_committee_is_the_centres(client):
    central = make_article("Đoàn công tác thăm hỏi đồng bào", lead="Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự.",
                           publish_at=older(30))
    short = make_article("Trao nhà đại đoàn kết", lead="Đại diện UBTƯ MTTQ Việt Nam trao nhà cho hộ nghèo.",
                         publish_at=older(60))
    provincial = make_article("Hội nghị hiệp thương", lead="Ban Thường trực Ủy ban MTTQ tỉnh chủ trì hội nghị.")
    assert set(titles(client, "ubtu mttq")) == {central.title, short.title}
    assert set(titles(client, "uy ban mat tran to quoc")) == {central.title, short.title, provincial.title}
    assert titles(client, "btt uy ban mttq") == [provincial.title]


@pytest.mark.django_db
@pytest.mark.parametrize("printed", ["Bộ Chỉ huy BĐBP tỉnh", "BCH BĐBP tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"])
def test_a_border_guard_command_is_found_however_it_is_written_and_the_partys_bch_is_not_it(client, printed):
    command = make_article("Giao nhận quân", lead=f"{printed} tổ chức lễ giao nhận quân.")
    make_article("Hội nghị Ban Chấp hành Đảng bộ", lead="BCH Đảng bộ Bộ đội Biên phòng tỉnh họp phiên thường kỳ.")
    assert titles(client, "bch bdbp") == [command.title]


@pytest.mark.django_db
def test_sea_and_island_sovereignty_is_found_by_its_short_form(client):
    article = make_article("Tuyên truyền cho ngư dân", lead="Tuyên truyền về chủ quyền biển, đảo tại cảng cá.")
    assert titles(client, "cqbd") == [article.title]


@pytest.mark.django_db
def test_the_province_ranks_above_the_same_words_in_lower_case(client):
    province = make_article("Lễ hội Khai hạ", lead="Tỉnh Hòa Bình tổ chức lễ hội của đồng bào Mường.",
                            publish_at=older(400))
    peace = make_article("Xây dựng đường biên giới", lead="Xây dựng đường biên giới hòa bình, hữu nghị và hợp tác.")
    assert titles(client, "hoa binh") == [province.title, peace.title]


@pytest.mark.django_db
def test_hue_finds_the_reports_filed_under_thua_thien_hue(client):
    filed = make_article("Huyện Quảng Điền đạt chuẩn nông thôn mới", lead="Cả mười xã của huyện về đích.",
                         provinces=["thua-thien-hue"], publish_at=older(900))
    namesake = make_article("Chủ tịch Quốc hội Vương Đình Huệ dự lễ", lead="Lễ trao Bằng Tổ quốc ghi công.")
    assert titles(client, "hue") == [filed.title, namesake.title]


@pytest.mark.django_db
def test_a_plenum_asked_for_in_digits_is_found_where_the_page_prints_its_roman_numeral(client):
    article = make_article("Quán triệt nghị quyết", lead="Huyện quán triệt nghị quyết hội nghị lần thứ X – BCH Trung "
                           "ương Đảng khóa XI.")
    assert titles(client, "quan triet nghi quyet hoi nghi trung uong 10 khoa xi") == [article.title]
