"""Choosing a name search's plan only as far as the rows shown need it.

A plan is chosen from how many customers match (search.py: the general statement or
the tier walk; search_dense.py: the family tier walked or found by FTS; search_marked.py:
each marks level from the marked index or walked). Counting every figure up front, in
one statement, cost up to 6 ms of a 10 ms budget ("Hoàng": the family tier of each level
counted, though the first level already fills the list; "th": 1.2 ms to count the
family names begun with it, a tier never reached). Here a plan is a list of parts, each
a statement or a choice made when it is reached (`Part`); the search runs the
statements before a choice, stops if the list is full, else makes the choice (counting
what it needs: `Counts`, on demand) and goes on. The bench's bare baseline takes every
choice first (`resolved`): the same rows, as one statement. Every count stops just
past twice DENSE and reads no row, only the FTS indexes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from jpf_desk.domain.search_query import SearchQuery
from jpf_desk.services.customers.search_dense import DENSE, family_fts
from jpf_desk.services.customers.search_marked import has_placed_level, marked_params

SQL = dict[str, Any]
Execute = Callable[[str, SQL], list[Any]]
# A capped statement of the plan (one tier), or a choice that gives the parts it chose.
Part = str | Callable[[], "list[Part]"]
_MARKED = ("count0_fts", "count1_fts", "family0_fts", "family1_fts", "family2_fts")


def fts_expression(tokens: tuple[str, ...]) -> str:
    # Tokens are lower-case letters and digits only (search_key), safe to quote.
    return " AND ".join(f'"{t}"*' for t in tokens)


# The thresholds (DENSE) are for 100,000 customers and grow with the square root of
# the store's size, up to twice: ranking m matches reads m rows, walking the list under
# the cap reads about size x 200 / m index entries, so the two cost the same where m
# grows as the root of the size ("nguyen thi", 757 matches in 300,000 customers: 70 ms
# of CPU walked from a cold cache, 14 ms ranked).
BASE_SIZE = 100_000
MAX_SCALE = 2.0
_CAP = int(DENSE * MAX_SCALE) + 1
_SIZE = "(SELECT max(rowid) FROM customers)"


def _count(table: str, name: str) -> str:
    return (f"(SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH :{name} "
            f"LIMIT {_CAP}))")


class Counts:
    """Matches of a name query counted up to twice DENSE, on demand: "fts" (accent-free),
    "family_fts" (family name begun), and for a query typed with marks "count0_fts",
    "count1_fts" (names carrying the marks as typed, or placed otherwise) and
    "family{0,1,2}_fts" (each level's family-name tier, counted only when the family
    name itself is dense: a level's family tier holds no more than the family)."""

    def __init__(self, execute: Execute, query: SearchQuery) -> None:
        self._execute = execute
        self._query = query
        fts = fts_expression(query.tokens)
        self.params: SQL = {"fts": fts, "family_fts": family_fts(query)}
        if query.marked:
            self.params.update(marked_params(query, fts, self.params["family_fts"]))
        self._known: dict[str, int] = {}
        self._scale = 0.0  # read with the first count
        if query.marked and not has_placed_level(query):
            self._known["count1_fts"] = 0  # the marks typed have no other placement

    def take(self, *names: str) -> None:
        """Count these figures (those not known yet) in one statement."""
        wanted = [n for n in dict.fromkeys(names) if n not in self._known]
        if not wanted:
            return
        sql = [_count("customers_fts_marked" if n in _MARKED else "customers_fts", n)
               for n in wanted]
        params = {n: self.params[n] for n in wanted}
        (found,) = self._execute("SELECT " + ", ".join(sql + [_SIZE]), params)
        self._known.update(zip(wanted, (int(n) for n in found[:-1]), strict=True))
        size = found[-1] or 0
        self._scale = min(MAX_SCALE, max(1.0, math.sqrt(size / BASE_SIZE)))

    def scaled(self, threshold: int) -> float:
        """A threshold set for 100,000 customers, for this store's size."""
        if not self._scale:
            self.take("fts")
        return threshold * self._scale

    def __getitem__(self, name: str) -> int:
        if name in _MARKED[2:] and self["family_fts"] <= self.scaled(DENSE):
            return 0
        self.take(name)
        return self._known[name]


def resolved(parts: Sequence[Part]) -> list[str]:
    """Every statement of the plan, each choice made (the bench's baseline)."""
    out: list[str] = []
    for part in parts:
        out += [part] if isinstance(part, str) else resolved(part())
    return out


def plain_rows(session: Session) -> Execute:
    """Run SQL in the session's transaction straight on the driver, rows as plain
    tuples: a search reads up to 200 rows per keystroke, and SQLAlchemy's result rows
    cost more than the statement itself for the short ones (store errors are still
    classified by the session, store/engine.py)."""
    cursor = session.connection().connection.cursor()

    def execute(sql: str, params: SQL) -> list[Any]:
        rows: list[Any] = cursor.execute(sql, params).fetchall()
        return rows

    return execute


def run_parts(execute: Execute, parts: Sequence[Part], params: SQL,
              limit: int) -> list[Any]:
    """The plan's rows, in order, at most `limit`: the statements up to each choice run
    as one UNION ALL capped at what the list still lacks; a choice is made only when
    the list is not full yet. The rows are those of resolved(parts) run as one."""
    rows: list[Any] = []
    pending: list[str] = []
    todo = list(reversed(parts))

    def flush() -> None:
        if pending:
            sql = " UNION ALL ".join(pending) + " LIMIT :limit"
            rows.extend(execute(sql, {**params, "limit": limit - len(rows)}))
            pending.clear()

    while todo:
        part = todo.pop()
        if isinstance(part, str):
            pending.append(part)
            continue
        flush()
        if len(rows) >= limit:
            return rows
        todo.extend(reversed(part()))
    flush()
    return rows
