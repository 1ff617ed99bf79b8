"""Finding customers as the user types: name without accents, phone, ID digits.

Returns ids first (cheap) and rows on demand, so a list of 100,000 customers never
loads 100,000 objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, and_, literal, literal_column, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.phones import phone_query_digits
from jpf_desk.domain.search_key import digits_only, query_tokens
from jpf_desk.domain.staff import Action
from jpf_desk.services.customers.views import CustomerRow, customer_row
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check_desk
from jpf_desk.store.models import Customer

MIN_DIGITS = 3
DEFAULT_LIMIT = 200
# Above this many name matches, walking the sorted list beats sorting the matches.
DENSE_MATCHES = 2000


def _prefix(column: InstrumentedAttribute[str | None], prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, written as a range so the index is used."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _fts_expression(tokens: Sequence[str]) -> str:
    # Tokens are lower-case ASCII letters and digits only (search_key), safe to quote.
    return " AND ".join(f'"{t}"*' for t in tokens)


def _name_ids(session: Session, tokens: list[str], limit: int) -> list[str]:
    """Names matching every token prefix, in list order.

    A few letters typed ("ng", "ho") match a quarter of all customers; sorting all of
    them is what costs, so when the index says there are many matches, walk the list
    in its sorted order and stop at `limit` instead (dense matches come quickly).
    """
    rowids = list(session.scalars(
        text("SELECT rowid FROM customers_fts WHERE customers_fts MATCH :q LIMIT :n"),
        {"q": _fts_expression(tokens), "n": DENSE_MATCHES + 1},
    ))
    if len(rowids) <= DENSE_MATCHES:
        query = (
            select(Customer.id)
            .where(literal_column("customers.rowid").in_(rowids), Customer.status != "deleted")
            .order_by(Customer.sort_key)
            .limit(limit)
        )
        return list(session.scalars(query))
    key = literal(" ").op("||")(Customer.search_key)
    query = (
        select(Customer.id)
        .where(*(key.like(f"% {t}%") for t in tokens), Customer.status != "deleted")
        .order_by(Customer.sort_key)
        .limit(limit)
    )
    return list(session.scalars(query))


def _digit_ids(session: Session, raw: str, limit: int) -> list[str]:
    digits = digits_only(raw)
    if len(digits) < MIN_DIGITS:
        return []
    conditions = [_prefix(Customer.id_rev, digits[::-1]), _prefix(Customer.id_number, digits)]
    phone = phone_query_digits(raw)
    if phone and len(phone) >= MIN_DIGITS:
        conditions += [_prefix(Customer.phone_digits, phone),
                       _prefix(Customer.phone_rev, phone[::-1])]
    query = (
        select(Customer.id)
        .where(or_(*conditions), Customer.status != "deleted")
        .order_by(Customer.sort_key)
        .limit(limit)
    )
    return list(session.scalars(query))


def search_ids(session: Session, query_text: str, limit: int = DEFAULT_LIMIT) -> list[str]:
    if any(ch.isalpha() for ch in query_text):
        tokens = query_tokens(query_text)
        return _name_ids(session, tokens, limit) if tokens else []
    return _digit_ids(session, query_text, limit)


def customer_ids(desk: Desk, query_text: str = "", limit: int = DEFAULT_LIMIT) -> list[str]:
    """Matching ids in list order (given name, family name); empty text lists everyone."""
    with desk.tx() as s:
        if not query_text.strip():
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
        rows = s.scalars(select(Customer).where(Customer.id.in_(list(ids))))
        return {r.id: customer_row(r, day) for r in rows}


def search_customers(desk: Desk, query_text: str, limit: int = 50) -> list[CustomerRow]:
    """Ids and rows in one go, for the command line and the search-as-you-type list."""
    check_desk(desk, Action.WORK_WITH_CUSTOMERS)
    ids = customer_ids(desk, query_text, limit) if query_text.strip() else []
    rows = customer_rows(desk, ids)
    return [rows[i] for i in ids if i in rows]
