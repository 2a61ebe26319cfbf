"""`make bench-compare`: this project side by side with the Wagtail reference site and a bare Django floor.

The reference lives outside the project, in ``../shared/bench`` (read-only; nothing of it is copied here): a
Wagtail 8 news site ("peer-tuned": its listings' prefetching tuned by hand), a bare Django project ("floor":
``/query20/``, one indexed 20-row query, and ``/static20k/``, a fixed 20 KB response), its own PostgreSQL
cluster on 127.0.0.1:5433 and its driver (``driver/bench.py``: gunicorn, wrk, query counts). Without that
folder the command says so and does nothing.

One run:
1. starts the reference's PostgreSQL cluster if it is not running (and stops it again at the end);
2. loads the reference's datasets if they are missing (its ``run.sh`` with ``LOAD_ONLY=1``: about 14 minutes
   at 100,000 articles, most of it the Wagtail search index) and this project's dataset into the same cluster
   (``bench/dataset.py``, database ``newsroom_bench``, reused while the loader and migrations are unchanged);
3. profiles each project page in-process (p50/p95 over timed requests, then cProfile over more of them);
4. runs the driver once over the project, peer-tuned and the floor with the same gunicorn (sync workers,
   the same count), the page cache off, then once more over the project with the page cache on and the
   floor's static20k page;
5. writes ``bench/results/compare-<time>.md`` (ratios and goals) and ``bench/results/compare-<time>/``
   (the driver's results.json, the pages, the profiles), and prints the table.

    make bench-compare
    BENCH_COMPARE_ARGS="--duration 5 --conns 8" make bench-compare
    BENCH_WORK=/work/benchwork .venv/bin/python -m bench.compare    # reuse a cluster loaded there
"""

import argparse
import cProfile
import datetime
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import settings_env

ROOT = settings_env.ROOT
SHARED = Path(os.environ.get("BENCH_SHARED", ROOT.parent / "shared" / "bench"))
RESULTS = ROOT / "bench" / "results"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5433/newsroom_bench"
SKIP_MESSAGE = ("bench-compare skipped: {path} is absent. It holds the reference sites (Wagtail, bare Django) "
                "and the driver this comparison runs; `make bench` measures this project alone.")

# The reference's inputs (its DATASET.md, "Benchmark inputs"): the same province, page, topic and search here.
PROVINCE = "ha-noi"
PROVINCE_PAGE = 20
TOPIC = "kinh-te"
SEARCH = "kien giang"

# Pages compared with the reference (its names), then this project's own pages (issue 17), measured alone.
COMPARED = ("home", "list_province_p1", "list_province_p20", "list_province_topic", "article", "search_kien_giang")
OWN = ("province_index", "topic_index", "topic_page", "official_page")
LIST_PAGES = {"list_province_p1", "list_province_p20", "list_province_topic"}
# Issue 18's goals: × the tuned Wagtail site on the same page, and share of the floor's query20 page.
PEER_GOAL = {name: 5.0 if name.startswith(("list_province", "search")) else 3.0 for name in COMPARED}
FLOOR_GOAL = {name: 0.5 if name in LIST_PAGES else 0.3 for name in COMPARED + OWN}
CACHED_GOAL = 0.9  # cached anonymous pages / the floor's fixed 20 KB response
P95_BUDGET_MS = 50


def shared_bench():
    """The reference folder, or None (with the reason printed) when it is not there."""
    if not (SHARED / "driver" / "bench.py").is_file():
        print(SKIP_MESSAGE.format(path=SHARED))
        return None
    return SHARED


def bench_work():
    # The reference's own default, so that a cluster and data loaded by its run.sh are found again.
    return Path(os.environ.get("BENCH_WORK") or Path(os.environ.get("TMPDIR", "/tmp")) / "newsroom-bench")


# ------------------------------------------------------------------ the project's pages
def article_like_reference():
    """The reference's article page shows its first article with 2 provinces, 3 topics, ≥ 2 officials and
    3 photos; the project shows its first published article of the same shape."""
    from django.db.models import Count, IntegerField, OuterRef, Subquery

    from articles.models import Article, Mention, Photo

    def count(model, **lookup):
        rows = model.objects.filter(**lookup).order_by().values("article_id").annotate(n=Count("*")).values("n")
        return Subquery(rows, output_field=IntegerField())

    return (Article.objects.published()
            .annotate(n_provinces=count(Article.provinces.through, article_id=OuterRef("pk")),
                      n_topics=count(Article.topics.through, article_id=OuterRef("pk")),
                      n_officials=count(Mention, article_id=OuterRef("pk")),
                      n_photos=count(Photo, article_id=OuterRef("pk")))
            .filter(n_provinces=2, n_topics=3, n_officials__gte=2, n_photos=3).order_by("pk").first())


