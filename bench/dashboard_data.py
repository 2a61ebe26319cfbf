"""The desks the editors' dashboard groups its figures by (issue 8), added to a loaded benchmark dataset.

The dashboard's moderation charts (queue, time to decision per week, share returned, per desk) read the
transition log. The log comes with the dataset: ``bench/dataset.py`` hands every published or waiting
article's past to the workflow's bulk service (``workflow.services.articles_import_history``), the one writer
of status and record, while it loads (every published article submitted 1 to 72 hours before it went live,
one in eight returned first; every article waiting for moderation submitted once). This step adds three desks
(provinces of the north, the south, and the party-building topic) so the per-desk table has rows.

It runs once per database: ``bench_meta`` remembers it.
"""

import time

MARK = "dashboard_desks_v2"
DESKS = {
    "Ban miền Bắc (benchmark)": ("provinces", ["ha-noi", "hai-phong", "quang-ninh", "cao-bang", "son-la"]),
    "Ban miền Nam (benchmark)": ("provinces", ["an-giang", "kien-giang", "can-tho", "ca-mau", "dong-thap"]),
    "Ban Xây dựng Đảng (benchmark)": ("topics", ["xay-dung-dang"]),
}


def ensure(cursor, log=print):
    """Add the desks once; returns the seconds it took, or None when already there."""
    cursor.execute("CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value text NOT NULL)")
    cursor.execute("SELECT value FROM bench_meta WHERE key = %s", [MARK])
    if cursor.fetchone():
        return None
    started = time.monotonic()
    log("Adding the dashboard's desks…")
    from workflow.models import Desk, Transition

    for name, (field, slugs) in DESKS.items():
        desk, _created = Desk.objects.get_or_create(name=name)
        related = getattr(desk, field)
        related.set(related.model.objects.filter(slug__in=slugs))
    rows = Transition.objects.count()
    cursor.execute("ANALYZE workflow_transition")
    seconds = time.monotonic() - started
    cursor.execute("INSERT INTO bench_meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                   [MARK, f"{len(DESKS)} desks over {rows} transitions in {seconds:.1f} s"])
    log(f"Added {len(DESKS)} desks over {rows:,} transitions in {seconds:.1f} s")
    return seconds
