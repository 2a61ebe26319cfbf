"""A query that is a province's name prefers the reports that write the province as such. Not every run of its
words is the province: a commune or a town below some province shares the name ("thị trấn Bình Dương" is in Gia
Lai), a person or a battle runs on from it ("Nguyễn Thái Bình", "Điện Biên Phủ"), and a headline may hold its
words with other tones ("Vương Đình Huệ" for "hue"). The name is also printed in more ways than one ("Bà
Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu"), and inside the province's former name ("Thừa Thiên Huế" writes Huế).
Every sentence is made up; the reports of the corpus show each shape in several outlets."""

import pytest

from search.ranking import results
from tests.factories import make_article
from tests.search.pages import older, titles


@pytest.mark.django_db
@pytest.mark.parametrize("printed", ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa Vũng Tàu"])
def test_the_province_printed_with_or_without_its_dash_is_written_as_such(client, printed):
    named = make_article("Trao quà cho ngư dân", lead=f"Hội Nông dân tỉnh {printed} trao 100 suất quà.",
                         publish_at=older(30))
    folded_alike = make_article("Bà rịa, vũng tàu: hai cái tên gợi nhớ", lead="Bà con kể chuyện về vùng đất cũ.")
    assert titles(client, "ba ria vung tau") == [named.title, folded_alike.title]


@pytest.mark.django_db
@pytest.mark.parametrize("unit", ["thị trấn", "xã", "phường", "huyện"])
def test_a_unit_below_a_province_named_alike_is_not_the_province(client, unit):
    province = make_article("Tuyên truyền pháp luật cho người dân", lead="Đoàn luật sư tỉnh Bình Dương tư vấn miễn phí.",
                            publish_at=older(30))
    namesake = make_article(f"Đổi mới ở {unit} Bình Dương", lead=f"Người dân {unit} Bình Dương làm giàu từ cây hồ tiêu.")
    assert titles(client, "binh duong") == [province.title, namesake.title]


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "province_lead", "namesake_title"), [
    ("thai binh", "Các sở, ngành của Thái Bình báo cáo kết quả.",
     "Đồng chí Nguyễn Thái Bình, Bí thư Đảng ủy xã, trao quà học sinh"),  # a person
    ("dien bien", "Lãnh đạo tỉnh Điện Biên thăm các gia đình chính sách.",
     "Kỷ niệm Chiến thắng Điện Biên Phủ"),  # a battle
])
def test_a_longer_proper_name_that_runs_on_from_a_provinces_name_is_not_the_province(client, query, province_lead,
                                                                                     namesake_title):
    province = make_article("Hội nghị tổng kết năm", lead=province_lead, publish_at=older(30))
    namesake = make_article(namesake_title, lead="Nhiều hoạt động ý nghĩa được tổ chức.")
    assert titles(client, query) == [province.title, namesake.title]


@pytest.mark.django_db
def test_the_former_name_that_ends_with_the_province_writes_it(client):
    former = make_article("Dâng hương các anh hùng liệt sĩ", lead="Đoàn đại biểu tỉnh Thừa Thiên Huế dâng hương.",
                          publish_at=older(30))
    tones = make_article("Hội nghị của huyện Đức Huệ", lead="Huyện tổng kết năm.")
    assert titles(client, "hue") == [former.title, tones.title]


@pytest.mark.django_db
def test_headlines_holding_the_name_with_other_tones_do_not_crowd_out_a_text_that_writes_it(client):
    # Only the first DEEP_RANK candidates, chosen from headline and lead, are read in full. Twenty headlines hold
    # "huệ", not "Huế": that is worth no more than holding the words anywhere, so they no longer keep the report
    # that writes Huế in its body from being read, and it comes first.
    for day in range(results.DEEP_RANK):
        make_article(f"Huyện Đức Huệ tổng kết công tác năm, kỳ {day}", lead="Nhiều chỉ tiêu vượt kế hoạch.",
                     publish_at=older(60 + day))
    writes = make_article("Khánh thành nhà văn hóa cộng đồng", lead="Nhiều hộ dân phấn khởi.",
                          body="<p>Công trình do các nhà hảo tâm ở Huế tài trợ.</p>", publish_at=older(1))
    assert titles(client, "hue")[0] == writes.title
