"""The read replica, run for real: a PostgreSQL streaming replica on this machine, public pages read from it.

`python -m bench.replica` (issue 18: "more than one machine, shown, not only configured"):

1. The primary is the benchmark's cluster (``BENCH_DATABASE_URL``, default 127.0.0.1:5433/newsroom_bench, the
   cluster of ``../shared/bench/lib/pg.sh``) with the dataset loaded. When its pg_hba.conf refuses replication
   connections (that script writes none), the primary's files are first copied with PostgreSQL's low-level
   backup API (``pg_backup_start``, a file copy, ``pg_backup_stop``) into ``$BENCH_WORK/replica-primary``,
   started on 5434 with replication allowed, and that copy is the run's primary: the benchmark's own cluster
   and its configuration are never touched.
2. ``pg_basebackup -R -X stream`` makes the replica in ``$BENCH_WORK/replica``, started on 127.0.0.1:5435 (its
   sockets in /tmp) with the Debian binaries (``PGBIN``, default /usr/lib/postgresql/15/bin).
3. Measures the same public pages (home, a province's list, an article, search) in-process (test client, page
   cache off) and through gunicorn, with ``READ_REPLICA_URL`` and without; shows with the replica's
   ``pg_stat_database`` that public reads went there and that an editor's admin pages did not; pauses the
   replica's replay while the primary writes (lag), and stops the replica in the middle of a load run.
4. Writes ``bench/results/replica-<time>.md``, stops the clusters it started and leaves their directories
   (sizes printed; ``--clean`` removes them).
"""

import argparse
import datetime
import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from bench import compare, http_load, measure, settings_env

PGBIN = Path(os.environ.get("PGBIN", "/usr/lib/postgresql/15/bin"))
PG_OS_USER = os.environ.get("PGUSER_OS", "postgres")
COPY_PORT = 5434
REPLICA_PORT = 5435
PAGES = ("home", "list_province_p1", "article", "search_kien_giang")
MAX_LAG = 3  # seconds: short, so the lag case fits in a few seconds
CHECK_EVERY = 1
SERVER_SETTINGS = "-c shared_buffers=256MB -c hot_standby_feedback=on -k /tmp"


# ------------------------------------------------------------------ clusters
def _as_pg(*command):
    # PostgreSQL refuses to run as root; its files belong to the cluster's system user.
    return ["runuser", "-u", PG_OS_USER, "--", *command] if os.geteuid() == 0 else list(command)


def _run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def psql(port, query, database="postgres"):
    return _run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", database, "-Atc",
                 query]).stdout.strip()


def replication_allowed(port):
    return subprocess.run(["psql", f"host=127.0.0.1 port={port} user=postgres dbname=postgres replication=true",
                           "-c", "IDENTIFY_SYSTEM"], capture_output=True).returncode == 0


def _owned_dir(path):
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(path, PG_OS_USER)
    path.chmod(0o700)
    return path


def pg_ctl(datadir, action, *, port=None, log=None):
    command = [str(PGBIN / "pg_ctl"), "-D", str(datadir), "-w", "-t", "300"]
    if action == "start":
        command += ["-l", str(log), "-o", f"-p {port} {SERVER_SETTINGS}"]
    if action == "stop":
        command += ["-m", "fast"]
    return subprocess.run(_as_pg(*command, action), capture_output=True, text=True)


def copy_primary(port, dest, logs):
    """A consistent copy of the running cluster on ``port``, made with the low-level backup API, started on
    COPY_PORT with replication allowed. The source cluster only sees a checkpoint and a WAL switch."""
    import psycopg2

    source = Path(psql(port, "SHOW data_directory"))
    if dest.exists():
        shutil.rmtree(dest)
    _owned_dir(dest)
    backup = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres")
    backup.autocommit = True
    try:
        with backup.cursor() as cursor:
            cursor.execute("SELECT pg_backup_start('newsroom-replica-bench', true)")
            _run(_as_pg("rsync", "-a", "--exclude=/pg_wal/*", "--exclude=/postmaster.pid",
                        "--exclude=/postmaster.opts", "--exclude=/pg_replslot/*", f"{source}/", f"{dest}/"))
            cursor.execute("SELECT labelfile FROM pg_backup_stop(false)")
            label = cursor.fetchone()[0]
            # Flushes the WAL up to the backup's end; its segment is the last one recovery needs.
            cursor.execute("SELECT pg_walfile_name(pg_switch_wal())")
            end_file = cursor.fetchone()[0]
    finally:
        backup.close()
    start_file = re.search(r"\(file ([0-9A-F]{24})\)", label).group(1)
    (dest / "backup_label").write_text(label)
    # Recycled segments already carry later names: only the backup's range is copied.
    for segment in sorted((source / "pg_wal").iterdir()):
        if re.fullmatch(r"[0-9A-F]{24}", segment.name) and start_file <= segment.name <= end_file:
            shutil.copy2(segment, dest / "pg_wal" / segment.name)
    (dest / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n"
                                      "local replication all trust\nhost replication all 127.0.0.1/32 trust\n")
    if os.geteuid() == 0:
        _run(["chown", "-R", PG_OS_USER, str(dest)])
    started = pg_ctl(dest, "start", port=COPY_PORT, log=logs / "replica-primary.log")
    if started.returncode != 0:
        raise SystemExit(f"The primary's copy did not start: {started.stderr}; see {logs}/replica-primary.log")


