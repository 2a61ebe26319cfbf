"""What a match must hold, written for both databases.

Clauses: all must hold; each is a list of alternatives; each alternative a tuple of atoms, all of which must be
present. An atom is a word ("kien") or a pair of adjacent words ("kien_giang"): PostgreSQL finds both as
lexemes of ``search_vector`` (``search.vectors``), SQLite as regular expressions over ``search_text``.
"""

import re

from django.db.models import BooleanField, F, Func, Q, TextField, Value

from search.query import document_words, pairs


def _spelling_atoms(spelling):
    return tuple(pairs(list(spelling))) if len(spelling) > 1 else (spelling[0],)


def group_clauses(groups):
    return [[_spelling_atoms(s) for s in group] for group in groups]


def link_clauses(groups):
    """The pairs that join consecutive groups: what the phrase adds to the words."""
    return [[(f"{a[-1]}_{b[0]}",) for a in first for b in second] for first, second in zip(groups, groups[1:], strict=False)]


def document_clauses(numbers):
    return [[_spelling_atoms(tuple(document_words(number)))] for number in numbers]


def tsquery(clauses, scope="any"):
    """The tsquery text of ``clauses`` in ``scope`` ("head": the title and lead lexemes of the vector, marked "^"
    by ``search.vectors``; "any": everything indexed)."""
    prefix = "^" if scope == "head" else ""
    return " & ".join(
        "(" + " | ".join("(" + " & ".join(f"'{prefix}{atom}'" for atom in alternative) + ")"
                         for alternative in clause) + ")"
        for clause in clauses
    )


def _atom_pattern(atom):
    # The word comes first and its left edge is checked after it: Python's re (SQLite's REGEXP here) scans for a
    # pattern's leading literal in C, so this is 15-20 times faster than a leading lookbehind, with the same matches.
    first, *rest = (re.escape(w) for w in atom.split("_"))
    return first + rf"(?<![a-z0-9]{first})" + "".join(r"[^a-z0-9|]+" + w for w in rest) + r"(?![a-z0-9])"


def _sqlite_q(clauses, field):
    condition = Q()
    for clause in clauses:
        either = Q()
        for alternative in clause:
            either |= Q(*[Q(**{f"{field}__regex": _atom_pattern(atom)}) for atom in alternative])
        condition &= either
    return condition


class _Matches(Func):
    """``<vector> @@ '<query>'::tsquery``. Atoms are [a-z0-9_]+, so quoting them is safe."""

    output_field = BooleanField()
    template = "%(expressions)s"
    arg_joiner = " @@ "


class _TsQuery(Func):
    template = "%(expressions)s::tsquery"
    output_field = TextField()


def condition(clauses, scope, *, postgres):
    """True when every clause holds in ``scope`` ("head": title + lead, "any": everything indexed)."""
    if not clauses:
        return Q()
    if postgres:
        query = tsquery(clauses, scope)
        return Q(_Matches(F("search_vector"), _TsQuery(Value(query))))
    return _sqlite_q(clauses, "head_folded" if scope == "head" else "search_text")