def project_pages():
    """{comparison name: path} for this project, resolved against the loaded dataset."""
    from urllib.parse import urlencode

    from django.db.models import Count
    from django.urls import reverse

    from articles.models import Topic
    from people.models import Official
    from places.models import Province

    province = Province.objects.get(slug=PROVINCE)
    topic = Topic.objects.get(slug=TOPIC)
    article = article_like_reference()
    official = Official.objects.annotate(n=Count("mentions")).order_by("-n", "pk").first()
    province_url = province.get_absolute_url()
    return {
        "home": reverse("articles:home"),
        # A province's list is its own page here (/dia-phuong/<slug>/); the reference filters /news/ by province.
        "list_province_p1": province_url,
        "list_province_p20": f"{province_url}?{urlencode({'page': PROVINCE_PAGE})}",
        "list_province_topic": f"{reverse('articles:list')}?{urlencode({'province': PROVINCE, 'topic': TOPIC})}",
        "article": article.get_absolute_url(),
        "search_kien_giang": f"{reverse('search:search')}?{urlencode({'q': SEARCH})}",
        "province_index": reverse("articles:provinces"),
        "topic_index": reverse("articles:topics"),
        "topic_page": topic.get_absolute_url(),
        "official_page": official.get_absolute_url(),
    }


# ------------------------------------------------------------------ in-process timings and profiles
def profile_pages(pages, outdir, *, samples=30, profiled=20):
    """Per page: p50/p95 of ``samples`` timed requests (test client, DEBUG off, page cache off), then a
    cProfile of ``profiled`` more, written to ``outdir/<page>.txt`` (top functions by own and by total time)."""
    from django.test import Client

    outdir.mkdir(parents=True, exist_ok=True)
    client = Client(HTTP_HOST="localhost")
    timings = {}
    for name, path in pages.items():
        for _ in range(3):  # per-process caches warm, as in a gunicorn worker that has served a few requests
            client.get(path)
        times = []
        for _ in range(samples):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        timings[name] = {"status": response.status_code, "p50_ms": statistics.median(times),
                         "p95_ms": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]}
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(profiled):
            client.get(path)
        profiler.disable()
        text = io.StringIO()
        text.write(f"{name}: {path}\n{profiled} requests profiled in-process (cProfile adds overhead: compare "
                   f"shares, not absolute times); without the profiler p50 {timings[name]['p50_ms']:.1f} ms, "
                   f"p95 {timings[name]['p95_ms']:.1f} ms over {samples} requests.\n\n")
        for order, title in (("tottime", "by own time"), ("cumulative", "by total time (callees included)")):
            text.write(f"==== top 40 {title}\n")
            stats = pstats.Stats(profiler, stream=text)
            stats.strip_dirs().sort_stats(order).print_stats(40)
        (outdir / f"{name}.txt").write_text(text.getvalue(), encoding="utf-8")
        print(f"  {name:<22} p50 {timings[name]['p50_ms']:6.1f} ms  p95 {timings[name]['p95_ms']:6.1f} ms  {path}")
    return timings


def keep_loaded_data(database_url):
    """Set Django up on the loaded dataset as it is: no reload and no migration, even when the loader or a
    migration changed since it was loaded (a reload takes half an hour on a busy machine). Returns a sentence
    for the report saying how the data and the code differ, or None when they match."""
    from bench import run

    settings_env.apply(page_cache=False)
    name = database_url.rsplit("/", 1)[-1]
    stored, current = run._stored(database_url, name), run.dataset_fingerprint()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    call_command("collectstatic", interactive=False, verbosity=0)
    if stored == current:
        return None
    executor = MigrationExecutor(connection)
    pending = [f"{migration.app_label}.{migration.name}"
               for migration, _backwards in executor.migration_plan(executor.loader.graph.leaf_nodes())]
    return (f"--keep-data: the dataset was loaded by another version of the loader or of the migrations "
            f"(fingerprint {stored}, now {current}); used as it is" +
            (f", with these migrations not applied: {', '.join(pending)}." if pending else "."))


