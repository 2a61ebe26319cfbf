"""Measurements: in-process (queries, server time with the page cache off) and through gunicorn (throughput,
worker memory)."""

import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

from bench import http_load, pages, settings_env

RSS_BUDGET_MB = 150
WARMUP = 3
PAGE_SECONDS = 20
MIN_SAMPLES = 5


def _percentile(values, pct):
    ordered = sorted(values)
    if not ordered:
        return None
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def admin_user():
    from django.contrib.auth import get_user_model

    from bench.dataset import BENCH_ADMIN

    return get_user_model().objects.get(username=BENCH_ADMIN)


def in_process(page_list, *, samples):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    anonymous = Client()
    editor = Client()
    editor.force_login(admin_user())
    for page in page_list:
        if not page.present:
            continue
        client = editor if page.kind == "admin" else anonymous
        before = page.before or (lambda: None)
        try:
            for _ in range(WARMUP):
                response = client.get(page.url)
            before()
            with CaptureQueriesContext(connection) as captured:
                response = client.get(page.url)
            # Read now: the next request's request_started signal empties the query log.
            queries = list(captured.captured_queries)
            timings = []
            deadline = time.monotonic() + PAGE_SECONDS
            # A page slow enough to exhaust the time box is far over budget; a few samples say so.
            while len(timings) < samples and (len(timings) < MIN_SAMPLES or time.monotonic() < deadline):
                before()
                start = time.perf_counter()
                client.get(page.url)
                timings.append((time.perf_counter() - start) * 1000)
        except Exception as exc:  # a page that crashes is a result to report, not a reason to stop
            page.results["error"] = f"{type(exc).__name__}: {exc}"[:200]
            continue
        page.results.update(
            samples=len(timings), status=response.status_code, bytes=len(response.content), queries=len(queries),
            p50=statistics.median(timings), p95=_percentile(timings, 95),
            slowest_sql=_slowest(queries),
        )
        print(f"  {page.name:<38} {response.status_code} {len(queries):>3} queries "
              f"p50 {page.results['p50']:6.1f} ms  p95 {page.results['p95']:6.1f} ms")


def _slowest(captured):
    if not captured:
        return None
    worst = max(captured, key=lambda q: float(q.get("time") or 0))
    return {"ms": float(worst.get("time") or 0) * 1000, "sql": worst["sql"][:300]}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def _rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class Gunicorn:
    """gunicorn with the repository's config file, on a free loopback port, its workers' RSS sampled."""

    def __init__(self, *, page_cache):
        self.port = _free_port()
        self.env = {**os.environ, **settings_env.environment(page_cache=page_cache),
                    "GUNICORN_BIND": f"127.0.0.1:{self.port}", "GUNICORN_ACCESS_LOG": "",
                    "GUNICORN_LOG_LEVEL": "warning"}
        self.peak_rss = {}
        self._stop = threading.Event()

    def __enter__(self):
        command = [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"]
        self.log = open(settings_env.VAR / "gunicorn.log", "ab")
        self.process = subprocess.Popen(command, cwd=settings_env.ROOT, env=self.env, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            self.__exit__(None, None, None)
            raise RuntimeError("gunicorn did not answer /healthz within 60 s; see var/bench/gunicorn.log")
        self.sampler = threading.Thread(target=self._sample, daemon=True)
        self.sampler.start()
        return self

    def _sample(self):
        while not self._stop.wait(0.25):
            for child in _children(self.process.pid):
                rss = _rss_mb(child)
                if rss is not None:
                    self.peak_rss[child] = max(self.peak_rss.get(child, 0), rss)

    @property
    def workers(self):
        return len(_children(self.process.pid))

    def __exit__(self, *exc):
        self._stop.set()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def _session_cookie():
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    user = admin_user()
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def through_gunicorn(page_list, *, seconds, page_cache):
    cookie = _session_cookie()
    column = "cached" if page_cache else "uncached"
    concurrencies = (8,) if page_cache else (1, 8)
    with Gunicorn(page_cache=page_cache) as server:
        workers = server.workers
        for page in page_list:
            if not page.present or "error" in page.results or (page_cache and page.kind == "admin"):
                continue
            headers = {"Cookie": cookie} if page.kind == "admin" else {}
            http_load.run("127.0.0.1", server.port, page.url, concurrency=2, seconds=0.5, headers=headers)
            for concurrency in concurrencies:
                outcome = http_load.run("127.0.0.1", server.port, page.url, concurrency=concurrency,
                                        seconds=seconds, headers=headers)
                page.results[f"rps_{column}_c{concurrency}"] = outcome["rps"]
                page.results[f"errors_{column}_c{concurrency}"] = outcome["errors"]
            print(f"  {page.name:<38} " + "  ".join(
                f"c{c}: {page.results[f'rps_{column}_c{c}']:6.1f} req/s" for c in concurrencies))
    return {"workers": workers, "peak_rss_mb": max(server.peak_rss.values(), default=0.0)}


def run(*, samples, http_seconds, only=()):
    page_list = pages.build()
    if only:
        page_list = [p for p in page_list if any(o.lower() in p.name.lower() for o in only)]
    load_before = os.getloadavg()[0]
    print("In-process, page cache off, DEBUG off:")
    in_process(page_list, samples=samples)
    load_after = os.getloadavg()[0]
    print("Through gunicorn, page cache off:")
    uncached = through_gunicorn(page_list, seconds=http_seconds, page_cache=False)
    print("Through gunicorn, page cache on (anonymous pages):")
    cached = through_gunicorn(page_list, seconds=http_seconds, page_cache=True)
    peak = max(uncached["peak_rss_mb"], cached["peak_rss_mb"])
    for page in page_list:
        page.results["verdict"] = verdict(page)
    all_pass = all(p.results["verdict"] == "PASS" for p in page_list if p.present) and peak < RSS_BUDGET_MB
    return {"pages": page_list, "workers": uncached["workers"], "peak_rss_mb": peak, "all_pass": all_pass,
            "samples": samples, "http_seconds": http_seconds,
            "load_average": f"{load_before:.1f} before and {load_after:.1f} after the in-process timings"}


def verdict(page):
    if not page.present:
        return "not present"
    result = page.results
    if "error" in result:
        return "FAIL"
    if result.get("status") != 200:
        return f"FAIL (HTTP {result.get('status')})"
    failures = []
    if result["queries"] > page.query_budget:
        failures.append("queries")
    if result["p95"] > page.p95_budget_ms:
        failures.append("p95")
    if any(result.get(key) for key in result if key.startswith("errors_")):
        failures.append("HTTP errors")
    return "PASS" if not failures else "FAIL (" + ", ".join(failures) + ")"
