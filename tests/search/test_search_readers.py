"""What issue 16 asked of search: everything a reader sees is searchable, all the words match, the name the
query means comes first, entities are shown with links, abbreviations are understood. Same on both databases."""

import datetime

import pytest
from django.utils import timezone

from articles.models import Article, Photo
from places.models import Province
from search.entities import recognise
from search.query import parse_query
from search.ranking import results, search_articles
from tests.factories import make_article, make_official


def titles(client, q, **params):
    response = client.get("/tim-kiem/", {"q": q, **params})
    assert response.status_code == 200
    return [a.title for a in response.context["articles"]], response


@pytest.mark.django_db
def test_words_only_in_a_caption_and_an_official_only_in_a_caption_are_found(client):
    article = make_article("Hội nghị tổng kết công tác năm", lead="Nhiều đơn vị được khen thưởng.")
    official = make_official("Thạch Ngàn")
    Photo.objects.create(article=article, caption="Đồng chí Thạch Ngàn trao quà tại chùa Kompong", credit="Ảnh: Minh Anh")
    article.mentions.create(official=official, title_as_printed="Phó Chủ tịch UBND tỉnh")
    assert titles(client, "chua kompong")[0] == [article.title]
    assert titles(client, "thach ngan")[0] == [article.title]
    assert titles(client, "minh anh")[0] == [article.title]  # the credit
    assert titles(client, "pho chu tich ubnd tinh")[0] == [article.title]  # the title as printed


@pytest.mark.django_db
def test_a_caption_edited_later_is_searchable_under_its_new_words_only(client):
    article = make_article("Tin có ảnh")
    photo = Photo.objects.create(article=article, caption="Quang cảnh hội nghị ở Bảo Lộc")
    assert titles(client, "bao loc")[0] == [article.title]
    photo.caption = "Quang cảnh hội nghị ở Đà Lạt"
    photo.save()
    assert titles(client, "bao loc")[0] == []
    assert titles(client, "da lat")[0] == [article.title]
    photo.delete()
    assert titles(client, "da lat")[0] == []


@pytest.mark.django_db
def test_linked_provinces_and_topics_are_searchable_and_follow_their_links(client):
    article = make_article("Hội nghị báo cáo viên tháng 11", lead="Thông tin thời sự.", body="<p>Nội dung.</p>")
    assert titles(client, "lam dong")[0] == []
    article.provinces.add(*Province.objects.filter(slug="lam-dong"))
    assert titles(client, "lam dong")[0] == [article.title]
    article.provinces.clear()
    assert titles(client, "lam dong")[0] == []


@pytest.mark.django_db
def test_every_article_with_all_the_words_is_found_and_the_phrase_ranks_first(client):
    apart = make_article("Chi bộ khu phố xây nhà tình nghĩa", lead="Đảng viên góp công dựng lại mái nhà.",
                         body="<p>Công trình hoàn thành trước Tết.</p>")
    phrase = make_article("Một bài khác", lead="Bài viết về nhà tình nghĩa ở xã.", body="<p>Chi bộ khu phố góp sức.</p>")
    found, response = titles(client, "chi bo khu pho nha tinh nghia")
    assert set(found) == {apart.title, phrase.title}
    assert titles(client, "nha tinh nghia")[0][0] == apart.title  # the phrase in the headline first


@pytest.mark.django_db
def test_a_province_named_by_the_query_comes_first_and_is_shown_with_its_link(client):
    noise = make_article("Hà Giang: năm mới, vụ mùa mới", lead="Người dân hà hơi vào tay cho ấm, năm nay trời rét.",
                         publish_at=None)
    real = make_article("Tổng kết năm học ở tỉnh", lead="Ngành giáo dục Hà Nam đạt nhiều thành tích.",
                        provinces=["ha-nam"])
    real.publish_at = noise.publish_at.replace(year=noise.publish_at.year - 1)
    real.save()
    found, response = titles(client, "ha nam")
    assert found == [real.title, noise.title]
    html = response.content.decode()
    assert 'href="/dia-phuong/ha-nam/"' in html
    assert html.index('href="/dia-phuong/ha-nam/"') < html.index(real.title)