# ------------------------------------------------------------------ the driver
def driver_env(base_env, *, page_cache, database_url, work):
    """The driver's environment: the caller's, without Django settings of ours (the reference's sites read
    their own), plus what ``bench.compare_settings`` needs to set up this project in gunicorn."""
    env = {key: value for key, value in base_env.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(BENCH_DATABASE_URL=database_url, BENCH_PAGE_CACHE="1" if page_cache else "0", BENCH_WORK=str(work))
    return env


def driver_command(shared, work, *, n, targets, pages_file, outdir, duration, conns, workers, only=None):
    python = ROOT / ".venv" / "bin" / "python"
    command = [str(work / "venv" / "bin" / "python"), str(shared / "driver" / "bench.py"), "--n", str(n),
               "--targets", targets, "--duration", str(duration), "--conns", conns, "--workers", str(workers),
               "--out", str(outdir), "--pages", str(pages_file),
               "--project-dir", str(ROOT), "--project-wsgi", "bench.compare_wsgi:application",
               "--project-python", str(python if python.exists() else sys.executable),
               "--count-settings", "bench.compare_settings", "--count-pythonpath", str(ROOT)]
    if only:
        command += ["--only", ",".join(only)]
    return command


def run_driver(command, env, log):
    log.write("$ " + " ".join(command) + "\n")
    print("$ " + " ".join(command), flush=True)
    completed = subprocess.run(command, env=env, cwd=command[1].rsplit("/driver/", 1)[0])
    if completed.returncode != 0:
        raise SystemExit(f"The driver failed (exit status {completed.returncode}).")


# ------------------------------------------------------------------ the report
def _rps(results, target, page, conns):
    for result in results["results"]:
        if result["target"] == target:
            return result["pages"].get(page, {}).get(f"c{conns}", {}).get("rps")
    return None


def _entry(results, target, page):
    for result in results["results"]:
        if result["target"] == target:
            return result["pages"].get(page)
    return None


def _fmt(value, digits=1, suffix=""):
    return "—" if value is None else f"{value:,.{digits}f}{suffix}"


def _ratio(a, b):
    return a / b if a and b else None


def _verdict(value, goal):
    if value is None:
        return "—"
    return "met" if value >= goal else "**miss**"


def _page_note(entry):
    if not entry:
        return ""
    queries = entry.get("queries")
    parts = []
    if queries:
        parts.append(f"{queries['queries_repeat']} q")
    parts.append(f"{entry['bytes'] / 1024:.0f} KB")
    if entry.get("status") != 200:
        parts.append(f"HTTP {entry['status']}")
    return ", ".join(parts)


def report_tables(uncached, cached, timings, conns):
    """The markdown tables: compared pages, the project's own pages, the cached run, the search checks."""
    floor = _rps(uncached, "floor", "query20", conns)
    lines = [f"Requests per second at concurrency {conns} (in brackets: SQL queries per repeated request, "
             "response size).", "",
             "| page | this project | Wagtail, tuned | this / Wagtail | goal | this / floor query20 | goal "
             "| p50 / p95 in-process |",
             "|---|---|---|---|---|---|---|---|"]
    for name in COMPARED:
        ours, peer = _rps(uncached, "project", name, conns), _rps(uncached, "peer-tuned", name, conns)
        vs_peer, vs_floor = _ratio(ours, peer), _ratio(ours, floor)
        timing = timings.get(name, {})
        lines.append(
            f"| {name} | {_fmt(ours)} ({_page_note(_entry(uncached, 'project', name))}) "
            f"| {_fmt(peer)} ({_page_note(_entry(uncached, 'peer-tuned', name))}) "
            f"| {_fmt(vs_peer, 2, '×')} | ≥ {PEER_GOAL[name]:.0f}×: {_verdict(vs_peer, PEER_GOAL[name])} "
            f"| {_fmt(vs_floor and 100 * vs_floor, 0, ' %')} "
            f"| ≥ {100 * FLOOR_GOAL[name]:.0f} %: {_verdict(vs_floor, FLOOR_GOAL[name])} "
            f"| {_fmt(timing.get('p50_ms'))} / {_fmt(timing.get('p95_ms'))} ms |")
    lines += ["", f"The floor's query20 page: {_fmt(floor)} req/s; its static20k page: "
              f"{_fmt(_rps(uncached, 'floor', 'static20k', conns))} req/s.", "",
              "This project's own pages (no counterpart in the reference):", "",
              "| page | path | req/s | this / floor query20 | p50 / p95 in-process | p95 ≤ 50 ms |",
              "|---|---|---|---|---|---|"]
    for name in OWN:
        ours = _rps(uncached, "project", name, conns)
        entry = _entry(uncached, "project", name) or {}
        timing = timings.get(name, {})
        lines.append(f"| {name} | `{entry.get('path', '')}` | {_fmt(ours)} ({_page_note(entry)}) "
                     f"| {_fmt(_ratio(ours, floor) and 100 * _ratio(ours, floor), 0, ' %')} "
                     f"| {_fmt(timing.get('p50_ms'))} / {_fmt(timing.get('p95_ms'))} ms "
                     f"| {_verdict(timing.get('p95_ms') and P95_BUDGET_MS / timing['p95_ms'], 1.0)} |")
    if cached:
        static = _rps(cached, "floor", "static20k", conns)
        lines += ["", f"Page cache on (a second driver run: the project, then the floor's fixed 20 KB response, "
                  f"{_fmt(static)} req/s):", "", "| page | req/s | / static20k | goal ≥ 90 % |", "|---|---|---|---|"]
        for name in COMPARED + OWN:
            ours = _rps(cached, "project", name, conns)
            share = _ratio(ours, static)
            lines.append(f"| {name} | {_fmt(ours)} | {_fmt(share and 100 * share, 0, ' %')} "
                         f"| {_verdict(share, CACHED_GOAL)} |")
    lines.append("")
    for result in uncached["results"]:
        for entry in [*result["pages"].values(), *result.get("checks", {}).values()]:
            if "search" in entry:
                found = entry["search"]
                lines.append(f"- Search check, {result['target']} `{entry['path']}`: "
                             f"{'found' if found['found'] else 'NOT FOUND'}, {found['results_mentioning']} of "
                             f"{found['results_on_page']} results on page 1 mention “Kiên Giang”.")
    return "\n".join(lines)


def errors_of(results):
    """Pages that answered anything but 200, or with wrk errors: a ratio over errors would mean nothing."""
    bad = []
    for result in results["results"]:
        for name, entry in result["pages"].items():
            errors = sum(entry.get(key, {}).get("errors", 0) for key in entry if key.startswith("c"))
            if entry.get("status") != 200 or errors:
                bad.append(f"{result['target']} {name}: HTTP {entry.get('status')}, {errors} errors")
    return bad


# ------------------------------------------------------------------ the run
def _pg(shared, work, *args):
    env = dict(os.environ, BENCH_WORK=str(work))
    return subprocess.run(["bash", str(shared / "lib" / "pg.sh"), *args], env=env, capture_output=True, text=True)


def _machine_load():
    with open("/proc/loadavg") as handle:
        return handle.read().strip()


def _busy_processes(limit=6):
    out = subprocess.run(["ps", "-eo", "pcpu,etime,comm", "--sort=-pcpu"], capture_output=True, text=True).stdout
    return "\n".join(out.splitlines()[: limit + 1])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="the reference's dataset size (default 100,000, "
                        "the size of this project's dataset)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page and concurrency")
    parser.add_argument("--conns", default="1,8", help="wrk connection counts; ratios use the largest")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers, the same for every target")
    parser.add_argument("--no-cached", action="store_true", help="skip the run with the page cache on")
    parser.add_argument("--samples", type=int, default=30, help="timed in-process requests per page")
    parser.add_argument("--reload", action="store_true", help="load this project's dataset again")
    parser.add_argument("--keep-data", action="store_true", help="use the loaded dataset as it is, even if the "
                        "loader or a migration changed since (no reload, no migration; the results file says so)")
    parser.add_argument("--note", default="", help="a line for the results file (e.g. what else ran)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    shared = shared_bench()
    if shared is None:
        return 0
    work = bench_work()
    base_env = dict(os.environ)
    os.environ.setdefault("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    database_url = os.environ["BENCH_DATABASE_URL"]
    os.chdir(ROOT)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d-%H%M")
    outdir = RESULTS / f"compare-{stamp}"
    outdir.mkdir(parents=True, exist_ok=True)
    raw = work / "results" / f"compare-{stamp}"
    log = io.StringIO()

    started_pg = _pg(shared, work, "status").returncode != 0
    if started_pg:
        print(_pg(shared, work, "start").stdout.strip())
    try:
        print(f"Reference data (N={args.n}): loading it if missing, ~14 min at 100,000 articles…", flush=True)
        loaded = subprocess.run(["bash", str(shared / "run.sh"), str(args.n)], cwd=shared,
                                env=dict(base_env, BENCH_WORK=str(work), LOAD_ONLY="1", TARGETS="peer-tuned,floor"))
        if loaded.returncode != 0:
            raise SystemExit("Loading the reference's data failed: see the output above.")
        print(f"This project's dataset in {database_url.rsplit('/', 1)[-1]} on the same cluster…", flush=True)
        data_note = None
        if args.keep_data:
            data_note = keep_loaded_data(database_url)
            if data_note:
                print(data_note)
        else:
            from bench import run

            run.prepare(reload=args.reload)  # applies settings_env (page cache off) and sets Django up
        pages = project_pages()
        pages_file = outdir / "pages.json"
        pages_file.write_text(json.dumps(pages, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("In-process timings and profiles (page cache off):", flush=True)
        timings = profile_pages(pages, outdir / "profiles", samples=args.samples)
        from django.db import connections

        connections.close_all()

        load_before = _machine_load()
        busy = _busy_processes()
        conns = max(int(c) for c in args.conns.split(","))
        common = dict(n=args.n, pages_file=pages_file, duration=args.duration, workers=args.workers)
        run_driver(driver_command(shared, work, targets="project,peer-tuned,floor", outdir=raw / "uncached",
                                  conns=args.conns, **common),
                   driver_env(base_env, page_cache=False, database_url=database_url, work=work), log)
        uncached = json.loads((raw / "uncached" / "results.json").read_text())
        cached = None
        if not args.no_cached:
            run_driver(driver_command(shared, work, targets="project,floor", outdir=raw / "cached", conns=str(conns),
                                      only=[*pages, "static20k"], **common),
                       driver_env(base_env, page_cache=True, database_url=database_url, work=work), log)
            cached = json.loads((raw / "cached" / "results.json").read_text())
        load_after = _machine_load()
    finally:
        if started_pg:
            print(_pg(shared, work, "stop").stdout.strip())

    shutil.copy(raw / "uncached" / "results.json", outdir / "results-uncached.json")
    if cached:
        shutil.copy(raw / "cached" / "results.json", outdir / "results-cached.json")
    wall = time.monotonic() - started
    problems = errors_of(uncached) + (errors_of(cached) if cached else [])
    command = "make bench-compare" + (f' BENCH_COMPARE_ARGS="{" ".join(argv or sys.argv[1:])}"'
                                      if (argv or sys.argv[1:]) else "")
    text = "\n".join([
        f"# Side by side: this project, Wagtail (tuned) and bare Django — {stamp} UTC", "",
        f"`{command}` (BENCH_WORK={work}), wall time {wall / 60:.1f} min including loads and profiles. "
        f"N={args.n} for the reference; this project's own dataset of 100,000 published articles "
        f"(`bench/dataset.py`) on the same PostgreSQL cluster (127.0.0.1:5433). {args.workers} gunicorn sync "
        f"workers for every target, wrk -t1, {args.duration} s per page and concurrency ({args.conns}), "
        "page cache off unless said.", "",
        f"Machine: {os.cpu_count()} cores; load average before the driver {load_before}, after {load_after}."
        + (f" {args.note}" if args.note else ""), "",
        *([data_note, ""] if data_note else []),
        "Busiest processes when the driver started:", "", "```", busy, "```", "",
        report_tables(uncached, cached, timings, conns), "",
        *(["Errors (the ratios of these pages mean nothing):", "", *[f"- {p}" for p in problems], ""]
          if problems else []),
        f"Profiles: `bench/results/compare-{stamp}/profiles/<page>.txt`; the project's paths: `pages.json`; the "
        f"driver's output: `results-*.json` (raw wrk output under `{raw}`).", "",
    ])
    path = RESULTS / f"compare-{stamp}.md"
    path.write_text(text, encoding="utf-8")
    print(text)
    print(f"Written to {path.relative_to(ROOT)}; wall time {wall / 60:.1f} min.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
