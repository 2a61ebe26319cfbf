"""Search measured on judged queries over the corpus of real reports (``corpus/search_queries.json``).

Every report of ``corpus/reports`` goes through the real importer and is published by the workflow's bulk
service; since both sit above search, the caller brings the corpus in (``evaluate(publish_corpus=…)``; the
importer's ``importer.search_evaluation`` and the ``evaluate_search`` command do). Each query is then searched
for as the search page does without filters, inside a transaction that is rolled back. Each query lists, judged by hand, the reports it should find.

Figures: **recall** (judged reports found, over all judged), the share of queries that found **every**
judged report, the share whose judged reports **fill the top places** (the first *n* results are the *n*
judged reports, in any order), and **nDCG@10** (binary relevance).

The split follows the reports' own: a query is held out when one of its judged reports is
(``sha256(id) % 4 == 0``), so that tuning on "dev" never looks at a held-out report. That leaves "dev" with
almost no broad query: a province's, a topic's or an abbreviation's judged reports are dozens, one of which is
nearly always held out. **"dev-corpus"** measures them without looking at a held-out report: only the dev
reports are brought in, and every query that judged one of them is asked, its judgment cut to those.
"""

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from articles.models import Article
from search.abbreviations import learned_meanings
from search.entities import recognise
from search.query import parse_query
from search.ranking import search_articles

SPLITS = ("dev", "heldout", "all", "dev-corpus")


def split_of_report(report_id):
    return "heldout" if int(hashlib.sha256(report_id.encode()).hexdigest(), 16) % 4 == 0 else "dev"


def split_of_query(reports):
    return "heldout" if any(split_of_report(r) == "heldout" for r in reports) else "dev"


def default_queries():
    return Path(settings.BASE_DIR) / "corpus" / "search_queries.json"


def load_queries(path=None, *, split="all"):
    data = json.loads(Path(path or default_queries()).read_text(encoding="utf-8"))
    if split == "dev-corpus":
        cut = ({**q, "reports": [r for r in q["reports"] if split_of_report(r) == "dev"]} for q in data["queries"])
        return [q for q in cut if q["reports"]]
    return [q for q in data["queries"] if split == "all" or split_of_query(q["reports"]) == split]


def reports_split(split):
    """Which reports the corpus brings in for ``split``: all, but for "dev-corpus"."""
    return "dev" if split == "dev-corpus" else "all"


@dataclass
class Outcome:
    query: str
    judged: list
    found: list  # report ids in rank order (all results)

    @property
    def found_judged(self):
        return [r for r in self.judged if r in self.found]

    @property
    def complete(self):
        return len(self.found_judged) == len(self.judged)

    @property
    def top_filled(self):
        return set(self.found[:len(self.judged)]) == set(self.judged)

    @property
    def ndcg(self):
        gains = sum(1 / math.log2(i + 2) for i, r in enumerate(self.found[:10]) if r in self.judged)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(10, len(self.judged))))
        return gains / ideal if ideal else 1.0


@dataclass
class SearchEvaluation:
    split: str
    outcomes: list = field(default_factory=list)
    reports: int = 0

    @property
    def recall(self):
        judged = sum(len(o.judged) for o in self.outcomes)
        return sum(len(o.found_judged) for o in self.outcomes) / judged if judged else 1.0

    @property
    def complete(self):
        return _share(o.complete for o in self.outcomes)

    @property
    def top_filled(self):
        return _share(o.top_filled for o in self.outcomes)

    @property
    def ndcg(self):
        return sum(o.ndcg for o in self.outcomes) / len(self.outcomes) if self.outcomes else 1.0

    def table(self):
        return "\n".join([
            f"Phần “{self.split}”: {len(self.outcomes)} truy vấn trên {self.reports} bài.",
            f"  Độ phủ (recall):                           {self.recall:.3f}",
            f"  Truy vấn tìm đủ mọi bài đã chấm:           {self.complete:.3f}",
            f"  Bài đã chấm chiếm trọn các vị trí đầu:     {self.top_filled:.3f}",
            f"  nDCG@10:                                   {self.ndcg:.3f}",
        ])

    def misses(self):
        lines = []
        for o in self.outcomes:
            if o.complete and o.top_filled:
                continue
            missing = [r for r in o.judged if r not in o.found]
            lines.append(f"  “{o.query}”: cần {', '.join(o.judged)}; được {', '.join(o.found[:8]) or '(không có)'}"
                         + (f"; thiếu {', '.join(missing)}" if missing else ""))
        return "\n".join(["Chỗ chưa đạt:", *lines]) if lines else "Không có chỗ nào chưa đạt."


def _share(flags):
    flags = list(flags)
    return sum(flags) / len(flags) if flags else 1.0


def run_queries(queries, report_of):
    outcomes = []
    for entry in queries:
        parsed = parse_query(entry["q"], learned=learned_meanings)
        entities, _ = recognise(parsed)
        results = search_articles(Article.objects.published().filter(pk__in=list(report_of)), parsed,
                                  entities=entities)
        ranked = results.articles
        # The near matches come under the results, as on the search page.
        found = [report_of[a.pk] for a in [*ranked[0:ranked.count()], *(n.article for n in results.near())]]
        outcomes.append(Outcome(entry["q"], list(entry["reports"]), found))
    return outcomes


def evaluate(path=None, *, split="dev", publish_corpus):
    """``publish_corpus(reports_split)`` imports and publishes the reports of that split ("dev" or "all") and
    returns ``{article id: report id}``."""
    queries = load_queries(path, split=split)
    with transaction.atomic():
        report_of = publish_corpus(reports_split(split))
        outcomes = run_queries(queries, report_of)
        transaction.set_rollback(True)
    return SearchEvaluation(split=split, outcomes=outcomes, reports=len(report_of))
