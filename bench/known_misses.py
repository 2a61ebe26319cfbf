"""Why a page misses its budget, and the plan: written after reading the EXPLAIN ANALYZE and a cProfile of
each page on the 110,000-article dataset (November 2026).

The benchmark never loosens a budget; a miss is reported with its reason. A page not listed here gets the
generic text, which names its slowest statement so that the next person knows where to look.
"""

_FORMER_UNIT = (
    "Kiên Giang is a former unit (merged into An Giang on 1/7/2025): its newest article is 17 months old, so "
    "PostgreSQL walks the ~28,000 newer published articles newest-first (index-only, one link-table probe "
    "each) before it has 20 of them; the alternative plan (all 2,600 Kiên Giang articles, then sort) is what "
    "it takes for page 50. Neither index can hold both the province and the publication time. Plan: a "
    "denormalised ordering table (province_id, publish_at, article_id), kept by the publish/withdraw "
    "services, or a cap on deep pages with a date filter offered instead."
)

_TEMPLATES = (
    "SQL is under 5 ms; the time is Django template rendering: a list page runs ~265 {% include %}s (each "
    "card includes its picture and meta partials) and renders the filter form's 87 provinces and 30 topics "
    "through form widgets (deep copies included), on a CPU shared with other jobs. Plan: cards as one "
    "template without nested includes, and the filter form's option lists rendered once per public-cache "
    "version (a cached fragment, invalidated by bump_public_cache)."
)

REASONS = {
    "date range (a quarter)": _TEMPLATES,
    "official (most mentioned)": _TEMPLATES,
    "article detail": (
        "Within a few ms of the budget: the detail page's 9 queries take ~15 ms and the template (photos, "
        "mentions, related cards, share links, JSON-LD) the rest. Plan: as for the list pages."
    ),
    "home": (
        "SQL is about 20 ms; the rest is Python: the page renders 51 cards (7 newest + 4 for each of 11 "
        "home sections, ~180 reverse() calls) and builds a 12-part UNION ALL query on every request. Plan: "
        "render each section as a template fragment cached under the public-cache version (invalidated by "
        "bump_public_cache like whole pages), and fewer home sections."
    ),
    "province kien-giang, page 1": _FORMER_UNIT,
    "province kien-giang, page 50": _FORMER_UNIT,
    "province + topic (xay-dung-dang)": (
        "Two link tables to intersect (Xây dựng Đảng with its sub-topics is on 76 % of articles, Kiên Giang on "
        "2.6 %) plus the former-unit walk described for the province page. Plan: as for the province "
        "page; the topic side is already a subquery instead of a DISTINCT over whole rows."
    ),
    'search "kien giang"': (
        "The search (readers' issue) now answers from the GIN indexes with word-pair lexemes: its slowest "
        "statement is a 3-part UNION (title, title+lead, body matches) of 35-50 ms, as ~7,500 articles "
        "mention Kiên Giang; the rest is rendering highlighted snippets. Plan (with the search owner): stop "
        "at the page's 20 rows per rank tier instead of sorting all matches, and a 'more results' link "
        "instead of an exact total."
    ),
    'search "xay dung dang"': (
        "As for \"kien giang\", with more matches: the phrase is in about half of all articles of this "
        "department's archive. Plan: as above."
    ),
    "sitemap of articles, page 1 (2,000 URLs)": (
        "Rendering 2,000 <url> entries in Python (the SQL is an index-only scan of the covering index). "
        "Plan: sections of 1,000 URLs, or sitemap sections per month so each is small and stable."
    ),
    "sitemap of articles, last page": (
        "OFFSET 98,000 on the covering index (index-only, but every skipped entry is still read) plus "
        "rendering 2,000 URLs. Plan: keyset sections per month (sitemap-tin-bai-2024-03.xml), which also "
        "never change once the month is over."
    ),
    "admin article list": (
        "No full-table COUNT any more (pg_class estimate, show_full_result_count off). What is left: the "
        "date hierarchy's DISTINCT over every publish year (an index-only scan of 100,000 entries), the "
        "workflow's per-row annotations, and rendering 50 rows with filters for 87 provinces and 30 topics."
        " Plan: years from min/max of the publish index instead of DISTINCT."
    ),
    "admin list, one province": (
        "The province's articles are counted exactly (a filtered list is what the editor asked for), joined "
        "through the link table, plus the same date hierarchy as the full list. Plan: as for the full list."
    ),
    "moderation queue": (
        "The queue shows every waiting item on one page: 1,000 submissions in this dataset (the article "
        "texts are now left out of the query, but each row is still rendered). Plan (workflow owner): "
        "paginate, 50 per page, the moderator's desk first."
    ),
}


def explain(page):
    reason = REASONS.get(page.name)
    if reason:
        return reason
    worst = page.results.get("slowest_sql")
    if worst:
        return f"not yet analysed; slowest statement {worst['ms']:.1f} ms: `{worst['sql'][:120]}`"
    return "not yet analysed"
