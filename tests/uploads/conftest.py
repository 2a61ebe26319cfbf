import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import make_upload

STAGE = reverse("uploads:stage")
TOKEN = "trang-bieu-mau-0001"


def stage(client, *, purpose="submission", upload=None, token=TOKEN):
    """POST one photo to the staging endpoint the way staged-photos.js does."""
    return client.post(STAGE, {"file": upload or make_upload(), "purpose": purpose, "form_token": token})


@pytest.fixture
def reader():
    return Client()


@pytest.fixture
def other_reader():
    return Client()
