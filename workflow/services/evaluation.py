"""Publishing for a measurement that is rolled back: search's judged queries run over the corpus of real reports.

``python manage.py evaluate_search`` imports every report, publishes it and searches it, all inside one
transaction that it rolls back. Nothing of it is ever public or kept, so there is no editor to check, no
revision, no transition line and no mail: only the status and publish times a search needs.
"""

from django.db import connections, transaction
from django.utils import timezone

from articles.models import Article, Status


def articles_publish_for_evaluation(*, publish_times, using="default"):
    """Publish these articles (``{article id: publish time}``, times in the future taken as now), in bulk.

    Refuses to run outside a transaction: what it writes must be rolled back by the caller.
    """
    if not connections[using].in_atomic_block:
        raise RuntimeError("articles_publish_for_evaluation() runs only inside a transaction that is rolled back.")
    now = timezone.now()
    published = 0
    with transaction.atomic(using=using):
        for pk, when in publish_times.items():
            when = min(when or now, now)
            published += Article.objects.using(using).filter(pk=pk).update(
                status=Status.PUBLISHED, publish_at=when, first_published_at=when)
    return published
