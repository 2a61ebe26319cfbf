"""Captions that are scenes: photo essays of short lines with or without a full stop, credits printed with the kind of
picture or as a bare "Ảnh X", a gallery's credit line at the end, and a paragraph of reported wishes that is not one.
All sentences are made up in the shapes real reports use."""

from importer.recognition.layout import caption_candidates, parse_plain_text, split_credit
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
