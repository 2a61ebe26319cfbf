"""Gunicorn settings for `make serve` and for production: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

Every value can be overridden by environment variables, so one file serves a laptop and a server farm.
"""

import multiprocessing
import os


def _int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


# About two workers per core (plus one to cover a worker that is restarting), each with a few threads: with one
# thread a worker is busy for a whole slow request (a photo upload, an admin save), and a load balancer's
# /healthz probe queued behind it times out although the site is up. Threads let the probe, and any short page,
# start at once; the work itself is still bounded by the cores.
workers = _int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
threads = _int("GUNICORN_THREADS", 4)
bind = os.environ.get("GUNICORN_BIND", f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}")
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 20)
keepalive = _int("GUNICORN_KEEPALIVE", 5)

# Recycle workers now and then (with jitter, so they do not all restart together): a slow leak in any
# library then cannot grow a worker past its memory budget.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 200)

# Load Django once in the master; workers share its memory pages copy-on-write.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") != "0"
# Heartbeat files in memory, not on a possibly slow disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# A proxy in front (load balancer, CDN) terminates TLS; trust its X-Forwarded-* only from listed addresses.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
limit_request_line = 8190

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "newsroom"


def post_fork(server, worker):
    # Connections opened in the master before the fork must not be shared by the workers.
    from django.db import connections

    connections.close_all()
