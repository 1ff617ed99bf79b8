"""Finding customers as the user types: name without accents, phone, ID digits.

A few SQL statements per keystroke: the FTS index finds the names (or the phone and ID
indexes the digits), a rank expression over stored columns puts the closest first, and
only the columns a list shows come back, capped; a name matching many customers walks
the list index instead, its plan chosen part by part (search_plan). The window pages
through ids only when the box is empty (the whole list).

Closeness, best first (issue 15): the words typed with their marks found as typed,
then with the tone placed otherwise, then accent-free only (marks count only when some
were typed); within that, the whole name typed, the given name (the last word of the
name as written) whole then begun, the family name, then middle names; then
Vietnamese alphabetical order. Digits: phone matches before ID-number matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.phones import phone_query_digits
from jpf_desk.domain.search_query import SearchQuery, parse_query
from jpf_desk.domain.staff import Action
from jpf_desk.services.customers.search_dense import (
    DENSE,
    PART_RANK,
    dense_params,
    dense_tiers,
)
from jpf_desk.services.customers.search_marked import (
    has_words,
    level_parts,
    marked_base_params,
    marked_levels,
)
from jpf_desk.services.customers.search_plan import (
    Counts,
    Part,
    fts_expression,
    plain_rows,
    resolved,
    run_parts,
)
from jpf_desk.services.customers.views import CustomerRow, found_row, found_rows
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check, check_read
from jpf_desk.store.models import Customer

MIN_DIGITS = 3
DEFAULT_LIMIT = 200
FAMILY_DENSE = DENSE  # family-name matches above which the family tier walks the list
MARKED_DENSE = DENSE  # a marks level (or its family tier) above which it is walked
_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
_SHOWN = (Customer.id, Customer.full_name, Customer.birth_date, Customer.phone_e164,
          Customer.id_number)


@dataclass(frozen=True)
class SearchResult:
    rows: tuple[CustomerRow, ...]
    capped: bool  # more customers matched than `rows` holds: say "200+", not "200"


SQL = dict[str, Any]
_COLUMNS = "c.id, c.full_name, c.birth_date, c.phone_e164, c.id_number"


def _marks_rank(query: SearchQuery, params: SQL) -> str:
    if not query.marked:
        return ""  # typed without marks: every spelling is as close
    exact, placed = has_words(query, True, params), has_words(query, False, params)
    return f"CASE WHEN {exact} THEN 0 WHEN {placed} THEN 1 ELSE 2 END, "


def _by_name(query: SearchQuery) -> tuple[str, SQL]:
    last = query.tokens[-1]
    # The whole name counts when more than one word was typed; one word is the given name.
    whole = " ".join(query.tokens) if len(query.tokens) > 1 else ""
    params: SQL = {"fts": fts_expression(query.tokens), "rank_whole": whole,
                   "given": "% " + last, "word_chars": _WORD_CHARS, "t_start": last + "%"}
    marks = _marks_rank(query, params)
    sql = (f"SELECT {_COLUMNS}, 'name' FROM customers AS c WHERE c.rowid IN "
           "(SELECT rowid FROM customers_fts WHERE customers_fts MATCH :fts) "
           f"AND c.status != 'deleted' ORDER BY {marks}{PART_RANK}, c.sort_key")
    return sql, params


def _starts(column: str, name: str, prefix: str, params: SQL) -> str:
    """SQL: `column` starts with `prefix`, written as a range so its index is used."""
    params[name], params[name + "_end"] = prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return f"(c.{column} >= :{name} AND c.{column} < :{name}_end)"


def _by_digits(raw: str, digits: str) -> tuple[str, SQL]:
    params: SQL = {}
    ids = [_starts("id_rev", "id_rev", digits[::-1], params),
           _starts("id_number", "id_start", digits, params)]
    phone = phone_query_digits(raw)
    phones = ([_starts("phone_digits", "phone_start", phone, params),
               _starts("phone_rev", "phone_rev", phone[::-1], params)]
              if phone and len(phone) >= MIN_DIGITS else [])
    matched = (f"CASE WHEN {' OR '.join(phones)} THEN 'phone' ELSE 'id_number' END"
               if phones else "'id_number'")
    sql = (f"SELECT {_COLUMNS}, {matched} AS matched FROM customers AS c "
           f"WHERE ({' OR '.join(ids + phones)}) AND c.status != 'deleted' "
           "ORDER BY matched != 'phone', c.sort_key")
    return sql, params


def search_sql(query_text: str, limit: int) -> tuple[str, SQL] | None:
    """The one statement a search runs, with its parameters (None when nothing
    searchable was typed); the bench runs the same SQL bare as its baseline."""
    query = parse_query(query_text)
    if query.has_letters:
        found = _by_name(query) if query.tokens else None
    else:
        found = (_by_digits(query_text, query.digits)
                 if len(query.digits) >= MIN_DIGITS else None)
    if found is None:
        return None
    sql, params = found
    return sql + " LIMIT :limit", {**params, "limit": limit}


def _name_parts(query: SearchQuery, counts: Counts, limit: int) -> tuple[list[Part], SQL]:
    """The tier walk of a name query matching more than DENSE (search_dense), or for one typed
    with marks its levels (search_marked), each level's way chosen when it is reached."""
    if not query.marked:
        return (dense_tiers(query, lambda: counts["family_fts"] > counts.scaled(FAMILY_DENSE)),
                dense_params(query, limit))
    params = marked_base_params(query, counts.params, limit)

    def level(i: int, condition: str) -> Part:
        dense = counts.scaled(MARKED_DENSE)
        return lambda: level_parts(
            query, i, condition, i < 2 and counts[f"count{i}_fts"] <= dense,
            lambda: counts[f"family{i}_fts"] > dense)

    return [level(i, condition) for i, condition in marked_levels(query, params)], params


