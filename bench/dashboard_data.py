"""The editorial record the dashboard reads, added to a loaded benchmark dataset (issue 8).

The main dataset (``bench/dataset.py``) holds articles but no transition log, and the dashboard's
moderation charts (queue, time to decision per week, share returned, per desk) read that log. This step
writes it in SQL, server-side and seeded (``setseed``), so it is deterministic and takes seconds:

* every published article: submitted 1 to 72 hours before it went live, then published; one in eight was
  first returned for changes a day before that (SUBMIT, RETURN, SUBMIT, PUBLISH);
* every article waiting for moderation: one SUBMIT in the last 30 days;
* three desks (provinces of the north, the south, and the party-building topic) so the per-desk table
  has rows.

It runs once per database: ``bench_meta`` remembers it, independently of the main dataset's fingerprint,
so adding it did not mean loading 110,000 articles again.
"""

import time

MARK = "dashboard_log_v1"
DESKS = {
    "Ban miền Bắc (benchmark)": ("provinces", ["ha-noi", "hai-phong", "quang-ninh", "cao-bang", "son-la"]),
    "Ban miền Nam (benchmark)": ("provinces", ["an-giang", "kien-giang", "can-tho", "ca-mau", "dong-thap"]),
    "Ban Xây dựng Đảng (benchmark)": ("topics", ["xay-dung-dang"]),
}

LOG_SQL = """
SELECT setseed(0.42);
CREATE TEMP TABLE bench_decisions ON COMMIT DROP AS
SELECT a.id, a.publish_at,
       a.publish_at - make_interval(hours => 1 + (random() * 71)::int, mins => (random() * 59)::int) AS submitted,
       random() < 0.125 AS returned_first
FROM articles_article a
WHERE a.status = 'published' AND a.publish_at IS NOT NULL;

INSERT INTO workflow_transition (article_id, actor_name, created_at, action, from_status, to_status, comment, publish_at)
SELECT id, 'Benchmark', submitted - interval '1 day', 'submit', 'draft', 'submitted', '', NULL::timestamptz
FROM bench_decisions WHERE returned_first
UNION ALL
SELECT id, 'Benchmark', submitted - interval '20 hours', 'return', 'submitted', 'draft', 'Cần bổ sung', NULL::timestamptz
FROM bench_decisions WHERE returned_first
UNION ALL
SELECT id, 'Benchmark', submitted, 'submit', 'draft', 'submitted', '', NULL FROM bench_decisions
UNION ALL
SELECT id, 'Benchmark', publish_at, 'publish', 'submitted', 'published', '', publish_at FROM bench_decisions;

INSERT INTO workflow_transition (article_id, actor_name, created_at, action, from_status, to_status, comment, publish_at)
SELECT a.id, 'Benchmark', now() - make_interval(hours => (random() * 720)::int), 'submit', 'draft', 'submitted', '', NULL::timestamptz
FROM articles_article a WHERE a.status = 'submitted';
ANALYZE workflow_transition;
"""


def ensure(cursor, log=print):
    """Add the transition log and desks once; returns the seconds it took, or None when already there."""
    cursor.execute("CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL)")
    cursor.execute("SELECT value FROM bench_meta WHERE key = %s", [MARK])
    if cursor.fetchone():
        return None
    started = time.monotonic()
    log("Adding the editorial record for the dashboard (transition log, desks)…")
    # A bulk insert of some 200,000 rows, not a request: the app's 15 s statement timeout does not apply (it hit on a
    # busy machine). LOCAL: ensure() runs inside the caller's transaction.
    cursor.execute("SET LOCAL statement_timeout = 0")
    cursor.execute("DELETE FROM workflow_transition WHERE actor_name = 'Benchmark'")
    cursor.execute(LOG_SQL)
    from workflow.models import Desk

    for name, (field, slugs) in DESKS.items():
        desk, _created = Desk.objects.get_or_create(name=name)
        related = getattr(desk, field)
        related.set(related.model.objects.filter(slug__in=slugs))
    cursor.execute("SELECT count(*) FROM workflow_transition")
    (rows,) = cursor.fetchone()
    seconds = time.monotonic() - started
    cursor.execute("INSERT INTO bench_meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                   [MARK, f"{rows} transitions in {seconds:.1f} s"])
    log(f"Added {rows:,} transitions and {len(DESKS)} desks in {seconds:.1f} s")
    return seconds
