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

# The dev split (392 queries over 218 reports) reaches 0.996 recall, 0.995 complete, 0.995 top-filled and 0.999
# nDCG@10; the small margin is for the importer's recognition, which files the reports and which other work keeps
# changing.
RECALL_FLOOR = 0.99
COMPLETE_FLOOR = 0.98
TOP_FILLED_FLOOR = 0.98
NDCG_FLOOR = 0.99
# Misses that are not search's own, with their cause (recognition filing a report wrongly has been one: a report
# under Hải Dương for the oil rig "Hải Dương - 981"). The one below is a report that names neither word of the query
# and that the importer cannot file under the province its place implies: 149 names only "xã Mường Lạn" (a
# commune of Sơn La and of Điện Biên), and no other unit that would tell which.
# Search's own: "qua trung thu". Report 131 holds "Thủ tướng", "Trung ương" and "quà" scattered over its headline
# and lead, which criterion 5 ranks above 139, whose "Trung thu" is in a photo's caption ("Thiếu nhi múa lân đón Tết
# Trung thu", read as the lead until the importer learnt it is a caption). Requiring the words to be near each other
# in headline + lead too, as in the headline, fixed it on dev but cost a held-out query and ranked the test corpus
# of tests/search/corpus.py worse, so it was not kept. "nam du" (the commune, not "Năm Du lịch") was issue 16's.
KNOWN_MISSES = {"son la", "qua trung thu"}


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
