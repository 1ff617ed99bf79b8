"""The plan for a name search that matches more than DENSE (600) customers.

Ranking every match means reading every matching row: 20-60 ms when "h" matches half
the customers. Here each closeness tier is read in list order through the covering
index ix_customers_list (sort key, search key, name) and stops as soon as the cap is
reached, so the cost follows the rows shown, not the rows matched:
  the given name is a spelling of what was typed, or begins with one: those names sit
  together in the list order, short walks (word_key_ranges, prefix_range); whole-name
  and whole-given matches first, then begun;
  the family name begins with it: a walk of the whole list that stops early when the
  family is common, else the few found through the FTS index, sorted;
  the rest (middle names): only reached when the tiers before hold fewer than the cap,
  which leaves hundreds of rest matches or more, spread over the list: a short walk.
Queries typed with marks walk these tiers once per marks level (search_marked.py).
Same order as the general plan in search.py; tests check both on the same cases.
The tiers are run in turn by search_plan.run_parts, which counts the family tier's
matches only when the tiers before it leave the list short.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jpf_desk.domain.search_query import SearchQuery
from jpf_desk.domain.vi_collation import prefix_range, word_key_ranges

if TYPE_CHECKING:
    from jpf_desk.services.customers.search_plan import Part

DENSE = 600  # FTS matches above which a walk of the list beats sorting them (issue 16:
# ranking 1,800 matches read as many rows, 15-25 ms once out of the page cache, 600
# about 5 ms; a walk under the cap reads the covering index: 2-8 ms; measured on
# 100,000 customers, 600 beat 500, 800, 1,000, 1,200 and 2,000 by a little)
SQL = dict[str, Any]
_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
COLUMNS = "c.id, c.full_name, c.birth_date, c.phone_e164, c.id_number, 'name'"
_GIVEN = "substr(c.search_key, length(rtrim(c.search_key, :word_chars)) + 1)"
_IN_RANGE = "(c.sort_key >= :low AND c.sort_key < :high)"
LIVE = "c.status != 'deleted'"
# Closeness by name part, as the general plan ranks: the whole name typed (:rank_whole,
# empty when one word was typed), the given name (the last word of the name as written:
# what follows the last space) whole then begun, the family name, then middle names.
PART_RANK = (
    "CASE WHEN c.search_key = :rank_whole THEN 0 "
    "WHEN ' ' || c.search_key LIKE :given THEN 1 "
    f"WHEN {_GIVEN} LIKE :t_start THEN 2 "
    "WHEN c.search_key LIKE :t_start THEN 3 ELSE 4 END"
)


def family_fts(query: SearchQuery) -> str:
    """FTS query: the family name (first word) begins with the last word typed."""
    tokens = query.tokens
    return " AND ".join([f'^"{tokens[-1]}"*'] + [f'"{t}"*' for t in tokens[:-1]])


def _tier(where: str) -> str:
    return (f"SELECT * FROM (SELECT {COLUMNS} FROM customers AS c "
            f"WHERE {where} AND {LIVE} ORDER BY c.sort_key LIMIT :limit)")


def dense_params(query: SearchQuery, limit: int) -> SQL:
    last = query.tokens[-1]
    low, high = prefix_range(last)
    params: SQL = {"t": last, "t_start": last + "%", "word_chars": _WORD_CHARS,
                   "whole": " ".join(query.tokens), "low": low, "high": high,
                   "limit": limit, "family_fts": family_fts(query)}
    for i, other in enumerate(query.tokens[:-1]):
        params[f"o{i}"] = "% " + other + "%"
    for i, (key, end) in enumerate(word_key_ranges(last) or []):
        params[f"g{i}"], params[f"g{i}_end"] = key, end
    return params


def _given_is(query: SearchQuery, where: str) -> list[str]:
    """Tiers whose given name is the last word typed: one short walk per spelling of
    it (its rows sit together in list order), or the prefix range filtered when it has
    too many spellings. Walking the whole prefix range instead read every name begun
    with it ("h": a quarter of the list) to find none."""
    ranges = word_key_ranges(query.tokens[-1])
    if ranges is None:
        return [_tier(f"{_IN_RANGE} AND {where}")]
    return [_tier(f"c.sort_key >= :g{i} AND c.sort_key < :g{i}_end AND {where}")
            for i in range(len(ranges))]


def dense_tiers(query: SearchQuery, family_dense: Callable[[], bool], also: str = "1",
                family: tuple[str, str] = ("customers_fts", "family_fts")) -> list[Part]:
    """The tiers, each walked in list order under the cap; `also` is a further condition
    on the covering index's columns (a closeness level by marks, search_marked.py);
    `family`: the FTS table and parameter finding the family tier when it is not dense.
    Whether it is (`family_dense`, a count) is asked only when that tier is reached."""
    fts_table, fts_param = family
    others = query.tokens[:-1]
    words = [f"' ' || c.search_key LIKE :o{i}" for i in range(len(others))]
    # Each tier tests the cheap, selective conditions first (SQLite tests them in the
    # order written): the marks (`also`), then the words typed, then the given name
    # cut out of the key. "Thà" walking the names begun with "tha" took 6 ms with the
    # marks tested last, 2.5 ms with them first.
    first = "" if also == "1" else f"{also} AND "
    has_all = " AND ".join(words + ["' ' || c.search_key LIKE '% ' || :t || '%'"])
    whole = "c.search_key = :whole" if others else "0"
    given = f"{_IN_RANGE} AND {_GIVEN} LIKE :t_start"
    walked = _tier(f"{first}c.search_key LIKE :t_start AND {has_all} AND NOT ({given})")
    by_fts = _tier(f"c.rowid IN (SELECT rowid FROM {fts_table} WHERE {fts_table} "
                   f"MATCH :{fts_param}) AND {first}NOT ({given})")
    return [
        *(_given_is(query, f"{first}{whole}") if others else []),
        *_given_is(query, f"{first}{has_all} AND {_GIVEN} = :t AND NOT {whole}"),
        _tier(f"{first}{has_all} AND {given} AND {_GIVEN} != :t"),
        lambda: [walked if family_dense() else by_fts],
        _tier(f"{first}{has_all} AND NOT c.search_key LIKE :t_start AND NOT ({given})"),
    ]
