"""Topics in the shapes of reports 1203-1250: the poor and the gift parcels of a Tết programme, which are social work
whoever hands them over; a historic event's anniversary named in the headline (a province's liberation, a victory, an
uprising), which is commemoration, while the same anniversary named as an interview's occasion is not; the defence
sector's name printed without a comma and the apparatus "sắp xếp bộ máy", each one mention; the banners and posters
hung to greet a congress, which are propaganda; an arts programme greeting it, which is culture; a town's urban grade,
which is the economy; the movement of studying Hồ Chí Minh by its older names and directive.

Every sentence here is made up in the shapes the reports use; none is taken from the corpus.
"""

from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicIndex

HCM = 10
TOPICS = [
    (1, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["quốc phòng", "an ninh", "biên giới", "bộ đội"]),
    (2, "xay-dung-dang", "Xây dựng Đảng", ["đảng viên", "Đảng bộ", "nhiệm kỳ", "xây dựng Đảng"]),
    (3, "tuyen-truyen-giao-duc", "Tuyên truyền, giáo dục", ["tuyên truyền", "quán triệt", "báo chí"]),
    (4, "van-hoa-xa-hoi", "Văn hóa, xã hội", ["văn hóa", "dân tộc"]),
    (5, "bien-dao", "Biển, đảo", ["ngư dân", "vùng biển"]),
    (6, "kinh-te", "Kinh tế", ["kinh tế", "hạ tầng"]),
    (7, "xay-dung-chinh-quyen", "Xây dựng chính quyền", ["sáp nhập"]),
    (8, "doi-ngoai", "Đối ngoại", ["đối ngoại"]),
    (HCM, "hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh", "Học tập và làm theo tư tưởng Hồ Chí Minh", ["làm theo Bác"], 2),
]


def _filed(text):
    return [hit.slug for hit in TopicIndex(TOPICS).find(tokenize(text), text=text)]


def _scores(text):
    return {hit.slug: hit.score for hit in TopicIndex(TOPICS).rank(tokenize(text), text=text)}


# --- The poor and the gift parcels ----------------------------------------------------------------------------------


def test_the_poor_and_gift_parcels_of_a_border_post_s_tet_programme_are_social_work_beside_the_border():
    # The border guards run the programme and are named in every line; what they hand over, and to whom, is the
    # social side that editors file beside defence.
    text = ("Ấm áp Xuân Biên phòng ở vùng biên Thạch Bàn\n\n"
            "Ngày 20-1, Đồn Biên phòng Cửa Hà cùng chính quyền xã Thạch Bàn tổ chức chương trình Xuân Biên phòng cho bà "
            "con vùng biên giới.\n\n"
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh nhiều năm nay chăm lo Tết cho người nghèo nơi biên giới.\n\n"
            "Đồn Biên phòng Cửa Hà trao 60 phần quà cho các gia đình khó khăn; cán bộ, chiến sĩ Biên phòng cùng bà con "
            "gói bánh chưng.\n\n"
            "Chương trình giúp người nghèo vùng biên đón Tết đầm ấm.")
    filed = _filed(text)
    assert filed[0] == "quoc-phong-an-ninh"
    assert "van-hoa-xa-hoi" in filed


# --- A historic event's anniversary ---------------------------------------------------------------------------------


def test_a_province_s_liberation_anniversary_in_the_headline_is_commemoration_not_defence():
    # A rally recalling the war names the army it fought with; the anniversary the headline names says what it is.
    text = ("Mít tinh kỷ niệm 50 năm Ngày giải phóng tỉnh Thạch Bàn\n\n"
            "Sáng 30/3, tỉnh Thạch Bàn long trọng mít tinh mừng 50 năm giải phóng quê hương.\n\n"
            "Trong kháng chiến, quân và dân Thạch Bàn góp sức người, sức của cho bộ đội.\n\n"
            "Phát biểu tại buổi lễ, lãnh đạo tỉnh đề nghị giữ vững quốc phòng an ninh.")
    assert _filed(text) == ["van-hoa-xa-hoi"]


def test_an_uprising_s_and_a_victory_s_anniversaries_in_the_headline_are_commemoration_too():
    assert _filed("Dâng hương kỷ niệm 80 năm khởi nghĩa Thạch Bàn\n\nSáng 11/3, đoàn đại biểu tỉnh dâng hương tại "
                  "khu di tích cuộc khởi nghĩa.") == ["van-hoa-xa-hoi"]
    assert _scores("Diễu hành mừng 70 năm chiến thắng Cửa Hà\n\nNgười dân đổ ra phố xem diễu hành.").get(
        "van-hoa-xa-hoi") == TopicIndex.HEADLINE


def test_an_anniversary_named_only_as_an_interview_s_occasion_is_no_topic():
    # "Dịp kỷ niệm 65 năm giải phóng tỉnh, phóng viên trò chuyện với …": the lead names the occasion of something
    # else, and the body recalls the years since in passing; only the headline says a report is the commemoration.
    text = ("Trò chuyện với Bí thư Tỉnh ủy\n\n"
            "Dịp kỷ niệm 65 năm giải phóng tỉnh Thạch Bàn, phóng viên đã trò chuyện với đồng chí Bí thư Tỉnh ủy về "
            "những việc đã làm được.\n\n"
            "Sau 65 năm giải phóng, Đảng bộ tỉnh đã lãnh đạo đảng viên và nhân dân vượt qua khó khăn.")
    assert "van-hoa-xa-hoi" not in _scores(text)


