"""Captions that are scenes: photo essays of short lines with or without a full stop, credits printed with the kind of
picture or as a bare "Ảnh X", a gallery's credit line at the end, and a paragraph of reported wishes that is not one.
All sentences are made up in the shapes real reports use."""

from importer.recognition.layout import caption_candidates, caption_score, parse_plain_text, split_credit
from importer.recognition.layout.captions import photo_series

LEAD = (
    "Sáng 14/3, huyện miền núi tổ chức lễ hội xuống đồng đầu năm với nhiều nghi thức cổ truyền, thu hút đông đảo "
    "người dân và du khách gần xa về dự, cầu cho một năm mưa thuận gió hòa, mùa màng bội thu."
)
STORY = (
    "Theo ban tổ chức, lễ hội năm nay có thêm phần thi dệt vải, giã gạo và kéo co giữa các thôn, bên cạnh gian "
    "hàng giới thiệu sản phẩm nông nghiệp tiêu biểu của các hợp tác xã trong huyện."
)


def _captions(text):
    return [p.text for p in parse_plain_text(text).captions]


def test_a_run_of_short_unpunctuated_scene_lines_is_a_photo_essay():
    scenes = [
        "Đoàn rước đi qua cổng làng Hạ Thôn",
        "Thanh niên trong thôn khiêng kiệu lên đường từ đình làng",
        "Người dân thắp hương trước đình Thượng",
    ]
    text = "\n\n".join(["Lễ hội xuống đồng", LEAD, *scenes, STORY])
    assert _captions(text) == scenes


def test_the_lines_of_a_photo_essay_are_printed_alike():
    # Two unpunctuated lines and one full-stopped line are not one run of three.
    lines = ["Đoàn rước đi qua cổng làng Hạ Thôn", "Thanh niên khiêng kiệu ra đồng.", "Nghi lễ trước giờ xuống đồng"]
    assert photo_series([LEAD, *lines, STORY]) == set()
    alike = [*lines[:1], "Thanh niên khiêng kiệu ra đồng", lines[2]]
    assert photo_series([LEAD, *alike, STORY]) == {1, 2, 3}


def test_bylines_and_labels_at_the_end_are_not_part_of_a_photo_essay():
    # Names and a page's labels have no lower-case word: not a scene, they end the run.
    assert photo_series([LEAD, "Đoàn rước đi qua cổng làng", "Hoàng Minh - Thu Trang", "Tin Mới"]) == set()


def test_two_short_lines_are_not_a_series_and_a_subheading_stays_in_the_body():
    text = "\n\n".join(["Lễ hội xuống đồng", LEAD, "Giữ gìn nét đẹp truyền thống", STORY,
                       "Phát huy giá trị di sản", STORY.replace("năm nay", "mọi năm")])
    assert _captions(text) == []


def test_a_credit_naming_the_kind_of_picture_gives_the_photographer():
    assert split_credit("Đại biểu bỏ phiếu bầu Ban Chấp hành tại đại hội. Ảnh tư liệu: Minh Khôi") == (
        "Đại biểu bỏ phiếu bầu Ban Chấp hành tại đại hội.", "Ảnh: Minh Khôi")
    assert split_credit("Quang cảnh lễ khánh thành cây cầu mới. (Ảnh minh họa: Lan Chi)") == (
        "Quang cảnh lễ khánh thành cây cầu mới.", "Ảnh: Lan Chi")


def test_a_bare_credit_after_the_full_stop_is_split_only_when_it_is_a_name():
    assert split_credit("Các đại biểu dự lễ công bố tại điểm cầu của tỉnh. Ảnh QNTV.") == (
        "Các đại biểu dự lễ công bố tại điểm cầu của tỉnh.", "Ảnh: QNTV")
    text = "Người dân treo cờ trước cửa nhà. Ảnh đẹp nhất năm."
    assert split_credit(text) == (text, "")


def test_a_gallery_credit_line_at_the_end_is_the_byline_not_a_caption():
    scenes = ["Đoàn rước đi qua cổng làng Hạ Thôn", "Thanh niên trong thôn khiêng kiệu lên đường từ đình làng",
              "Người dân thắp hương trước đình Thượng"]
    parsed = parse_plain_text("\n\n".join(["Lễ hội xuống đồng", LEAD, *scenes, "Ảnh: Minh Hà -TTXVN"]))
    assert parsed.byline == "Ảnh: Minh Hà -TTXVN"
    assert [p.text for p in parsed.captions] == scenes
    assert all(not p.credit for p in parsed.captions)


def test_reported_wishes_are_the_story_not_a_caption():
    wish = ("Đồng chí bày tỏ mong muốn các cơ quan báo chí tiếp tục đồng hành, đưa tin về những đổi thay "
            "của vùng cao và cùng tỉnh vượt qua khó khăn trong giai đoạn tới")
    text = "\n\n".join(["Gặp mặt báo chí", LEAD, "Chủ tịch UBND tỉnh Trần Văn Bình tặng hoa chúc mừng Báo Xuân.",
                       wish, STORY])
    assert wish not in _captions(text)


