"""A small, bounded HTTP load generator: N threads, each sending GETs over loopback with http.client.

Bounded in time and in count, so it always stops by itself; it refuses any host that is not loopback.
"""

import http.client
import ipaddress
import threading
import time

MAX_REQUESTS = 20_000


def _check_loopback(host):
    if host == "localhost":
        return
    if not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"Load is only ever sent to this machine (loopback), not to {host}")


def run(host, port, path, *, concurrency, seconds, headers=None, max_requests=MAX_REQUESTS):
    """Returns {"requests", "errors", "seconds", "rps", "statuses"} for ``seconds`` of load on ``path``."""
    _check_loopback(host)
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    totals = {"requests": 0, "errors": 0, "statuses": {}}
    sent = [0]

    def worker():
        connection = None
        while True:
            with lock:
                if sent[0] >= max_requests or time.monotonic() >= deadline:
                    break
                sent[0] += 1
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(host, port, timeout=30)
                connection.request("GET", path, headers={"Host": host, **(headers or {})})
                response = connection.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close" or response.will_close:
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException):
                status = "error"
                if connection is not None:
                    connection.close()
                connection = None
            with lock:
                totals["requests"] += 1
                totals["statuses"][status] = totals["statuses"].get(status, 0) + 1
                if status == "error" or (isinstance(status, int) and status >= 400):
                    totals["errors"] += 1
        if connection is not None:
            connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    elapsed = time.monotonic() - started
    totals["seconds"] = elapsed
    totals["rps"] = totals["requests"] / elapsed if elapsed else 0.0
    return totals
