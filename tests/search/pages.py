"""What the search page shows, for the ranking tests: the titles of the results in order, and dates in the past."""

import datetime

from django.utils import timezone


def titles(client, q):
    response = client.get("/tim-kiem/", {"q": q})
    assert response.status_code == 200
    return [a.title for a in response.context["articles"]]


def older(days):
    return timezone.now() - datetime.timedelta(days=days)