@pytest.mark.django_db
def test_a_topic_named_by_the_query_is_shown_with_its_link(client):
    make_article("Nâng cao chất lượng sinh hoạt chi bộ", topics=["xay-dung-dang"])
    response = client.get("/tim-kiem/", {"q": "xay dung dang"})
    assert 'href="/chu-de/xay-dung-dang/"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["tphcm", "TP.HCM", "tp hcm", "thanh pho ho chi minh", "TP. Hồ Chí Minh"])
def test_every_spelling_of_ho_chi_minh_city_finds_every_other(client, query):
    a = make_article("TP.HCM khánh thành cầu mới", lead="Cây cầu nối hai quận.")
    b = make_article("Thành phố Hồ Chí Minh đón khách quốc tế", lead="Lượng khách tăng.")
    c = make_article("TPHCM tổ chức hội chợ", lead="Hội chợ kéo dài một tuần.")
    other = make_article("Học tập tư tưởng Hồ Chí Minh", lead="Chuyên đề năm nay.")
    found, response = titles(client, query)
    assert set(found) == {a.title, b.title, c.title}
    assert other.title not in found
    assert 'href="/dia-phuong/ho-chi-minh/"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "spelled"), [
    ("ubnd tinh", "Ủy ban nhân dân tỉnh"), ("hdnd", "Hội đồng nhân dân"), ("mttq", "Mặt trận Tổ quốc"),
    ("bch tw", "Ban Chấp hành Trung ương"), ("ban chap hanh trung uong", "BCH T.Ư"), ("bchtw", "BCH TW"),
    ("dbscl", "Đồng bằng sông Cửu Long"), ("dong bang song cuu long", "ĐBSCL"), ("bdbp", "Bộ đội Biên phòng"),
    ("bo chqs tinh", "Bộ Chỉ huy Quân sự tỉnh"), ("hoi ccb", "Hội Cựu chiến binh"), ("dbqh", "Đại biểu Quốc hội"),
    ("mttq", "UBMTTQ tỉnh"), ("uy ban mat tran to quoc", "UBMTTQVN"), ("ubmttq", "Ủy ban Mặt trận Tổ quốc"),
    ("hoi lhpn", "HLHPN"), ("pct ubnd", "Phó Chủ tịch Ủy ban nhân dân"), ("ubkt tinh uy", "Ủy ban Kiểm tra Tỉnh ủy"),
    ("so gd&dt", "Sở Giáo dục và Đào tạo"), ("giao duc va dao tao", "Sở GD&ĐT"), ("kt-xh", "kinh tế - xã hội"),
    ("nong nghiep va phat trien nong thon", "Sở NN&PTNT"), ("bch qs xa", "Ban Chỉ huy Quân sự xã"),
    ("btl vung csb 2", "Bộ Tư lệnh Vùng Cảnh sát biển 2"),
    ("ba ria vung tau", "Tỉnh ủy BR-VT"), ("brvt", "Tỉnh ủy Bà Rịa - Vũng Tàu"), ("thua thien hue", "Báo TT-Huế"),
    ("dak lak", "tỉnh Đắc Lắc"), ("kon tum", "Kontum"), ("bcd 35 tinh", "Ban Chỉ đạo 35 tỉnh"),
    ("huv", "Huyện ủy viên"), ("vksnd toi cao", "Viện Kiểm sát Nhân dân tối cao"), ("tand tinh", "Tòa án nhân dân tỉnh"),
    ("vien kiem sat nhan dan", "VKSND"), ("tp vi thanh", "thành phố Vị Thanh"),
    ("tx ky anh", "thị xã Kỳ Anh"),
])
def test_abbreviations_match_their_spelled_out_forms(client, query, spelled):
    article = make_article(f"Hội nghị của {spelled} khóa mới", lead="Khai mạc sáng nay.")
    assert titles(client, query)[0] == [article.title]