def make_replica(primary_port, dest, logs):
    if dest.exists():
        shutil.rmtree(dest)
    _owned_dir(dest)
    _run(_as_pg(str(PGBIN / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(primary_port), "-U", "postgres",
                "-D", str(dest), "-R", "-X", "stream", "-c", "fast"))
    start_replica(dest, logs)


def start_replica(dest, logs):
    started = pg_ctl(dest, "start", port=REPLICA_PORT, log=logs / "replica.log")
    if started.returncode != 0:
        raise SystemExit(f"The replica did not start: {started.stderr}; see {logs}/replica.log")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if psql(REPLICA_PORT, "SELECT status FROM pg_stat_wal_receiver") == "streaming":
                return
        except subprocess.CalledProcessError:
            pass  # still starting up and refusing connections: ask again
        time.sleep(0.5)
    raise SystemExit("The replica is not streaming after 60 s")


def _size(path):
    return _run(["du", "-sh", str(path)]).stdout.split()[0] if path.exists() else "absent"


def db_stats(port, database):
    """Transactions committed and rows fetched in ``database`` so far (None while the server is down)."""
    try:
        xacts, fetched = psql(port, "SELECT xact_commit, tup_fetched FROM pg_stat_database "
                                    f"WHERE datname = '{database}'").split("|")
    except subprocess.CalledProcessError:
        return None
    return int(xacts), int(fetched)


def _delta(before, after):
    if before is None or after is None:
        return "server down"
    return f"+{after[0] - before[0]} transactions, +{after[1] - before[1]} rows fetched"


def _settle():
    time.sleep(1.2)  # backends report their statistics at most once a second


# ------------------------------------------------------------------ in-process measurements
def _page_queries(captured):
    """Queries of the page itself, not the replica's health check (config/routers.py) made during it."""
    from config.routers import LAG_SQL

    probe = {LAG_SQL, "SELECT 0", "SET LOCAL statement_timeout = 2000", "BEGIN", "COMMIT"}
    return sum(1 for query in captured.captured_queries if query["sql"] not in probe)


def time_pages(urls, *, samples, replica):
    """p50/p95 (ms) and queries per alias of each page, with the replica in use or not (page cache off)."""
    from django.db import connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from config.routers import replica_health

    client = Client()
    rows = {}
    with override_settings(READ_REPLICA_ALIAS="replica" if replica else None):
        replica_health.reset()
        for name, url in urls.items():
            for _ in range(measure.WARMUP):
                client.get(url)
            with CaptureQueriesContext(connections["default"]) as primary, \
                    CaptureQueriesContext(connections["replica"]) as standby:
                status = client.get(url).status_code
            # Counted now: the next request's request_started signal empties the query log.
            rows[name] = dict(status=status, primary=len(primary.captured_queries), replica=_page_queries(standby))
            timings = []
            for _ in range(samples):
                start = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
            rows[name].update(p50=measure._percentile(timings, 50), p95=measure._percentile(timings, 95))
    return rows


def editor_reads(urls, database):
    """An editor's admin list and home page: queries per alias, and the replica's counters around them."""
    from django.db import connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings
    from django.urls import reverse

    editor = Client()
    editor.force_login(measure.admin_user())
    rows = {}
    with override_settings(READ_REPLICA_ALIAS="replica"):
        connections["replica"].close()
        _settle()
        before = db_stats(REPLICA_PORT, database)
        for name, url in (("admin article list", reverse("admin:articles_article_changelist")),
                          ("home, logged in", urls["home"])):
            with CaptureQueriesContext(connections["default"]) as primary, \
                    CaptureQueriesContext(connections["replica"]) as standby:
                status = editor.get(url).status_code
            rows[name] = dict(status=status, primary=len(primary.captured_queries),
                              replica=_page_queries(standby))
        _settle()
        after = db_stats(REPLICA_PORT, database)
    return rows, _delta(before, after)


def lag_case(url, primary_port):
    """Replay paused on the replica while the primary commits: the page keeps answering, from the primary once
    the lag passes MAX_LAG, and from the replica again once replay resumes."""
    from django.db import connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from config.routers import replica_health, replica_lag_seconds

    client = Client()
    timeline = []
    with override_settings(READ_REPLICA_ALIAS="replica", READ_REPLICA_MAX_LAG_SECONDS=MAX_LAG,
                           READ_REPLICA_CHECK_SECONDS=CHECK_EVERY):
        replica_health.reset()
        psql(primary_port, "SELECT txid_current()")
        time.sleep(1)
        psql(REPLICA_PORT, "SELECT pg_wal_replay_pause()")
        started = time.monotonic()
        resumed = False
        while time.monotonic() - started < 10:
            elapsed = time.monotonic() - started
            event = "replay paused" if not timeline else ""
            if elapsed > 7 and not resumed:
                psql(REPLICA_PORT, "SELECT pg_wal_replay_resume()")
                resumed, event = True, "replay resumed"
            psql(primary_port, "SELECT txid_current()")  # a commit the paused replica does not replay
            with CaptureQueriesContext(connections["replica"]) as standby:
                status = client.get(url).status_code
            timeline.append(dict(t=elapsed, status=status, lag=replica_lag_seconds("replica"), event=event,
                                 served_by="replica" if _page_queries(standby) else "primary"))
            time.sleep(0.5)
    if not resumed:
        psql(REPLICA_PORT, "SELECT pg_wal_replay_resume()")
    return timeline


# ------------------------------------------------------------------ through gunicorn
def _server(primary_url, replica_url):
    server = measure.Gunicorn(page_cache=False)
    server.env.update(DATABASE_URL=primary_url, GUNICORN_WORKERS="2", GUNICORN_THREADS="4", LOG_LEVEL="WARNING",
                      READ_REPLICA_CHECK_SECONDS="2")
    if replica_url:
        server.env["READ_REPLICA_URL"] = replica_url
    else:
        server.env.pop("READ_REPLICA_URL", None)
    return server


def _load_all(port, urls, seconds, concurrency):
    """All pages at once, ``concurrency`` connections each: {page: outcome} of bench/http_load.py."""
    outcomes = {}

    def one(name, url):
        outcomes[name] = http_load.run("127.0.0.1", port, url, concurrency=concurrency, seconds=seconds)

    threads = [threading.Thread(target=one, args=item) for item in urls.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def throughput(urls, primary_url, replica_url, *, seconds, rounds=2):
    """req/s per page, without and with the replica, alternated ``rounds`` times: on a shared machine the spread
    between rounds says how much of a difference is noise."""
    rows = {}
    for _ in range(rounds):
        for label, url in (("primary only", None), ("with replica", replica_url)):
            with _server(primary_url, url) as server:
                for name, path in urls.items():
                    http_load.run("127.0.0.1", server.port, path, concurrency=2, seconds=0.5)
                    outcome = http_load.run("127.0.0.1", server.port, path, concurrency=4, seconds=seconds)
                    rows.setdefault(name, {}).setdefault(label, []).append(outcome)
    return rows


def replica_stops_mid_run(urls, primary_url, replica_url, database, primary_port, replica_dir, logs, *, seconds):
    """Load on every page; the replica is stopped (fast shutdown) a third of the way in."""
    report = {}
    log_file = settings_env.VAR / "gunicorn.log"
    offset = log_file.stat().st_size if log_file.exists() else 0
    with _server(primary_url, replica_url) as server:
        _load_all(server.port, urls, 1, 1)
        _settle()
        before = (db_stats(primary_port, database), db_stats(REPLICA_PORT, database))
        stopper = threading.Timer(seconds / 3, lambda: report.update(stop=pg_ctl(replica_dir, "stop").returncode,
                                                                      stopped_at=time.monotonic()))
        started = time.monotonic()
        stopper.start()
        report["during"] = _load_all(server.port, urls, seconds, 2)
        stopper.join()
        report["stopped_after"] = report["stopped_at"] - started
        _settle()
        report["during_primary"] = _delta(before[0], db_stats(primary_port, database))
        before_primary = db_stats(primary_port, database)
        report["after"] = _load_all(server.port, urls, 3, 2)
        _settle()
        report["after_primary"] = _delta(before_primary, db_stats(primary_port, database))
        report["after_replica"] = "down" if db_stats(REPLICA_PORT, database) is None else "still answering"
        start_replica(replica_dir, logs)
        time.sleep(3)  # the workers' next check (every 2 s) finds it healthy again
        _settle()
        before_replica = db_stats(REPLICA_PORT, database)
        report["back"] = _load_all(server.port, urls, 3, 2)
        _settle()
        report["back_replica"] = _delta(before_replica, db_stats(REPLICA_PORT, database))
    with open(log_file, "rb") as handle:
        handle.seek(offset)
        log = handle.read().decode(errors="replace").splitlines()
    report["warnings"] = [line for line in log if "Read replica" in line]
    return report


# ------------------------------------------------------------------ report
def _statuses(outcomes):
    total, bad = 0, 0
    for outcome in outcomes.values():
        for status, count in outcome["statuses"].items():
            total += count
            if not (isinstance(status, int) and 200 <= status < 300):
                bad += count
    return total, bad


def write_report(path, *, setup, timings, editors, editors_delta, reads_delta, lag, rps, stop, wall):
    lines = [f"# Read replica run, {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC", "",
             "`python -m bench.replica` (bench/replica.py); the replica is a PostgreSQL 15 streaming replica "
             "(pg_basebackup -R -X stream) on this machine. Page cache off throughout.", ""]
    lines += [f"- {item}" for item in setup]
    lines += ["", "## Public pages in-process (test client, p50/p95 ms; queries on primary / replica)", "",
              "| page | primary only | queries | with replica | queries |", "|---|---|---|---|---|"]
    for name in timings["primary"]:
        a, b = timings["primary"][name], timings["replica"][name]
        lines.append(f"| {name} | {a['p50']:.1f} / {a['p95']:.1f} | {a['primary']} / {a['replica']} | "
                     f"{b['p50']:.1f} / {b['p95']:.1f} | {b['primary']} / {b['replica']} |")
    lines += ["", f"Replica's `pg_stat_database` over the in-process run with the replica: {reads_delta}.", "",
              "## An editor reads from the primary", "", "| page | status | queries on primary | on replica |",
              "|---|---|---|---|"]
    lines += [f"| {name} | {row['status']} | {row['primary']} | {row['replica']} |" for name, row in editors.items()]
    lines += ["", f"Replica's `pg_stat_database` over the editor's requests: {editors_delta} (the measuring "
              "context opens its replica connection, which is the one transaction).", "",
              "## Through gunicorn (2 workers × 4 threads, 4 connections, req/s per round, alternated; errors = "
              "non-2xx)", "", "| page | primary only | with replica |", "|---|---|---|"]

    def cell(outcomes):
        return (", ".join(f"{o['rps']:.1f}" for o in outcomes)
                + f" ({sum(o['errors'] for o in outcomes)} errors)")

    for name, row in rps.items():
        lines.append(f"| {name} | {cell(row['primary only'])} | {cell(row['with replica'])} |")
    total, bad = _statuses(stop["during"])
    after_total, after_bad = _statuses(stop["after"])
    back_total, back_bad = _statuses(stop["back"])
    lines += ["", "## The replica stops in the middle of a load run", "",
              f"All four pages at 2 connections each; `pg_ctl stop -m fast` on the replica "
              f"{stop['stopped_after']:.1f} s into the run (exit status {stop['stop']}).", "",
              f"- during the run: {total} requests, **{bad} non-2xx**; primary {stop['during_primary']}",
              f"- the next 3 s, replica down: {after_total} requests, {after_bad} non-2xx; "
              f"primary {stop['after_primary']}; replica {stop['after_replica']}",
              f"- replica started again, next 3 s: {back_total} requests, {back_bad} non-2xx; "
              f"replica {stop['back_replica']}", "", "Warnings logged by the workers (config.routers):", "", "```",
              *(stop["warnings"] or ["(none found in var/bench/gunicorn.log)"]), "```", "",
              f"## Lag: replay paused on the replica while the primary commits (limit {MAX_LAG} s, "
              f"checked every {CHECK_EVERY} s)", "", "| t (s) | status | replica lag (s) | read from | |",
              "|---|---|---|---|---|"]
    lines += [f"| {row['t']:.1f} | {row['status']} | {row['lag']:.1f} | {row['served_by']} | {row['event']} |"
              for row in lag]
    lines += ["", f"Run time {wall:.0f} s."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=20, help="timed in-process requests per page")
    parser.add_argument("--seconds", type=float, default=5, help="seconds of load per gunicorn run")
    parser.add_argument("--clean", action="store_true", help="remove the replica's directories at the end")
    args = parser.parse_args(argv)
    started = time.monotonic()
    work = compare.bench_work()
    os.environ.setdefault("BENCH_DATABASE_URL", compare.DEFAULT_DATABASE_URL)
    source_url = settings_env.database_url()
    source = urlparse(source_url)
    database = source.path.lstrip("/")
    if not psql(source.port, "SELECT value FROM bench_meta WHERE key = 'fingerprint'", database):
        raise SystemExit(f"{database} on port {source.port} has no loaded dataset yet (bench_meta fingerprint).")
    logs = _owned_dir(work / "replica-logs")
    replica_dir, copy_dir = work / "replica", work / "replica-primary"
    setup = [f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start"]
    primary_port, started_copy = source.port, False
    try:
        if not replication_allowed(source.port):
            print(f"Port {source.port} refuses replication connections (pg_hba.conf); copying it to {COPY_PORT}…",
                  flush=True)
            copy_primary(source.port, copy_dir, logs)
            primary_port, started_copy = COPY_PORT, True
            setup.append(f"the benchmark cluster on {source.port} refuses replication connections (its pg_hba.conf "
                         f"has no `replication` line), so the run's primary is a copy of it made with the "
                         f"low-level backup API, on {COPY_PORT}")
        print(f"Replica: pg_basebackup from {primary_port} into {replica_dir}, started on {REPLICA_PORT}…", flush=True)
        make_replica(primary_port, replica_dir, logs)
        primary_url = source_url.replace(f":{source.port}/", f":{primary_port}/")
        replica_url = source_url.replace(f":{source.port}/", f":{REPLICA_PORT}/")
        setup += [f"primary: {primary_url}", f"replica: {replica_url} (streaming, "
                  f"`{psql(REPLICA_PORT, 'SELECT pg_is_in_recovery()')}` = in recovery)",
                  f"data: {_size(replica_dir)} in the replica's directory"]

        settings_env.apply(page_cache=False)
        os.environ.update(DATABASE_URL=primary_url, READ_REPLICA_URL=replica_url)
        os.chdir(settings_env.ROOT)
        import django

        django.setup()
        urls = {name: url for name, url in compare.project_pages().items() if name in PAGES}
        setup.append("pages: " + ", ".join(f"{name} `{url}`" for name, url in urls.items()))
        print("In-process timings…", flush=True)
        timings = {"primary": time_pages(urls, samples=args.samples, replica=False)}
        _settle()
        before = db_stats(REPLICA_PORT, database)
        timings["replica"] = time_pages(urls, samples=args.samples, replica=True)
        _settle()
        reads_delta = _delta(before, db_stats(REPLICA_PORT, database))
        editors, editors_delta = editor_reads(urls, database)
        print("Lag case…", flush=True)
        lag = lag_case(urls["article"], primary_port)
        from django.db import connections

        connections.close_all()
        print("Through gunicorn…", flush=True)
        rps = throughput(urls, primary_url, replica_url, seconds=args.seconds)
        print("The replica stops mid-run…", flush=True)
        stop = replica_stops_mid_run(urls, primary_url, replica_url, database, primary_port, replica_dir, logs,
                                     seconds=max(args.seconds, 6))
    finally:
        pg_ctl(replica_dir, "stop")
        if started_copy:
            pg_ctl(copy_dir, "stop")
    sizes = f"left {replica_dir} ({_size(replica_dir)})" + (f" and {copy_dir} ({_size(copy_dir)})" if started_copy
                                                            else "")
    if args.clean:
        for directory in (replica_dir, copy_dir):
            shutil.rmtree(directory, ignore_errors=True)
        sizes = "removed the replica's directories"
    setup.append(f"afterwards: clusters stopped, {sizes}")
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d-%H%M")
    path = compare.RESULTS / f"replica-{stamp}.md"
    write_report(path, setup=setup, timings=timings, editors=editors, editors_delta=editors_delta,
                 reads_delta=reads_delta, lag=lag, rps=rps, stop=stop, wall=time.monotonic() - started)
    print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
