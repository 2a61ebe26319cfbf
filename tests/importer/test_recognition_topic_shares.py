"""How many topics a report is filed under: editors file most reports under one or two, so a third topic needs
clearly more of the best topic's evidence than a second one does.

Every score here is made up for these tests, none is taken from the corpus.
"""

from importer.recognition.topics import TopicHit, TopicIndex


def _chosen(*scores):
    ranked = [TopicHit(n, f"t{n}", f"Chủ đề {n}", (), score) for n, score in enumerate(scores, start=1)]
    return [hit.id for hit in TopicIndex([]).choose(ranked)]


def test_a_third_topic_at_two_fifths_of_the_best_is_left_as_a_suggestion():
    assert _chosen(20, 12, 8) == [1, 2]


def test_a_third_topic_near_half_of_the_best_is_filed():
    assert _chosen(20, 12, 9) == [1, 2, 3]


def test_a_second_topic_needs_less_than_a_third():
    assert _chosen(20, 8) == [1, 2]