@pytest.mark.django_db
def test_a_name_and_a_title_run_together_are_not_read_as_the_short_form_of_a_city(client):
    # "tp" is also "thành phố", but "thanh pho" is read as typed: a name ending in "Thanh" before "Phó Chủ tịch".
    official = make_official("Trịnh Xuân Thanh")
    article = make_article("Làm việc với doanh nghiệp", lead="Ông Trịnh Xuân Thanh, Phó Chủ tịch UBND tỉnh, dự.")
    article.mentions.create(official=official, title_as_printed="Phó Chủ tịch UBND tỉnh")
    parsed = parse_query("trinh xuan thanh pho chu tich ubnd tinh")
    assert [e.name for e in recognise(parsed)[0] if e.kind == "official"] == ["Trịnh Xuân Thanh"]
    assert titles(client, "trinh xuan thanh pho chu tich ubnd tinh")[0] == [article.title]


@pytest.mark.django_db
def test_an_official_named_by_the_query_is_listed_first_and_his_reports_rank_first(client):
    official = make_official("Trần Văn Rón", title="Bí thư Tỉnh ủy")
    filed = make_article("Bầu Bí thư Tỉnh ủy", lead="Hội nghị bầu đồng chí làm Bí thư.", officials=[official])
    make_article("Trận mưa lớn ở Vĩnh Long", lead="Văn bản chỉ đạo chống ngập; nước ròn rã cả đêm.")
    found, response = titles(client, "tran van ron")
    assert found[0] == filed.title
    assert response.context["officials"][0] == official


@pytest.mark.django_db
def test_counts_are_capped_and_said_so(client, monkeypatch):
    for n in range(4):
        make_article(f"Tin tuyên truyền biển đảo số {n}")
    monkeypatch.setattr(results, "COUNT_CAP", 3)
    response = client.get("/tim-kiem/", {"q": "bien dao"})
    assert "Tìm thấy hơn 3 tin bài" in response.content.decode()


@pytest.mark.django_db
def test_search_articles_needs_no_view():
    article = make_article("Ngày hội đại đoàn kết toàn dân tộc")
    assert [a.pk for a in search_articles(Article.objects.published(), parse_query("dai doan ket")).articles] == [
        article.pk
    ]


@pytest.mark.django_db
def test_a_place_of_the_gazetteer_named_by_the_query_comes_before_words_that_fold_the_same(client):
    # The commune Nam Du (Kiên Hải) is no province, topic or official, but it is a name: "Năm Du lịch" only folds
    # to its words. The place has no page, so nothing is shown for it.
    island = make_article("Ngư dân bám biển nhận cờ Tổ quốc", lead="Chuyến tàu kiểm ngư ghé quần đảo Nam Du.",
                          publish_at=timezone.now() - datetime.timedelta(days=30))
    tourism = make_article("Bình Thuận đón Năm Du lịch quốc gia", lead="Nhiều sự kiện văn hóa được tổ chức.")
    found, response = titles(client, "nam du")
    assert found == [island.title, tourism.title]
    assert [e.kind for e in response.context["view"].entities] == ["place"]
    assert response.context["places"] == [] and response.context["topics"] == []


@pytest.mark.django_db
def test_a_place_named_inside_a_persons_name_does_not_count_as_the_place(client):
    # The commune Nam Du, and an official whose name runs on from the same two words: the report that names the
    # place comes first, though the other is newer and names its official in the lead.
    island = make_article("Ngư dân nhận quà Tết", lead="Đoàn công tác đến thăm bà con.",
                          body="<p>Sáng nay, đoàn ghé xã Nam Du trao 200 suất quà.</p>",
                          publish_at=timezone.now() - datetime.timedelta(days=30))
    namesake = make_article("Hội nghị tổng kết công tác", lead="Ông Nam Du Thanh, Trưởng phòng, phát biểu.")
    assert titles(client, "nam du")[0] == [island.title, namesake.title]


