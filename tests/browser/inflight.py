"""Requests the live server is still answering, so that a browser test ends only when none is.

Closing the browser does not stop a request the server is in the middle of (an edit lock's heartbeat, a page's
last fetch). On SQLite that request's reads hold table locks, and the flush between tests then fails with
"database table is locked", leaving the next test a database full of the last one's rows.
"""

import threading

_lock = threading.Lock()
_idle = threading.Condition(_lock)
_active = 0


class RequestsInFlight:
    """Outermost middleware (test settings only): counts the requests being answered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        global _active
        with _lock:
            _active += 1
        try:
            return self.get_response(request)
        finally:
            with _lock:
                _active -= 1
                if not _active:
                    _idle.notify_all()


def wait_until_answered(timeout=15):
    """Block until no request is being answered (or ``timeout`` seconds); True when none is."""
    with _lock:
        return _idle.wait_for(lambda: _active == 0, timeout)
