"""The "Gửi tin bài" limit: SUBMISSION_RATE_LIMIT_PER_HOUR attempts to send per client (core.ratelimit)."""

from django.conf import settings

from core.ratelimit import WINDOW_SECONDS, attempt_allowed

__all__ = ["WINDOW_SECONDS", "attempt"]


def attempt(request):
    """Count one attempt to send; True while the sender is within the hourly limit."""
    return attempt_allowed(request, scope="submissions", per_hour=settings.SUBMISSION_RATE_LIMIT_PER_HOUR)