def test_a_capitalised_word_against_a_place_makes_it_part_of_a_longer_name():
    def inside(text, name):
        start = text.lower().index(name.lower())
        return results._inside_a_name(text, start, start + len(name))

    assert inside("ông Đồng Văn Thanh phát biểu", "Đồng Văn")  # a given name after it
    assert inside("đồng chí Lương Tam Quang dự", "Tam Quang")  # a family name before it
    assert not inside("Xã Tam Quang có 12 thôn", "Tam Quang")  # a kind word opening the sentence
    assert not inside("UBND Tam Quang họp", "Tam Quang")  # an abbreviation in capitals
    assert not inside("thị xã Vĩnh Châu\n\nỞ mỗi nơi", "Vĩnh Châu")  # the next paragraph's first word
    assert not inside("huyện Đồng Văn, tỉnh Hà Giang", "Đồng Văn")


@pytest.mark.django_db
def test_a_place_written_in_lower_case_is_a_common_word_not_the_place(client):
    # The commune Phong Phú, and "phong phú" (varied) in a newer headline: the report that names the commune comes
    # first, though the other holds the words as a phrase in its headline.
    commune = make_article("Lễ hội xuân ở Tân Lạc", lead="Người dân nô nức về dự.",
                           body="<p>Lễ hội diễn ra tại sân vận động xã Phong Phú.</p>",
                           publish_at=timezone.now() - datetime.timedelta(days=30))
    varied = make_article("Nhiều hoạt động phong phú chào mừng năm mới", lead="Các đoàn thể tổ chức văn nghệ.")
    assert titles(client, "phong phu")[0] == [commune.title, varied.title]


@pytest.mark.django_db
def test_a_place_counts_only_as_the_whole_query_or_after_its_kind_word():
    def names(query):
        return [(e.kind, e.name, e.whole) for e in recognise(parse_query(query))[0]]

    assert names("xa nam du") == [("place", "Nam Du", True)]
    assert names("le hoi dao nam du") == [("place", "Nam Du", False)]
    assert names("nam du kien giang") == [("province", "Kiên Giang", False)]  # two words can be anything
    assert names("la co to quoc") == []  # "cờ Tổ quốc", not the island district Cô Tô
    assert names("kien giang")[0][:2] == ("province", "Kiên Giang")  # the province, not also the town Kiến Giang
    assert len(names("kien giang")) == 1
    # A syllable spelled with "i" or "y" either way is still a place's word, also after a kind word.
    assert names("chi dam") == [("place", "Chí Đám", True)]
    assert names("thi xa ky anh") == [("place", "Kỳ Anh", True)]


@pytest.mark.django_db
def test_a_place_named_under_a_photo_comes_before_words_that_fold_the_same_in_a_headline(client):
    post = make_article("Trao quà Tết cho đồn Biên phòng Yên Khương", lead="Đoàn công tác đến thăm cán bộ, chiến sĩ.")
    roads = make_article("Làm đường vào thôn bản đặc biệt khó khăn", lead="Nhiều tuyến đường được mở mới.",
                         publish_at=timezone.now() - datetime.timedelta(days=30))
    Photo.objects.create(article=roads, caption="Đường bê tông mới ở huyện Chợ Đồn (Bắc Kạn).")
    found, response = titles(client, "cho don")
    assert found == [roads.title, post.title]
    # The snippet shows the place where it is written, under the photo, not "cho" and "đồn" scattered in the story.
    assert "Đường bê tông mới ở huyện <mark>Chợ Đồn</mark> (Bắc Kạn)." in response.content.decode()


@pytest.mark.django_db
def test_the_query_words_scattered_over_a_headline_do_not_count_as_the_headline_holding_them(client):
    # "quả", "trung", "thứ": each word of "qua trung thu" is in the headline, none of them as the query means it.
    scattered = make_article("Tập trung tuyên truyền sâu rộng kết quả đại hội đại biểu toàn quốc lần thứ XI",
                             lead="Các cơ quan báo chí mở chuyên mục.")
    gifts = make_article("Biên phòng tặng học bổng cho học sinh giỏi",
                         lead="Đơn vị trao quà Tết trung thu cho các cháu.",
                         publish_at=timezone.now() - datetime.timedelta(days=30))
    assert titles(client, "qua trung thu")[0] == [gifts.title, scattered.title]



