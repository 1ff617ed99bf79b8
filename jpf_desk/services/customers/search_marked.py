"""The plan for a query typed with marks that matches thousands of customers.

Closeness by marks comes first ("Thủy": names with "Thủy", then "Thuỷ", then "Thùy",
"Thuy"...), so the result is three levels one after the other, each ranked by name part
then list order: the marks as typed (exact), the same marks placed otherwise (placed),
accent-free only (the rest). Ranking all matches by reading each row was the slow tail
("Nguyễn", "Thị": tens of thousands of rows for 200 shown). Here each level takes the
cheaper of two ways, chosen from counts in customers_fts_marked (accent-free key and
name as written, so one FTS query counts a level; up to DENSE + 1, no row read):
  few customers carry those marks: they come from that index, ranked and sorted (at
  most DENSE, 600);
  many do: the level is the tier walk of search_dense, in list order under the cap,
  its marks tested on the name held in the covering index (no row read); its family
  tier is walked only when that level's family matches are dense too, else fetched
  from the index ("Ngọ": thousands of Ngọc and of Ngô, few Ngô with a Ngọc);
the accent-free level is only reached when the first two hold fewer than the cap,
which leaves it dense: always walked.
The marks tests are the general plan's (search.py), so both plans give the same rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jpf_desk.domain.search_query import MarkedWord, SearchQuery
from jpf_desk.services.customers.search_dense import (
    COLUMNS,
    LIVE,
    PART_RANK,
    dense_params,
    dense_tiers,
)

if TYPE_CHECKING:
    from jpf_desk.services.customers.search_plan import Part

SQL = dict[str, Any]


def has_word(forms: frozenset[str], name: str, params: SQL) -> str:
    """SQL: the name as written has a word starting with one of `forms` (marks kept)."""
    tests = []
    for i, form in enumerate(sorted(forms)):
        params[f"{name}_{i}"] = " " + form
        tests.append(f"instr(' ' || c.full_name, :{name}_{i}) > 0")
    return "(" + " OR ".join(tests) + ")"


def has_words(query: SearchQuery, exact: bool, params: SQL) -> str:
    """SQL: every word typed with marks is in the name, as typed (`exact`) or with its
    tone placed otherwise."""
    prefix = "e" if exact else "p"
    return " AND ".join(has_word(w.exact if exact else w.placed, f"{prefix}{i}", params)
                        for i, w in enumerate(query.marked))


def _word_fts(forms: frozenset[str]) -> str:
    # Words are letters and digits only (split on everything else), safe to quote; the
    # index folds case, so the lower-case forms are enough.
    return "(" + " OR ".join(f'"{f}"*' for f in sorted({f.lower() for f in forms})) + ")"


def _marks_fts(words: tuple[MarkedWord, ...], exact: bool) -> str:
    """FTS: names with every marked word (as typed, or with its tone anywhere), a
    superset of has_words (the index also splits words at hyphens and folds every
    case), which the statements test again on the name."""
    marks = " AND ".join(_word_fts(w.exact if exact else w.placed) for w in words)
    return f"full_name: ({marks})"


def _level_fts(query: SearchQuery, matching: str, level: int) -> str:
    """FTS query on customers_fts_marked: `matching` (accent-free) in closeness level
    0 (marks as typed), 1 (placed otherwise) or 2 (accent-free only)."""
    exact, placed = _marks_fts(query.marked, True), _marks_fts(query.marked, False)
    base = f"search_key: ({matching})"
    return (f"{base} AND {exact}", f"{base} AND ({placed} NOT {exact})",
            f"{base} NOT {placed}")[level]


def has_placed_level(query: SearchQuery) -> bool:
    """Whether any marked word can carry its tone elsewhere ("hoà"/"hòa"; not "trần")."""
    return any(w.placed != w.exact for w in query.marked)


def marked_params(query: SearchQuery, tokens_fts: str, family_fts: str) -> SQL:
    """The FTS queries of each level and of its family-name tier, and for counting
    each level the marks alone (every marked word typed implies its accent-free one)."""
    params: SQL = {"count0_fts": _marks_fts(query.marked, True),
                   "count1_fts": _marks_fts(query.marked, False)}
    for level in range(3):
        params[f"level{level}_fts"] = _level_fts(query, tokens_fts, level)
        params[f"family{level}_fts"] = _level_fts(query, family_fts, level)
    return params


def _level_by_index(level: str, fts_name: str) -> str:
    """One level from the marked index: the few names carrying the marks, ranked."""
    return (f"SELECT * FROM (SELECT {COLUMNS} FROM customers AS c WHERE c.rowid IN "
            "(SELECT rowid FROM customers_fts_marked WHERE customers_fts_marked "
            f"MATCH :{fts_name}) AND {level} AND {LIVE} "
            f"ORDER BY {PART_RANK}, c.sort_key LIMIT :limit)")


def marked_base_params(query: SearchQuery, params: SQL, limit: int) -> SQL:
    """`params` (marked_params) with those of the tier walks and the general rank."""
    params = {**params, **dense_params(query, limit)}
    params.update({"rank_whole": params["whole"] if len(query.tokens) > 1 else "",
                   "given": "% " + query.tokens[-1]})
    return params


def marked_levels(query: SearchQuery, params: SQL) -> list[tuple[int, str]]:
    """(number, SQL condition) of each closeness level there is, closest first: the
    marks as typed, placed otherwise (only when the marks typed can be), accent-free."""
    exact, placed = has_words(query, True, params), has_words(query, False, params)
    levels = [(0, exact), (1, f"{placed} AND NOT ({exact})"), (2, f"NOT ({placed})")]
    return [(i, level) for i, level in levels if i != 1 or has_placed_level(query)]


def level_parts(query: SearchQuery, number: int, level: str, by_index: bool,
                family_dense: Callable[[], bool]) -> list[Part]:
    """The statements of one level, each capped: from the marked index (few names carry
    the marks), or its tiers walked in list order, the family tier walked when
    `family_dense` (asked when that tier is reached). Level 2 (accent-free only) is never taken from the index."""
    if by_index and number < 2:
        return [_level_by_index(level, f"level{number}_fts")]
    family = ("customers_fts_marked", f"family{number}_fts")
    return dense_tiers(query, family_dense, level, family)
