"""Search measured on the judged queries over the corpus of real reports (corpus/search_queries.json).

The floors are what the ranking reached on the dev split when they were set (README, "How search ranks"); a
change that makes search worse fails here. SQLite and PostgreSQL must find the same reports: the misses are
named, and they are the same on both.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from importer.management.commands import evaluate_search as evaluate_search_command
from importer.search_evaluation import evaluate_search
from search.evaluation import load_queries

# The dev split (1,028 queries over 548 reports) reaches 1.000 recall, 1.000 complete, 0.995 top-filled and 0.999
# nDCG@10; the small margin is for the importer's recognition, which files the reports and which other work keeps
# changing.
RECALL_FLOOR = 0.99
COMPLETE_FLOOR = 0.99
TOP_FILLED_FLOOR = 0.98
NDCG_FLOOR = 0.99
# Misses, with their cause. "la co to quoc ngu dan": a headline phrase whose judged reports hold the words close
# together in the body, ranked by recency among other reports that hold them within twelve words per query word
# (criterion 6 in buckets: ranking by the exact span instead fixed one and broke another on dev). "nguyen thi huong"
# is two officials' names without diacritics (Hương, Hường), and the newer report names the other one. "duong hoa"
# ("đường hoa", a flower-lined road, in the judged captions) is also the commune Dương Hòa, which a report written
# with its diacritics ranks first by design (criterion 1, as "nam du" is Nam Du). "dai hoi doan" (a Youth Union
# congress) and "phuong chi" (a photographer's credit) hold their words scattered in a headline ("Ngày hội Đại
# đoàn kết", "địa phương … chỉ đạo") of reports ranked above the one that writes them as a phrase in the body.
KNOWN_MISSES = {"la co to quoc ngu dan", "nguyen thi huong", "duong hoa", "dai hoi doan", "phuong chi"}


@pytest.fixture(scope="module")
def dev(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return evaluate_search(split="dev")


def test_the_judged_queries_are_many_and_diacritic_free():
    queries = load_queries(split="all")
    assert len(queries) >= 150
    for entry in queries:
        assert entry["q"].isascii(), entry["q"]
        assert entry["reports"], entry["q"]


@pytest.mark.django_db
def test_search_on_the_dev_split_stays_above_its_floors(dev):
    assert dev.reports == len(list((Path(settings.BASE_DIR) / "corpus" / "reports").glob("*.txt")))
    assert dev.recall >= RECALL_FLOOR
    assert dev.complete >= COMPLETE_FLOOR
    assert dev.top_filled >= TOP_FILLED_FLOOR
    assert dev.ndcg >= NDCG_FLOOR


@pytest.mark.django_db
def test_the_misses_are_the_known_ones_on_either_database(dev):
    misses = {o.query for o in dev.outcomes if not (o.complete and o.top_filled)}
    assert misses <= KNOWN_MISSES


@pytest.mark.django_db
def test_every_report_of_a_name_query_is_found(dev):
    """A query that is a province's or an official's name finds every report that writes it."""
    incomplete = [o.query for o in dev.outcomes if not o.complete and o.query not in KNOWN_MISSES]
    assert incomplete == []


@pytest.mark.django_db
def test_the_command_prints_the_figures_and_the_misses(dev, monkeypatch):
    monkeypatch.setattr(evaluate_search_command, "evaluate_search", lambda queries, split: dev)
    out = io.StringIO()
    call_command("evaluate_search", stdout=out)
    text = out.getvalue()
    assert "nDCG@10" in text and "Độ phủ" in text and f"{len(dev.outcomes)} truy vấn trên {dev.reports} bài" in text