# --- One mention, not two words -------------------------------------------------------------------------------------


def test_the_defence_sector_s_name_without_a_comma_is_one_mention():
    with_comma = _scores("Tin tức trong ngày\n\nHội nghị bàn về kinh tế.\n\nTỉnh giữ vững quốc phòng, an ninh.")
    without = _scores("Tin tức trong ngày\n\nHội nghị bàn về kinh tế.\n\nTỉnh giữ vững quốc phòng an ninh.")
    assert without["quoc-phong-an-ninh"] == with_comma["quoc-phong-an-ninh"] == 1


def test_rearranging_the_apparatus_is_one_mention_of_government_and_leaves_room_for_the_press():
    # A party committee's conference hears reports on its congress, on the apparatus rearranged and on the press:
    # "sắp xếp bộ máy" is one word of government, not two, and the press briefing is filed.
    text = ("Đại hội Đảng bộ tỉnh Thạch Bàn lần thứ XV sẽ diễn ra từ 10 đến 12/10\n\n"
            "Hội nghị nghe báo cáo về công tác đại hội đảng bộ các cấp, việc sắp xếp bộ máy và hoạt động báo chí quý "
            "III.\n\n"
            "Hội nghị báo cáo viên và họp báo tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XV.\n\n"
            "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 có 350 đại biểu; văn kiện và phương án nhân sự đã hoàn thành.\n\n"
            "Về sắp xếp bộ máy, các cơ quan đã đi vào hoạt động ổn định.")
    assert _scores(text)["xay-dung-chinh-quyen"] == TopicIndex.LEAD + 1
    assert _filed(text) == ["xay-dung-dang", "tuyen-truyen-giao-duc"]


# --- Greeting a congress --------------------------------------------------------------------------------------------


def test_banners_and_posters_hung_to_greet_a_congress_are_propaganda():
    text = ("Phố phường rực rỡ chào mừng Đại hội đại biểu Đảng bộ tỉnh Thạch Bàn lần thứ XV, nhiệm kỳ 2025 - 2030\n\n"
            "Băng rôn, pano, áp phích treo kín các tuyến phố chính, làm không khí đón Đại hội thêm náo nức.\n\n"
            "Người dân mong Đại hội thành công, đưa tỉnh phát triển nhanh.")
    assert _filed(text) == ["xay-dung-dang", "tuyen-truyen-giao-duc"]


def test_an_arts_programme_greeting_a_congress_is_culture():
    text = ("Vững niềm tin theo Đảng\n\n"
            "Đại hội đại biểu Đảng bộ tỉnh Thạch Bàn lần thứ XV, nhiệm kỳ 2025 - 2030 đã bế mạc thành công, tiếp thêm "
            "sức cho cán bộ, đảng viên và nhân dân.\n\n"
            "Nghị quyết Đại hội Đảng bộ tỉnh đặt mục tiêu đến năm 2030 Thạch Bàn thành tỉnh khá.\n\n"
            "Chương trình nghệ thuật \"Vững niềm tin theo Đảng\" mừng Đại hội Đảng bộ tỉnh thành công.\n\n"
            "Tối 20/9, chương trình nghệ thuật diễn ra tại Nhà Văn hóa tỉnh, với các diễn viên của Đoàn Ca múa nhạc "
            "tỉnh.")
    assert _filed(text) == ["xay-dung-dang", "van-hoa-xa-hoi"]


# --- A town's urban grade -------------------------------------------------------------------------------------------


def test_a_town_s_urban_grade_is_the_economy():
    text = ("Công bố thành phố Thạch Bàn là đô thị loại II\n\n"
            "Tối 20-9, UBND tỉnh công bố Quyết định của Thủ tướng Chính phủ công nhận thành phố Thạch Bàn là đô thị "
            "loại II.")
    assert "kinh-te" in _filed(text)


# --- Studying and following Hồ Chí Minh, by its older names ---------------------------------------------------------


def test_the_movement_s_older_names_and_directive_say_studying_ho_chi_minh():
    scores = _scores("Khen thưởng 30 tập thể\n\nUBND huyện khen thưởng các tập thể đã làm tốt việc này trong năm "
                     "qua.\n\nCác tập thể được khen vì thực hiện tốt Chỉ thị số 03-CT/TW của Bộ Chính trị.\n\n"
                     "Nhiều đơn vị làm theo lời Bác bằng việc làm cụ thể.")
    assert scores["hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh"] == 2


def test_a_province_s_own_directive_numbered_03_is_not_the_movement():
    assert "hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh" not in _scores(
        "Tin trong tuần\n\nUBND tỉnh ban hành Chỉ thị số 03/CT-UBND về phòng chống cháy rừng.\n\nCác xã triển khai.")


def test_the_movement_s_whole_name_is_one_mention_not_two():
    # "học tập, làm theo tấm gương đạo đức Hồ Chí Minh" names the movement once, however many of its words it holds.
    whole = _scores("Tin tức\n\nHuyện giới thiệu chuyên đề học tập, làm theo tấm gương đạo đức Hồ Chí Minh năm "
                    "nay cho cán bộ.\n\nHội nghị kết thúc lúc 11 giờ.")
    assert whole["hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh"] == TopicIndex.LEAD