@pytest.mark.django_db
@pytest.mark.parametrize("query", ["thanh pho ho chi minh", "tphcm", "tp hcm", "TP.HCM"])
def test_an_article_filed_under_the_city_is_found_by_any_of_its_names(client, query):
    # The text names no place: the link is all the reader has, and the entity shown says "Thành phố Hồ Chí Minh".
    filed = make_article("Hội nghị báo cáo viên tháng Ba", lead="Khai mạc sáng nay.", provinces=["ho-chi-minh"])
    make_article("Hội nghị báo cáo viên tháng Tư", lead="Khai mạc chiều nay.", provinces=["kien-giang"])
    assert titles(client, query)[0] == [filed.title]


@pytest.mark.django_db
def test_the_database_gathers_the_same_extras_as_python(client):
    from django.db import connection

    from search.vectors import article_extras

    if connection.vendor != "postgresql":
        pytest.skip("newsroom_article_extras() is PostgreSQL's; SQLite uses the Python side only")
    article = make_article("Tin có ảnh", provinces=["ho-chi-minh", "kien-giang"], topics=["bien-dao"])
    Photo.objects.create(article=article, caption="Quang cảnh hội nghị.", credit="Ảnh: Minh Anh", position=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT newsroom_article_extras(%s)", [article.pk])
        assert cursor.fetchone()[0] == article_extras(article)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "slug"), [("brvt", "ba-ria-vung-tau"), ("tt hue", "thua-thien-hue"),
                                             ("daklak", "dak-lak"), ("kontum", "kon-tum")])
def test_a_province_typed_as_its_press_shortens_it_is_shown_as_that_province(client, query, slug):
    _found, response = titles(client, query)
    assert f'href="/dia-phuong/{slug}/"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "written"), [
    ("vung v hai quan", "Vùng 5 Hải quân"), ("vung 5 hai quan", "Vùng V Hải quân"), ("dai hoi 13", "Đại hội XIII"),
    ("quan khu vii", "Quân khu 7"), ("nghi quyet trung uong 4 khoa 12", "Nghị quyết Trung ương 4 khóa XII"),
])
def test_a_unit_or_a_term_numbered_in_digits_or_roman_numerals_is_found_either_way(client, query, written):
    article = make_article(f"{written} tổng kết công tác năm", lead="Hội nghị diễn ra sáng nay.")
    assert titles(client, query)[0] == [article.title]


def test_a_roman_numeral_is_read_as_a_number_only_after_a_word_that_numbers():
    assert ("6",) not in parse_query("vi sao").groups[0]
    assert parse_query("chuong trinh v").groups[-1] == (("v",),)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "written"), [
    ("liet si", "Tri ân các anh hùng liệt sỹ"), ("liet sy", "Tri ân các anh hùng liệt sĩ"),
    ("ki niem 70 nam", "Kỷ niệm 70 năm thành lập"), ("qui dinh moi", "Quy định mới về công tác cán bộ"),
])
def test_a_syllable_spelled_with_i_or_y_is_found_either_way(client, query, written):
    article = make_article(written, lead="Buổi lễ diễn ra trang trọng.")
    assert titles(client, query)[0] == [article.title]


def test_i_and_y_are_one_letter_only_where_they_are_the_whole_vowel():
    assert parse_query("tay ninh").groups[0] == (("tay",),)  # "tai" is another word
    assert parse_query("hy sinh").groups[0] == (("hy",), ("hi",))


@pytest.mark.django_db
def test_the_byline_and_the_source_printed_at_the_end_are_searchable_and_follow_an_edit(client):
    article = make_article("Kỳ họp thứ nhất Hội đồng nhân dân huyện", lead="Khai mạc sáng nay.")
    article.byline, article.source = "Sao Khuê", "Công an thành phố Hà Tĩnh"
    article.save()
    found, response = titles(client, "sao khue")
    assert found == [article.title] and "<mark>Sao Khuê</mark>" in response.content.decode()
    assert titles(client, "cong an thanh pho ha tinh")[0] == [article.title]
    article.byline = "Minh Châu"
    article.save()
    assert titles(client, "sao khue")[0] == []
    assert titles(client, "minh chau")[0] == [article.title]
