"""The anonymous staging limit: UPLOADS_VISITOR_ATTEMPTS_PER_HOUR staging attempts per client (core.ratelimit)."""

from core.ratelimit import WINDOW_SECONDS, attempt_allowed
from uploads.limits import limit

__all__ = ["WINDOW_SECONDS", "attempt"]


def attempt(request):
    """Count one anonymous staging attempt; True while the sender is within the hourly limit."""
    return attempt_allowed(request, scope="uploads", per_hour=limit("UPLOADS_VISITOR_ATTEMPTS_PER_HOUR"))
