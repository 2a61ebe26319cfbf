"""The benchmark, in one command: `make bench` (or `.venv/bin/python -m bench.run`).

1. Creates the PostgreSQL database `newsroom_bench` (BENCH_DATABASE_URL to change it), migrates it, collects
   static files.
2. Loads the seeded dataset (bench/dataset.py) unless the same dataset is already there (--reload forces it).
3. Measures every page in bench/pages.py: SQL queries per request, p50/p95 server time with the page cache
   off (in-process Django test client, DEBUG off), requests per second through gunicorn over loopback at
   concurrency 1 and 8, and the gunicorn workers' peak RSS.
4. Writes bench/results/<date>.md with the machine, the versions, and PASS/FAIL against every budget.
"""

import argparse
import hashlib
import os
import sys
import time

from bench import settings_env


def _connect(url, dbname):
    from urllib.parse import urlparse

    import psycopg2

    parsed = urlparse(url)
    conn = psycopg2.connect(host=parsed.hostname or "127.0.0.1", port=parsed.port or 5432,
                            user=parsed.username or "postgres", password=parsed.password or None, dbname=dbname)
    conn.autocommit = True
    return conn


def _stored(url, name):
    """The fingerprint the last complete load left, or None (no database, no load, interrupted load)."""
    import psycopg2

    try:
        conn = _connect(url, name)
    except psycopg2.OperationalError:
        return None
    try:
        with conn.cursor() as cursor:
            cursor.execute("SELECT to_regclass('bench_meta') IS NOT NULL")
            if not cursor.fetchone()[0]:
                return None
            cursor.execute("SELECT value FROM bench_meta WHERE key = 'fingerprint'")
            row = cursor.fetchone()
            return row[0] if row else None
    finally:
        conn.close()


def ensure_database(url, *, fingerprint, reload):
    """A database holding this dataset and schema: kept when its fingerprint matches, else made anew (an
    edited migration is only applied to a fresh database)."""
    from urllib.parse import urlparse

    name = urlparse(url).path.lstrip("/")
    fresh = reload or _stored(url, name) != fingerprint
    conn = _connect(url, "postgres")
    with conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        exists = cursor.fetchone() is not None
        if exists and fresh:
            cursor.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = False
        if not exists:
            cursor.execute(f'CREATE DATABASE "{name}"')
            print(f"Created database {name}")
    conn.close()
    return fresh


def dataset_fingerprint():
    """Seed, sizes, the loader (with the workflow's bulk service, which writes the articles' status and record)
    and every migration file's text: any change means a fresh database."""
    from bench import dataset

    parts = [str(dataset.SEED), str(dataset.PUBLISHED), str(dataset.DRAFTS), str(dataset.OFFICIALS)]
    files = sorted(settings_env.ROOT.glob("*/migrations/*.py")) + [
        settings_env.ROOT / "bench" / "dataset.py", settings_env.ROOT / "bench" / "corpus.py",
        settings_env.ROOT / "workflow" / "services" / "bulk.py"]
    digest = hashlib.sha256("|".join(parts).encode())
    for path in files:
        digest.update(str(path.relative_to(settings_env.ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def stored_fingerprint(cursor):
    cursor.execute("CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL)")
    cursor.execute("SELECT value FROM bench_meta WHERE key = 'fingerprint'")
    row = cursor.fetchone()
    return row[0] if row else None


def prepare(*, reload=False):
    settings_env.apply(page_cache=False)
    fingerprint = dataset_fingerprint()
    fresh = ensure_database(settings_env.database_url(), fingerprint=fingerprint, reload=reload)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    print("Migrating and collecting static files…")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    from bench import dataset

    if not fresh:
        print("Dataset already loaded (same seed, sizes, loader and migrations); --reload to load it again.")
        return None
    print(f"Loading the dataset ({dataset.PUBLISHED:,} published + {dataset.DRAFTS:,} drafts)…")
    load_before = os.getloadavg()[0]
    counts, seconds = dataset.load()
    # The machine may be shared: the load average says how much of it the load had.
    load_average = f"{load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, {os.cpu_count()} cores"
    with connection.cursor() as cursor:
        stored_fingerprint(cursor)
        cursor.execute("INSERT INTO bench_meta VALUES ('fingerprint', %s), ('load_seconds', %s), ('counts', %s), "
                       "('load_average', %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                       [fingerprint, f"{seconds:.1f}", repr(counts), load_average])
    print(f"Loaded in {seconds:.1f} s: {counts}")
    return seconds


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reload", action="store_true", help="load the dataset again even if it is there")
    parser.add_argument("--load-only", action="store_true", help="prepare the database and stop")
    parser.add_argument("--samples", type=int, default=40, help="timed requests per page (in-process)")
    parser.add_argument("--http-seconds", type=float, default=4.0, help="seconds of load per page and concurrency")
    parser.add_argument("--pages", default="", help="comma-separated page names to measure (default: all)")
    args = parser.parse_args(argv)
    os.chdir(settings_env.ROOT)
    started = time.monotonic()
    try:
        load_seconds = prepare(reload=args.reload)
    except Exception as exc:  # noqa: BLE001 - e.g. PostgreSQL restarted by another job mid-load: try once more
        from django.db import connections

        print(f"Loading failed ({type(exc).__name__}: {str(exc).strip()[:200]}); starting again.")
        connections.close_all()
        load_seconds = prepare(reload=True)
    from django.db import connection, transaction

    from bench import dashboard_data

    with transaction.atomic(), connection.cursor() as cursor:
        dashboard_data.ensure(cursor)
    if args.load_only:
        return 0
    from bench import measure, report

    results = measure.run(samples=args.samples, http_seconds=args.http_seconds,
                          only=[p for p in args.pages.split(",") if p])
    path = report.write(results, load_seconds=load_seconds, total_seconds=time.monotonic() - started)
    print(f"Results written to {path.relative_to(settings_env.ROOT)}")
    print(path.read_text(encoding="utf-8"))
    return 0 if results["all_pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
