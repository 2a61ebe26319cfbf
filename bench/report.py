"""Write the benchmark's results as a Markdown table: bench/results/<date>.md."""

import datetime
import os
import platform
import subprocess

from bench import settings_env
from bench.measure import RSS_BUDGET_MB

LOAD_BUDGET_SECONDS = 300


def _machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as handle:
            kb = int(handle.readline().split()[1])
            memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{model}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}"


def _versions():
    import django
    import gunicorn
    import psycopg2
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=settings_env.ROOT, capture_output=True,
                                text=True, check=False).stdout.strip() or "unknown"
    except OSError:
        commit = "unknown"
    return (f"Python {platform.python_version()}, Django {django.get_version()}, PostgreSQL {postgres}, "
            f"gunicorn {gunicorn.__version__}, psycopg2 {psycopg2.__version__.split()[0]}, commit {commit}")


def _dataset():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT key, value FROM bench_meta")
        return dict(cursor.fetchall())


def _ms(value):
    return "–" if value is None else f"{value:.1f}"


def _rps(value):
    return "–" if value is None else f"{value:.0f}"


def table(results):
    lines = [
        "| Page | Queries (budget) | p50 ms | p95 ms (budget) | req/s c=1 | req/s c=8 | req/s c=8, page cache on | Result |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for page in results["pages"]:
        r = page.results
        if not page.present:
            lines.append(f"| {page.name} | – | – | – | – | – | – | not present in this build |")
            continue
        if "error" in r:
            lines.append(f"| {page.name} | – | – | – | – | – | – | FAIL: {r['error']} |")
            continue
        cached = _rps(r.get("rps_cached_c8")) if page.kind == "public" else "n/a (editors)"
        lines.append(
            f"| {page.name} | {r['queries']} (≤ {page.query_budget}) | {_ms(r['p50'])} | "
            f"{_ms(r['p95'])} (≤ {page.p95_budget_ms:.0f}){'' if r['samples'] >= results['samples'] else ' ' + str(r['samples']) + ' samples'} | {_rps(r.get('rps_uncached_c1'))} | "
            f"{_rps(r.get('rps_uncached_c8'))} | {cached} | {r['verdict']} |"
        )
    return "\n".join(lines)


def write(results, *, load_seconds, total_seconds):
    meta = _dataset()
    now = datetime.datetime.now().astimezone()
    folder = settings_env.ROOT / "bench" / "results"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{now:%Y-%m-%d}.md"
    run = 2
    while path.exists():  # a second run on the same day is kept beside the first, not over it
        path = folder / f"{now:%Y-%m-%d}-{run}.md"
        run += 1
    load = float(meta.get("load_seconds", "nan"))
    rss = results["peak_rss_mb"]
    misses = [p for p in results["pages"] if p.present and p.results.get("verdict") != "PASS"]
    slow = [p for p in results["pages"] if p.present and p.results.get("slowest_sql")]
    text = [
        f"# Benchmark results, {now:%d/%m/%Y %H:%M %Z}",
        "",
        f"- **Machine:** {_machine()}",
        f"- **Versions:** {_versions()}",
        f"- **Dataset:** {meta.get('counts', '?')}; loaded in {load:.0f} s "
        f"(budget {LOAD_BUDGET_SECONDS} s: {'PASS' if load <= LOAD_BUDGET_SECONDS else 'FAIL'})"
        + (f"; load average {meta['load_average']}" if meta.get("load_average") else "")
        + ("" if load_seconds else " (loaded by an earlier run; same seed and migrations)"),
        "- **Method:** production settings (DEBUG off) on PostgreSQL. Queries and server time: Django's test "
        f"client in-process, page cache off, {results['samples']} timed requests per page after "
        f"3 warm-up requests. Throughput: gunicorn with `config/gunicorn.conf.py` ({results['workers']} sync "
        f"workers) over loopback, {results['http_seconds']:.0f} s per page and concurrency, page cache off "
        "(and on, for the last column). The machine is shared with other work (load average "
        f"{results['load_average']}, on {os.cpu_count()} cores): every figure includes waiting for a CPU.",
        f"- **Memory:** peak gunicorn worker RSS {rss:.0f} MB (budget < {RSS_BUDGET_MB} MB: "
        f"{'PASS' if rss < RSS_BUDGET_MB else 'FAIL'})",
        f"- **Overall:** {'PASS' if results['all_pass'] and load <= LOAD_BUDGET_SECONDS else 'FAIL'}; "
        f"run took {total_seconds / 60:.1f} min",
        "",
        table(results),
        "",
    ]
    if misses:
        text += ["## Misses", ""]
        from bench.known_misses import explain

        for page in misses:
            text.append(f"- **{page.name}** ({page.results.get('verdict')}): {explain(page)}")
        text.append("")
    if slow:
        text += ["## Slowest SQL statement per page (one request)", "", "| Page | ms | SQL (start) |", "|---|---|---|"]
        for page in slow:
            worst = page.results["slowest_sql"]
            sql = worst["sql"].replace("|", "\\|").replace("\n", " ")[:160]
            text.append(f"| {page.name} | {worst['ms']:.1f} | `{sql}` |")
        text.append("")
    path.write_text("\n".join(text), encoding="utf-8")
    return path