def test_suggestions_read_a_photo_essay_and_skip_numbered_alternative_text():
    scenes = ["Đoàn rước đi qua cổng làng Hạ Thôn", "Thanh niên khiêng kiệu ra đồng", "Nghi lễ trước giờ xuống đồng"]
    offered = {index for index, _score, _reasons in caption_candidates([LEAD, *scenes, STORY])}
    assert offered >= {1, 2, 3}
    alt = "Lễ hội xuống đồng ở vùng cao ảnh {}"
    texts = [LEAD, alt.format(1), STORY, alt.format(2), STORY]
    offered = {index for index, _score, _reasons in caption_candidates(texts)}
    assert offered.isdisjoint({1, 3})


# --- Round two: credits that outweigh a line's shape, lines that echo the story, lines that are the story ---------

MEETING = (
    "Sáng 9/5, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận sáu tháng đầu năm, đánh giá kết quả phong trào "
    "dân vận khéo ở các xã và bàn nhiệm vụ của những tháng cuối năm, với sự tham dự của đại diện các ban, ngành."
)
SPEECH = (
    "Báo cáo tại hội nghị cho thấy các xã đã vận động nhân dân hiến đất làm đường, sửa nhà văn hóa thôn và giữ gìn "
    "vệ sinh môi trường, tạo chuyển biến rõ trong nếp sống ở khu dân cư, nhất là tại các thôn vùng cao của huyện."
)


def test_a_photo_credit_keeps_a_caption_that_opens_with_a_date_or_a_place():
    dated = "Chiều 12-3, người dân xã Nậm Khao nhận cây giống từ đoàn công tác của huyện - Ảnh: HOÀNG LONG"
    placed = "Tại buổi gặp mặt (Ảnh: baotinh.vn)"
    text = "\n\n".join(["Hội nghị dân vận", MEETING, dated, SPEECH, placed, SPEECH.replace("cho thấy", "nêu")])
    parsed = parse_plain_text(text)
    assert [(p.text, p.credit) for p in parsed.captions] == [
        ("Chiều 12-3, người dân xã Nậm Khao nhận cây giống từ đoàn công tác của huyện", "Ảnh: HOÀNG LONG"),
        ("Tại buổi gặp mặt", "Ảnh: baotinh.vn")]


def test_a_credit_printed_with_a_full_stop_in_brackets_is_split():
    assert split_credit("Đồng chí Lò Văn Tuấn tặng quà nhà chùa (Ảnh. Minh Đức)") == (
        "Đồng chí Lò Văn Tuấn tặng quà nhà chùa", "Ảnh: Minh Đức")
    text = "Đồng chí Lò Văn Tuấn tặng quà nhà chùa (Ảnh. tư liệu cũ của nhà chùa)"
    assert split_credit(text) == (text, "")


def test_a_short_line_repeating_the_paragraph_above_is_its_picture():
    line = "Hội nghị sơ kết công tác dân vận sáu tháng đầu năm"
    text = "\n\n".join(["Hội nghị dân vận", MEETING, line, SPEECH])
    assert _captions(text) == [line]


def test_a_subheading_that_opens_a_new_section_stays_in_the_body():
    heading = "Phát huy vai trò người có uy tín"
    text = "\n\n".join(["Hội nghị dân vận", MEETING, SPEECH, heading, SPEECH.replace("các xã", "các bản")])
    assert _captions(text) == []


def test_the_line_under_a_photo_file_name_is_its_caption():
    line = "Thanh niên tình nguyện sửa đường vào bản."
    text = "\n\n".join(["Hè tình nguyện", MEETING, "a1b2c3d4-0f9e-4d2b-9e51-77aa00bb11cc.jpeg", line, SPEECH])
    assert _captions(text) == [line]
    plain, _ = caption_score(line, previous=MEETING, following=SPEECH)
    under_file, reasons = caption_score(line, previous=MEETING, following=SPEECH, after_picture_file=True)
    assert under_file == plain + 1 and "dưới tên tệp ảnh" in reasons


def test_the_story_retelling_the_caption_just_above_it_is_not_a_second_caption():
    caption = "Ông Phan Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, dự, chỉ đạo Đại hội Đảng bộ huyện Mường Tè"
    retold = "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phan Văn Hòa đến dự và chỉ đạo Đại hội Đảng bộ huyện."
    text = "\n\n".join(["Đại hội Đảng bộ huyện", MEETING, caption, retold, SPEECH])
    assert _captions(text) == [caption]


