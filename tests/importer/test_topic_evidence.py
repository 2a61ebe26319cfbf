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
