"""The plan for a query typed with marks that matches thousands of customers.

Closeness by marks comes first ("Thủy": names with "Thủy", then "Thuỷ", then "Thùy",
"Thuy"...), so the result is three levels one after the other, each ranked by name part
then list order: the marks as typed (exact), the same marks placed otherwise (placed),
accent-free only (the rest). Ranking all matches by reading each row was the slow tail
("Nguyễn", "Thị": tens of thousands of rows for 200 shown). Here each level takes the
cheaper of two ways, chosen from counts in the name index kept with its marks
(customers_fts_marked, counted up to DENSE + 1, no row read):
  few customers carry those marks: they come from that index, ranked and sorted (at
  most a couple of thousand);
  many do: the level is the tier walk of search_dense, in list order under the cap,
  its marks tested on the name held in the covering index (no row read);
the accent-free level is only reached when the first two hold fewer than the cap, which
leaves it dense: always the walk.
The marks tests are the general plan's (search.py), so both plans give the same rows.
"""

from __future__ import annotations

from typing import Any

from jpf_desk.domain.search_query import MarkedWord, SearchQuery
from jpf_desk.services.customers.search_dense import (
    COLUMNS,
    DENSE,
    LIVE,
    PART_RANK,
    dense_params,
    dense_tiers,
)

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


def marked_fts(words: tuple[MarkedWord, ...], exact: bool) -> str:
    """FTS query on customers_fts_marked: names with every marked word (as typed, or
    with its tone anywhere). A superset of has_words (the index also splits words at
    hyphens and folds every case), used for counting and as a first filter."""
    return " AND ".join(_word_fts(w.exact if exact else w.placed) for w in words)


def marked_counts_sql(query: SearchQuery) -> str:
    """SQL expressions counting, up to DENSE + 1, names carrying the marks (as typed,
    placed otherwise); parameters :exact_fts and :placed_fts."""
    return ", ".join(
        "(SELECT count(*) FROM (SELECT 1 FROM customers_fts_marked WHERE "
        f"customers_fts_marked MATCH :{name} LIMIT {DENSE + 1}))"
        for name in ("exact_fts", "placed_fts"))


def _level_by_index(level: str, fts_name: str) -> str:
    """One level from the marked index: the few names carrying the marks, ranked."""
    return (f"SELECT * FROM (SELECT {COLUMNS} FROM customers AS c WHERE c.rowid IN "
            "(SELECT rowid FROM customers_fts_marked WHERE customers_fts_marked "
            f"MATCH :{fts_name}) AND c.rowid IN (SELECT rowid FROM customers_fts WHERE "
            f"customers_fts MATCH :fts) AND {level} AND {LIVE} "
            f"ORDER BY {PART_RANK}, c.sort_key LIMIT :limit)")


def marked_sql(query: SearchQuery, fts: str, family_dense: bool, exact_dense: bool,
               placed_dense: bool, limit: int) -> tuple[str, SQL]:
    """The three levels as one UNION ALL under the cap."""
    params = dense_params(query, limit)
    last = query.tokens[-1]
    params.update({"fts": fts, "rank_whole": params["whole"] if len(query.tokens) > 1 else "",
                   "given": "% " + last, "exact_fts": marked_fts(query.marked, True),
                   "placed_fts": marked_fts(query.marked, False)})
    exact, placed = has_words(query, True, params), has_words(query, False, params)
    levels = [(exact, exact_dense, "exact_fts"),
              (f"{placed} AND NOT ({exact})", placed_dense, "placed_fts")]
    parts = []
    for level, dense, fts_name in levels:
        parts += (dense_tiers(query, family_dense, level) if dense
                  else [_level_by_index(level, fts_name)])
    parts += dense_tiers(query, family_dense, f"NOT ({placed})")
    return " UNION ALL ".join(parts) + " LIMIT :limit", params
