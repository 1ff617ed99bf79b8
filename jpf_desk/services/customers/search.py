"""Finding customers as the user types: name without accents, phone, ID digits.

One SQL statement per keystroke: the FTS index finds the names (or the phone and ID
indexes the digits), a rank expression over stored columns puts the closest first, and
only the columns a list shows come back, capped; the window pages through ids only when
the box is empty (the whole list).

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

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.phones import phone_query_digits
from jpf_desk.domain.search_query import Matched, SearchQuery, parse_query
from jpf_desk.services.customers.views import CustomerRow, found_row
from jpf_desk.services.desk import Desk
from jpf_desk.store.models import Customer

MIN_DIGITS = 3
DEFAULT_LIMIT = 200
_WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
_SHOWN = (Customer.id, Customer.full_name, Customer.birth_date, Customer.phone_e164,
          Customer.id_number)


@dataclass(frozen=True)
class SearchResult:
    rows: tuple[CustomerRow, ...]
    capped: bool  # more customers matched than `rows` holds: say "200+", not "200"


def _prefix(column: InstrumentedAttribute[str | None], prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, written as a range so the index is used."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _fts_expression(tokens: Sequence[str]) -> str:
    # Tokens are lower-case letters and digits only (search_key), safe to quote.
    return " AND ".join(f'"{t}"*' for t in tokens)


def _has_word(forms: frozenset[str]) -> ColumnElement[bool]:
    """The name as written has a word starting with one of `forms` (marks as typed)."""
    spaced = literal(" ") + Customer.full_name
    return or_(*(func.instr(spaced, " " + f) > 0 for f in sorted(forms)))


def _marks_rank(query: SearchQuery) -> ColumnElement[Any] | None:
    if not query.marked:
        return None  # typed without marks: every spelling is as close
    return case(
        (and_(*(_has_word(w.exact) for w in query.marked)), 0),
        (and_(*(_has_word(w.placed) for w in query.marked)), 1),
        else_=2,
    )


def _part_rank(query: SearchQuery) -> ColumnElement[Any]:
    key, last = Customer.search_key, query.tokens[-1]
    last_word = func.substr(key, func.length(func.rtrim(key, _WORD_CHARS)) + 1)
    return case(
        (key == " ".join(query.tokens), 0),
        ((literal(" ") + key).like("% " + last), 1),
        (last_word.like(last + "%"), 2),
        (key.like(last + "%"), 3),
        else_=4,
    )


def _by_name(query: SearchQuery) -> Any:
    in_index = text("SELECT rowid FROM customers_fts WHERE customers_fts MATCH :fts")
    marks = _marks_rank(query)
    order = [r for r in (marks, _part_rank(query)) if r is not None]
    return (
        select(*_SHOWN, literal(Matched.NAME.value).label("matched"))
        .where(text("customers.rowid IN (" + in_index.text + ")"), Customer.status != "deleted")
        .order_by(*order, Customer.sort_key)
        .params(fts=_fts_expression(query.tokens))
    )


def _by_digits(raw: str, digits: str) -> Any:
    ids = [_prefix(Customer.id_rev, digits[::-1]), _prefix(Customer.id_number, digits)]
    phone = phone_query_digits(raw)
    phones = ([_prefix(Customer.phone_digits, phone), _prefix(Customer.phone_rev, phone[::-1])]
              if phone and len(phone) >= MIN_DIGITS else [])
    matched = (case((or_(*phones), Matched.PHONE.value), else_=Matched.ID_NUMBER.value)
               if phones else literal(Matched.ID_NUMBER.value))
    return (
        select(*_SHOWN, matched.label("matched"))
        .where(or_(*ids, *phones), Customer.status != "deleted")
        .order_by(matched != Matched.PHONE.value, Customer.sort_key)
    )


def _statement(query_text: str) -> Any | None:
    query = parse_query(query_text)
    if query.has_letters:
        return _by_name(query) if query.tokens else None
    return _by_digits(query_text, query.digits) if len(query.digits) >= MIN_DIGITS else None


def search(desk: Desk, query_text: str, limit: int = DEFAULT_LIMIT,
           today: date | None = None) -> SearchResult:
    """The closest customers first, at most `limit`, with what each matched."""
    statement = _statement(query_text)
    if statement is None:
        return SearchResult((), False)
    day = today or today_vn()
    with desk.tx() as s:
        found = s.execute(statement.limit(limit + 1)).all()
    rows = tuple(found_row(r.id, r.full_name, r.birth_date, r.phone_e164, r.id_number,
                           Matched(r.matched), day) for r in found[:limit])
    return SearchResult(rows, len(found) > limit)


def is_blank(query_text: str) -> bool:
    """Nothing searchable typed (spaces, invisible characters): the whole list."""
    return parse_query(query_text).blank and not any(ch.isalpha() for ch in query_text)


def search_ids(session: Session, query_text: str, limit: int = DEFAULT_LIMIT) -> list[str]:
    statement = _statement(query_text)
    return [] if statement is None else list(session.scalars(statement.limit(limit)))


def customer_ids(desk: Desk, query_text: str = "", limit: int = DEFAULT_LIMIT) -> list[str]:
    """Matching ids, closest first; blank text lists everyone in Vietnamese order."""
    with desk.tx() as s:
        if is_blank(query_text):
            query = select(Customer.id).where(Customer.status != "deleted")
            return list(s.scalars(query.order_by(Customer.sort_key)))
        return search_ids(s, query_text, limit)


def customer_rows(
    desk: Desk, ids: Sequence[str], today: date | None = None
) -> dict[str, CustomerRow]:
    """The list rows of some ids (the visible ones), keyed by id."""
    day = today or today_vn()
    with desk.tx() as s:
        found = s.execute(select(*_SHOWN).where(Customer.id.in_(list(ids))))
        return {r.id: found_row(r.id, r.full_name, r.birth_date, r.phone_e164, r.id_number,
                                None, day) for r in found}


def search_customers(desk: Desk, query_text: str, limit: int = 50) -> list[CustomerRow]:
    """The closest rows, for the command line."""
    return list(search(desk, query_text, limit).rows)
