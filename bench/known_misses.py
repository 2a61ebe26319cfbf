"""Why a page misses its budget, and the plan: written after reading the EXPLAIN of each miss.

The benchmark never loosens a budget; a miss is reported with its reason. Pages not listed here get the
generic text, which names the slowest statement so that the next person knows where to look.
"""

REASONS = {}


def explain(page):
    reason = REASONS.get(page.name)
    if reason:
        return reason
    worst = page.results.get("slowest_sql")
    if worst:
        return f"not yet analysed; slowest statement {worst['ms']:.1f} ms: `{worst['sql'][:120]}`"
    return "not yet analysed"
