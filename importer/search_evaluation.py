"""Search measured on the corpus: the importer brings the reports in, the workflow publishes them, search is asked.

Search sits below the importer and the workflow, so it cannot bring the corpus in itself; this module, on the
importer's floor, hands ``search.evaluation.evaluate`` the function that does.
"""

from django.utils import timezone

from importer.evaluation import import_reports, load_corpus
from search import evaluation
from search.vectors import article_index_refresh
from workflow.services import articles_publish_for_evaluation


def publish_corpus(split="all", *, home_from_outlet=False):
    """Import the reports of ``split`` and publish them; ``{article id: report id}``. Call inside a rolled-back
    transaction. ``home_from_outlet``: as ``importer.evaluation.import_reports``."""
    report_of, publish_times = {}, {}
    for item in import_reports(load_corpus(split=split), home_from_outlet=home_from_outlet):
        if item.article is None:
            continue
        published = item.report.annotation.get("published")
        publish_times[item.article.pk] = (
            timezone.make_aware(timezone.datetime.fromisoformat(published)) if published else None)
        report_of[item.article.pk] = item.report.id
    # Status is written only by workflow.services: this one publishes in bulk, for a measurement rolled back.
    articles_publish_for_evaluation(publish_times=publish_times)
    article_index_refresh(article_ids=list(report_of))
    return report_of


def evaluate_search(path=None, *, split="dev", home_from_outlet=False):
    return evaluation.evaluate(path, split=split,
                               publish_corpus=lambda reports: publish_corpus(reports, home_from_outlet=home_from_outlet))
