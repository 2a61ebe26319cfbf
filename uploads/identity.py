"""Who staged a photo, and which form it waits for: the two keys every read and write of staging checks."""

import re
import secrets
from dataclasses import dataclass

VISITOR_SESSION_KEY = "uploads_visitor"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass(frozen=True)
class Uploader:
    """A signed-in user, or an anonymous visitor known only by a random key in their session.

    The key is ours, not the session's id: the id changes on login and must never be stored in a table.
    """

    user: object = None
    visitor: str = ""

    @property
    def is_anonymous(self):
        return self.user is None

    @classmethod
    def from_request(cls, request, *, create=False):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return cls(user=user)
        visitor = request.session.get(VISITOR_SESSION_KEY, "")
        if not visitor and create:
            visitor = secrets.token_urlsafe(24)
            request.session[VISITOR_SESSION_KEY] = visitor
        return cls(visitor=visitor)


def new_form_token():
    return secrets.token_urlsafe(18)


def valid_form_token(value):
    """``value`` if it looks like a token we issued, else ""; anything else a client sends is not a key."""
    value = value if isinstance(value, str) else ""
    return value if _TOKEN.match(value) else ""


def form_token_from(data, name):
    """The page's token, kept across a refused send (so its staged photos come back), or a new one."""
    return valid_form_token(data.get(name, "") if data is not None else "") or new_form_token()
