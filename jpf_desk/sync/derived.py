"""Columns computed from other columns of the same row: never merged, recomputed.

Issue 11, "edits to different fields merge by themselves": a customer's full name,
search key and sort key follow the name parts, the phone and ID search digits follow
the phone and the ID number, a receipt's print count its list of print ids. When one
desk changes the family name and another the given name, each desk also wrote the full
name and the keys; merging those as fields of their own would make a conflict nobody
made. So the merge (sync/merge.py) leaves
them out, and recomputes them from the merged values, as intake computes them
(services/customers/records.apply_values).

The full name is also a field a person may type ("name as written", which may differ
from the parts): it counts as computed only while, on both sides, it is the parts
joined; otherwise it is merged like any field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from jpf_desk.domain import receipt_prints
from jpf_desk.domain.names import PersonName
from jpf_desk.domain.phones import Phone
from jpf_desk.domain.search_key import reversed_key

ERASED = "deleted"  # an erased customer's keys are blank, not computed (rights/erasure.py)

Row = Mapping[str, Any]


def _joined(row: Row) -> str:
    return " ".join(str(row.get(p) or "") for p in ("family_name", "middle_name", "given_name")
                    if row.get(p))


def _name(row: Row) -> PersonName:
    return PersonName(family=str(row.get("family_name") or ""),
                      middle=str(row.get("middle_name") or ""),
                      given=str(row.get("given_name") or ""),
                      full=str(row.get("full_name") or ""))


def _phone_digits(row: Row) -> str | None:
    e164 = row.get("phone_e164")
    return Phone(str(e164)).search_digits if e164 else None


# Per table, in order (a later column may read an earlier one): column -> how it is
# computed from the row. `full_name` first: the keys read it.
COMPUTED: dict[str, dict[str, Callable[[Row], Any]]] = {
    "customers": {
        "full_name": _joined,
        "search_key": lambda row: _name(row).search_key,
        "sort_key": lambda row: _name(row).sort_key,
        "phone_digits": _phone_digits,
        "phone_rev": lambda row: reversed_key(_phone_digits(row)),
        "id_rev": lambda row: reversed_key(str(row.get("id_number") or "") or None),
    },
    "guardians": {"full_name": _joined},
    # One id per print: two desks' reprints merge by union (sync/merge.py).
    "payments": {
        "receipt_prints": lambda row: receipt_prints.count(row.get("receipt_print_ids")),
    },
}
# Computed only while both sides hold the computed value (a person may type it).
TYPED_TOO = frozenset({"full_name"})


def _applies(table_name: str, row: Row) -> bool:
    return table_name in COMPUTED and not (
        table_name == "customers" and row.get("status") == ERASED)


def computed_columns(table_name: str, *rows: Row) -> frozenset[str]:
    """The columns of the table that are computed in every one of these versions of
    a row (none for an erased customer, whose keys the erasure blanked)."""
    if not all(_applies(table_name, row) for row in rows):
        return frozenset()
    rules = COMPUTED[table_name]
    return frozenset(name for name, rule in rules.items()
                     if name not in TYPED_TOO or all(row.get(name) == rule(row)
                                                     for row in rows))


def recompute(table_name: str, row: dict[str, Any], columns: frozenset[str]) -> None:
    """`columns` of `row` computed again from its other values, in place."""
    for name, rule in COMPUTED.get(table_name, {}).items():
        if name in columns:
            row[name] = rule(row)
