"""One definition of the client's address, behind proxies or not, for every limit that counts per client
(issue 12, finding 10)."""

import re
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.test import RequestFactory
from django.urls import reverse

from core.security import client_ip
from submissions.models import Submission
from tests.submissions.test_form import form_data

FORM = reverse("submissions:form")
PROXY = "10.0.0.2"


def _request(remote=PROXY, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_a_trusted_proxy_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request("203.0.113.5", "198.51.100.1")) == "203.0.113.5"


@pytest.mark.parametrize("count, forwarded, expected", [
    (1, "198.51.100.7", "198.51.100.7"),
    (1, "1.2.3.4, 198.51.100.7", "198.51.100.7"),  # the left entry is the client's own claim
    (2, "1.2.3.4, 198.51.100.7, 10.0.0.9", "198.51.100.7"),  # two proxies: the outer one saw the client
    (1, "1.2.3.4,198.51.100.7 ", "198.51.100.7"),
    (1, "198.51.100.7:51234", "198.51.100.7"),
    (1, "[2001:db8::7]:443", "2001:db8::7"),
    (1, "2001:DB8:0::7", "2001:db8::7"),
])
def test_behind_proxies_the_entry_the_outermost_proxy_wrote_is_used(settings, count, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = count
    assert client_ip(_request(forwarded=forwarded)) == expected


@pytest.mark.parametrize("forwarded", [None, "", "   ", "198.51.100.7", "nonsense", "<script>, 1.2.3.4",
                                       "１.２.３.４", "999.1.1.1"])
def test_a_missing_short_or_mangled_header_falls_back_to_the_socket_address(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(_request(forwarded=forwarded)) == PROXY


def test_every_limit_reads_the_address_through_the_one_definition():
    assert django_settings.AXES_CLIENT_IP_CALLABLE == "core.security.client_ip"
    import submissions.ratelimit

    assert not hasattr(submissions.ratelimit, "client_ip") or submissions.ratelimit.client_ip is client_ip
    root = Path(django_settings.BASE_DIR)
    readers = []
    for path in root.rglob("*.py"):
        relative = path.relative_to(root)
        if relative.parts[0] in {".venv", "tests", "bench", "node_modules"} or relative.as_posix() == "core/security.py":
            continue
        if re.search(r"REMOTE_ADDR|X_FORWARDED_FOR|X-Forwarded-For", path.read_text(encoding="utf-8", errors="ignore")):
            readers.append(relative.as_posix())
    assert readers == [], "read the client's address with core.security.client_ip"


@pytest.mark.django_db
def test_two_readers_behind_one_proxy_are_limited_separately(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 1
    assert client.post(FORM, form_data(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 302
    again = client.post(FORM, form_data(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert again.status_code == 429
    other = client.post(FORM, form_data(title="Tin khác"), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert other.status_code == 302, "one sender does not close the form for everyone behind the proxy"
    assert Submission.objects.count() == 2


@pytest.mark.django_db
def test_a_spoofed_left_entry_does_not_evade_the_limit(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 1
    assert client.post(FORM, form_data(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 302
    for n in range(3):
        # The client sends its own X-Forwarded-For; our proxy appends the address it really came from.
        spoofed = client.post(FORM, form_data(), REMOTE_ADDR=PROXY,
                              HTTP_X_FORWARDED_FOR=f"203.0.113.{n}, 198.51.100.1")
        assert spoofed.status_code == 429
    assert Submission.objects.count() == 1


@pytest.mark.django_db
def test_without_a_trusted_proxy_a_forged_header_does_not_evade_the_limit(client, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 1
    assert client.post(FORM, form_data(), REMOTE_ADDR="203.0.113.9").status_code == 302
    forged = client.post(FORM, form_data(), REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.50")
    assert forged.status_code == 429


@pytest.mark.django_db
def test_one_ipv6_subscriber_cannot_rotate_through_their_own_prefix(client, settings):
    settings.SUBMISSION_RATE_LIMIT_PER_HOUR = 1
    assert client.post(FORM, form_data(), REMOTE_ADDR="2001:db8:1:2::1").status_code == 302
    assert client.post(FORM, form_data(), REMOTE_ADDR="2001:db8:1:2:ffff::9").status_code == 429
    assert client.post(FORM, form_data(), REMOTE_ADDR="2001:db8:1:3::1").status_code == 302


@pytest.mark.django_db
def test_login_throttling_records_the_forwarded_address_behind_a_proxy(client, settings):
    from tests.factories import make_user

    settings.AXES_ENABLED = True
    settings.TRUSTED_PROXY_COUNT = 1
    user = make_user("bientap_proxy")
    client.post(reverse("admin:login"), {"username": user.username, "password": "sai-mat-khau"},
                REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.44")
    assert AccessAttempt.objects.get(username=user.username).ip_address == "198.51.100.44"
