"""Why a page misses its budget, and the plan: written after reading the EXPLAIN ANALYZE and a cProfile of
each page on the 110,000-article dataset (November 2026); pages that pass need none.

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
    "home": (
        "SQL ~15 ms (a 12-part UNION ALL: the 7 newest articles and 4 for each of 11 sections, each part a "
        "short walk of the publish-time index) and ~5 ms of planning it; the rest is Python: building those "
        "12 querysets, 51 articles with their photos and places, and 51 cards with 36 <picture> elements "
        "(now written in Python, ~0.3 ms each). Plan: compile the section query once per set of sections "
        "(only the time changes), and keep each photo's srcset per process instead of per request."
    ),
    "province + topic (xay-dung-dang)": (
        "The page of ids comes from the province listing index (under 1 ms); counting the matches (1,966 "
        "of Kiên Giang's 2,583 articles are on Xây dựng Đảng or a sub-topic) probes the topic links once per "
        "listed article, ~19 ms. Plan: count only up to the pages shown (\"hơn 1.000 tin\") or keep the "
        "count per (province, topic) in the cache under the public-content version."
    ),
    'search "kien giang"': (
        "SQL ~40 ms: a 3-part UNION (title, title+lead, body matches from the GIN indexes with word-pair "
        "lexemes) over the ~7,500 articles that mention Kiên Giang, ranked and counted up to the cap; the "
        "rest is rendering 20 results with highlighted snippets cut from their bodies. Plan: rank within the "
        "newest matches only (a 'more results' link instead of an exact total) and cut snippets from the lead "
        "first."
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
