"""How much staging one uploader may hold. Settings override each default (UPLOADS_…)."""

from django.conf import settings

DEFAULTS = {
    # An anonymous reader fills one "Gửi tin bài" form of five photos, and may change their mind a few times.
    "UPLOADS_VISITOR_MAX_FILES": 12,
    "UPLOADS_VISITOR_MAX_BYTES": 40 * 1024 * 1024,
    "UPLOADS_VISITOR_ATTEMPTS_PER_HOUR": 30,
    # All anonymous staging together: a crowd of fresh sessions still cannot fill the disk.
    "UPLOADS_VISITORS_TOTAL_BYTES": 1024 * 1024 * 1024,
    # Editors are trusted, but a stuck script should not be able to stage without end either.
    "UPLOADS_USER_MAX_FILES": 200,
}


def limit(name):
    return getattr(settings, name, DEFAULTS[name])
