"""A parent topic is filed on words of its own, never on its sub-topics' words alone.

Every sentence and score here is made up for these tests, none is taken from the corpus.
"""

from importer.recognition.tokens import tokenize
from importer.recognition.topics import TopicHit, TopicIndex

TOPICS = [
    (1, "dang", "Đảng", ["chi bộ"]),
    (2, "phan-bac", "Phản bác", ["luận điệu sai trái"], 1),
    (3, "bac", "Theo Bác", ["gương Bác"], 1),
    (4, "xa-hoi", "Xã hội", ["hộ nghèo"]),
]


def _chosen(text):
    index = TopicIndex(TOPICS)
    return [hit.slug for hit in index.find(tokenize(text), text=text)]


def test_a_parent_with_no_words_of_its_own_is_not_filed_on_its_sub_topics_words():
    text = "Một ngày ở xóm núi\n\nCả xóm nghe kể về gương Bác.\n\nCó người nói tới luận điệu sai trái."
    assert "dang" not in _chosen(text)


def test_a_parent_with_enough_words_of_its_own_stays_beside_its_sub_topic():
    ranked = [TopicHit(1, "dang", "Đảng", (), 20, own=8), TopicHit(3, "bac", "Theo Bác", (), 12, parent=1)]
    assert [hit.id for hit in TopicIndex(TOPICS).choose(ranked)] == [1, 3]


def test_a_topic_without_sub_topics_is_chosen_as_before():
    ranked = [TopicHit(4, "xa-hoi", "Xã hội", (), 9), TopicHit(1, "dang", "Đảng", (), 4, own=4)]
    assert [hit.id for hit in TopicIndex(TOPICS).choose(ranked)] == [4, 1]


# --- Supporting words and evidence kept to one paragraph ----------------------------------------------------------

GENRE_TOPICS = [
    (10, "xay-dung-dang", "Xây dựng Đảng", ["chi bộ"]),
    (11, "quoc-phong-an-ninh", "Quốc phòng, an ninh", ["dân quân"]),
    (12, "kinh-te", "Kinh tế", ["kinh tế", "tăng trưởng", "nông nghiệp"]),
]


def _filed(text, topics=GENRE_TOPICS):
    return [hit.slug for hit in TopicIndex(topics).find(tokenize(text), text=text)]


def test_a_bare_congress_of_another_body_is_not_party_building():
    text = ("Đại hội Hội Nông dân xã Hòa Lâm\n\nSáng nay, đại hội Hội Nông dân xã họp phiên thứ nhất.\n\n"
            "Đại hội bàn cách giữ gìn đồng ruộng; dân quân xã trực bảo vệ đại hội.")
    assert "xay-dung-dang" not in _filed(text)


def test_a_congress_counts_for_party_building_beside_a_word_of_its_own():
    text = ("Đại hội chi bộ thôn Hòa Lâm\n\nSáng nay, đại hội chi bộ thôn họp phiên thứ nhất.\n\n"
            "Đại hội bàn cách giữ gìn đồng ruộng.")
    assert _filed(text)[0] == "xay-dung-dang"


def test_an_editors_keyword_never_needs_support():
    topics = [(10, "xay-dung-dang", "Xây dựng Đảng", ["đại hội"]), GENRE_TOPICS[1]]
    text = "Đại hội Hội Nông dân xã Hòa Lâm\n\nSáng nay, đại hội họp phiên thứ nhất."
    assert _filed(text, topics) == ["xay-dung-dang"]


def _congress(results):
    body = "\n\n".join(["Chi bộ thôn bầu cấp ủy mới."] + results)
    return f"Đại hội chi bộ thôn Hòa Lâm\n\nSáng nay, đại hội chi bộ thôn Hòa Lâm họp.\n\n{body}"


def test_results_in_one_paragraph_of_a_congress_report_do_not_file_a_second_topic():
    text = _congress(["Năm năm qua kinh tế tăng trưởng khá, nông nghiệp được mùa, nông nghiệp và kinh tế hộ vững."])
    assert _filed(text) == ["xay-dung-dang"]


def test_the_same_words_across_paragraphs_file_a_second_topic():
    text = _congress(["Năm năm qua kinh tế tăng trưởng khá, nông nghiệp được mùa.", "Nông nghiệp và kinh tế hộ vững."])
    assert _filed(text) == ["xay-dung-dang", "kinh-te"]


def test_a_topic_the_lead_names_keeps_its_body_paragraph():
    text = _congress(["Năm năm qua kinh tế tăng trưởng khá, nông nghiệp được mùa, nông nghiệp và kinh tế hộ vững."])
    text = text.replace("thôn Hòa Lâm họp.", "thôn Hòa Lâm họp bàn kinh tế.")
    assert _filed(text) == ["xay-dung-dang", "kinh-te"]
