"""Hypothesis fuzzing of every public URL, query parameter and form field.

Bounded so that the whole suite stays under a minute: ``FUZZ_MAX_EXAMPLES`` (default 20 per test) examples,
no per-example deadline (a shared CI machine has slow moments), no example database written into the tree.
"""

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_MAX_EXAMPLES", "20")),
    deadline=None,
    database=None,
    # The Django client and database fixtures are reused across examples on purpose: requests are independent.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile("fuzz")

REQUESTS = Counter()


@pytest.fixture
def count_request(request):
    name = request.node.name

    def count():
        REQUESTS[name] += 1

    return count


def pytest_terminal_summary(terminalreporter):
    if REQUESTS:
        terminalreporter.write_line(
            f"fuzzing: {sum(REQUESTS.values())} requests over {len(REQUESTS)} tests "
            f"(max {FUZZ.max_examples} examples each)"
        )


@pytest.fixture
def site_content(db):
    """A little published content so that lists, filters and detail pages have something to render."""
    from tests.factories import make_article, make_document, make_official, make_photo, make_topic

    official = make_official("Lại Xuân Môn", title="Phó Trưởng ban Thường trực", organisation="Ban Tuyên giáo Trung ương")
    document = make_document("21-KL/TW")
    topic = make_topic("Chủ đề thử nghiệm")
    article = make_article("Đảng bộ tỉnh Kiên Giang xây dựng Đảng", provinces=["kien-giang"],
                           topics=[topic, "xay-dung-dang"], officials=[(official, "Ủy viên Trung ương Đảng")])
    article.documents.add(document)
    make_photo(article)
    for number in range(3):
        make_article(f"Tin địa phương số {number}", provinces=["an-giang"], topics=["xay-dung-dang"])
    return {"article": article, "official": official, "document": document, "topic": topic}
