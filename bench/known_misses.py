"""Why a page misses its budget, and the plan: written after reading the EXPLAIN ANALYZE and a cProfile of
each page on the 110,000-article dataset (November and December 2026); pages that pass need none.

The benchmark never loosens a budget; a miss is reported with its reason. A page not listed here gets the
generic text, which names its slowest statement so that the next person knows where to look.
"""

_DASHBOARD_YEAR = (
    "A year holds ~20,000 decisions: pairing each with the submission it answers (a correlated look-up on "
    "the transition log) and giving it its desks takes ~300 ms in one pass; the coverage aggregates over "
    "~20,000 articles take ~150 ms more. The default period (30 days) passes cold. Plan: keep per-day "
    "figures for finished days (the transition log only grows at its end) so a year is 365 small rows, not "
    "20,000 decisions."
)

REASONS = {
    'search "kien giang"': (
        "SQL ~20 ms: one candidate query (the phrase and all-words parts look among the newest 3,000 published "
        "articles first, with the GIN index of word-pair lexemes; linked articles by walking recent ones), then "
        "~5 ms building it in the ORM, ~10 ms ranking 150-250 candidates and the first page in full, ~8 ms of "
        "template (most of it the shared filter form). Under a load average of 2-5 p95 is 67-150 ms; on a quiet "
        "machine about half of that. Plan: a narrow search table owned by the search app (measured: newest 100 "
        "phrase matches 12 ms instead of 64-135 ms) and the filter form's options rendered once per change."
    ),
    'search "xay dung dang"': (
        "As for \"kien giang\", with more matches: the phrase is in about half of this department's archive. "
        "Plan: as above."
    ),
    "dashboard, year, cold": _DASHBOARD_YEAR,
    "dashboard, year, figures expired": _DASHBOARD_YEAR,
}


def explain(page):
    reason = REASONS.get(page.name)
    if reason:
        return reason
    worst = page.results.get("slowest_sql")
    if worst:
        return f"not yet analysed; slowest statement {worst['ms']:.1f} ms: `{worst['sql'][:120]}`"
    return "not yet analysed"