def test_a_line_bringing_in_a_speaker_whose_words_the_next_paragraph_gives_is_the_story():
    opening = "Ông Lê Quang Vinh, Bí thư Huyện ủy Mường Tè nhiệm kỳ 2020-2025, đọc diễn văn khai mạc Đại hội."
    words = ("Ông Lê Quang Vinh cho rằng Đại hội cần nhìn thẳng vào những việc chưa làm được trong nhiệm kỳ qua, "
             "chỉ rõ nguyên nhân và đề ra những giải pháp sát với thực tế của địa phương trong những năm tới.")
    text = "\n\n".join(["Đại hội Đảng bộ huyện", MEETING, opening, words, SPEECH])
    assert _captions(text) == []
    # The same line is a caption when the story names the person afresh after it.
    afresh = "Phát biểu khai mạc, Bí thư Huyện ủy Lê Quang Vinh đề nghị các đại biểu dân chủ, thẳng thắn góp ý."
    caption = opening.replace("đọc diễn văn khai mạc Đại hội", "phát biểu tại Đại hội")
    assert _captions("\n\n".join(["Đại hội Đảng bộ huyện", MEETING, caption, afresh + " " + SPEECH])) == [caption]


def test_a_paragraph_going_on_from_the_last_one_is_not_a_caption():
    went_on = "Cũng dịp này, Bí thư Huyện đoàn Trần Thu Hà đến xã Pa Vệ Sử trao quà cho 40 hộ nghèo."
    text = "\n\n".join(["Quà Tết", MEETING, "Phó Chủ tịch UBND huyện Lò Văn Sáu trao quà Tết tới bà con.",
                       went_on, SPEECH])
    assert went_on not in _captions(text)


def test_a_paragraph_of_a_story_s_length_is_not_offered_on_weak_evidence():
    long_line = ("Đơn vị phối hợp cùng Hội Nông dân xã trao cờ cho ngư dân địa phương, qua đó động viên, khích lệ bà con "
                 "yên tâm bám biển, vươn khơi, góp phần giữ vững chủ quyền biển, đảo thiêng liêng của Tổ quốc nơi tuyến đầu")
    assert all(index != 2 for index, _s, _r in caption_candidates([MEETING, SPEECH, long_line, SPEECH]))


def test_lines_repeating_the_headline_with_a_bare_number_are_the_pages_alt_text():
    headline = "Phó Chủ tịch tỉnh dự Lễ khánh thành cầu dân sinh vùng biên"
    captions = ["Phó Chủ tịch tỉnh cắt băng khánh thành cầu.", "Phó Chủ tịch tỉnh phát biểu."]
    text = "\n\n".join([headline, LEAD, f"{headline} 1", captions[0], f"{headline} 3", captions[1], STORY])
    parsed = parse_plain_text(text)
    assert [p.text for p in parsed.captions] == captions
    # The alternative text is neither a caption nor the caption's retelling: the line under it is read on its own.
    assert f"{headline} 3" in [p.text for p in parsed.body_paragraphs]


def test_a_headline_cut_short_before_the_number_is_still_the_alt_text():
    headline = "Phó Chủ tịch tỉnh dự Lễ khánh thành cầu dân sinh vùng biên giới phía Bắc"
    cut = "Phó Chủ tịch tỉnh dự Lễ khánh thành cầu dân sinh vùng biên"
    text = "\n\n".join([headline, LEAD, f"{cut} 2", "Phó Chủ tịch tỉnh cắt băng khánh thành cầu.", STORY])
    assert _captions(text) == ["Phó Chủ tịch tỉnh cắt băng khánh thành cầu."]


def test_a_caption_ending_in_a_number_that_is_not_the_headline_stays_a_caption():
    line = "Ông Trần Văn Bình trao quà cho các hộ nghèo ở thôn 5"
    text = "\n\n".join(["Lễ hội xuống đồng", LEAD, line, STORY])
    assert _captions(text) == [line]


def test_a_bracketed_position_at_the_edge_or_alone_marks_a_picture():
    for position in ("(bìa phải)", "(bìa trái)", "(phải)", "(giữa)"):
        line = f"Phó Bí thư Tỉnh ủy – Lê Văn An {position} trao quà tượng trưng cho đại diện các gia đình chính sách"
        score, reasons = caption_score(line, previous=LEAD, following=STORY)
        assert "chỉ vị trí trong ảnh" in reasons and "từ ngữ tường thuật" not in reasons, position


def test_pinning_a_badge_is_a_photos_moment():
    line = "Bí thư Đảng ủy xã Phạm Văn Tâm gắn huy hiệu Đảng cho các đảng viên lão thành."
    text = "\n\n".join(["Trao huy hiệu Đảng", LEAD, line, STORY])
    assert _captions(text) == [line]


def test_two_credited_captions_and_the_story_s_next_short_sentence_are_no_photo_essay():
    text = "\n\n".join([
        "Hội nghị tổng kết công tác mặt trận năm 2025",
        "Sáng 15/1/2026, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác năm 2025.",
        "Quang cảnh hội nghị. (Ảnh: Minh Anh)",
        "Đại biểu biểu quyết thông qua chương trình công tác năm 2026. (Ảnh: Thu Hà)",
        "Hội nghị đánh giá công tác mặt trận của tỉnh có nhiều chuyển biến tích cực.",
    ])
    parsed = parse_plain_text(text)
    assert [c.text for c in parsed.captions] == [
        "Quang cảnh hội nghị.", "Đại biểu biểu quyết thông qua chương trình công tác năm 2026."]
