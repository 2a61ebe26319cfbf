"""The search evaluation publishes the corpus through the workflow's own bulk service, and only for a
measurement that is rolled back."""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone

from articles.models import Article, Status
from tests.factories import make_article
from workflow.services import articles_publish_for_evaluation


@pytest.mark.django_db
def test_the_evaluation_publishes_drafts_at_their_report_dates_never_in_the_future():
    past, future = make_article("Bản tin cũ", status=Status.DRAFT), make_article("Bản tin mới", status=Status.DRAFT)
    reported = timezone.now() - datetime.timedelta(days=400)
    with transaction.atomic():
        count = articles_publish_for_evaluation(
            publish_times={past.pk: reported, future.pk: timezone.now() + datetime.timedelta(days=3)})
    assert count == 2
    assert set(Article.objects.published().values_list("pk", flat=True)) == {past.pk, future.pk}
    assert Article.objects.get(pk=past.pk).publish_at == reported


@pytest.mark.django_db(transaction=True)
def test_the_evaluation_publish_refuses_to_run_outside_a_transaction():
    draft = make_article("Bản nháp", status=Status.DRAFT)
    with pytest.raises(RuntimeError):
        articles_publish_for_evaluation(publish_times={draft.pk: None})
    assert Article.objects.get(pk=draft.pk).status == Status.DRAFT