def plan(session: Session, query_text: str, limit: int) -> tuple[str, SQL] | None:
    """The statement for this query on this store, every choice made: the general one,
    or, when a query matches more than DENSE, the tier walk (search_dense), by marks level
    (search_marked). The search runs the same parts in turn and makes a choice only when
    the list is not full before it (search_plan); this is the bench's bare baseline."""
    query = parse_query(query_text)
    if not (query.has_letters and query.tokens):
        return search_sql(query_text, limit)
    counts = Counts(plain_rows(session), query)
    if counts["fts"] <= counts.scaled(DENSE):
        return search_sql(query_text, limit)
    parts, params = _name_parts(query, counts, limit)
    return " UNION ALL ".join(resolved(parts)) + " LIMIT :limit", params


def _run(session: Session, query_text: str, limit: int) -> list[Any]:
    query = parse_query(query_text)
    execute = plain_rows(session)
    if query.has_letters and query.tokens:
        counts = Counts(execute, query)
        if counts["fts"] > counts.scaled(DENSE):
            return run_parts(execute, *_name_parts(query, counts, limit), limit)
    found = search_sql(query_text, limit)
    return [] if found is None else execute(*found)


def search(desk: Desk, query_text: str, limit: int = DEFAULT_LIMIT,
           today: date | None = None) -> SearchResult:
    """The closest customers first, at most `limit`, with what each matched."""
    with desk.tx() as s:
        check_read(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        found = _run(s, query_text, limit + 1)
    day = today or today_vn()
    return SearchResult(found_rows(found[:limit], day), len(found) > limit)


def is_blank(query_text: str) -> bool:
    """Nothing searchable typed (spaces, invisible characters): the whole list."""
    return parse_query(query_text).blank and not any(ch.isalpha() for ch in query_text)


def search_ids(session: Session, query_text: str, limit: int = DEFAULT_LIMIT) -> list[str]:
    return [r[0] for r in _run(session, query_text, limit)]


def customer_ids(desk: Desk, query_text: str = "", limit: int = DEFAULT_LIMIT) -> list[str]:
    """Matching ids, closest first; blank text lists everyone in Vietnamese order."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        if is_blank(query_text):
            # Core, not the ORM: every id of a 100,000-customer store comes back as plain
            # strings, without the ORM's per-row result handling (the window lists them
            # all at start, issue 16).
            table = Customer.__table__
            query = select(table.c.id).where(table.c.status != "deleted")
            return list(s.connection().execute(query.order_by(table.c.sort_key)).scalars())
        return search_ids(s, query_text, limit)


def customer_rows(
    desk: Desk, ids: Sequence[str], today: date | None = None
) -> dict[str, CustomerRow]:
    """The list rows of some ids (the visible ones), keyed by id."""
    day = today or today_vn()
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        found = s.execute(select(*_SHOWN).where(Customer.id.in_(list(ids))))
        return {r.id: found_row(r.id, r.full_name, r.birth_date, r.phone_e164, r.id_number,
                                None, day) for r in found}


def search_customers(desk: Desk, query_text: str, limit: int = 50) -> list[CustomerRow]:
    """The closest rows, for the command line."""
    return list(search(desk, query_text, limit).rows)
