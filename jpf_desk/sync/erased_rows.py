"""Which synced rows may still travel once the person they belong to is erased.

Issue 11, "erasure wins": nothing reaching head office (or a desk) after an erasure may
bring back a value of the erased person. A row belongs to a customer through its own
customer column (`customer_id`, a guardian's `minor_id`) or through its parent's
(a payment's enrolment, a document's dossier, a request value's request, a history
row's subject). Such a row is refused unless it is a tombstone, a record the erasure
keeps by law that holds ids and codes only (services/rights/erasure.py KEPT_REASONS),
or the row in the very form the erasure leaves it (its personal columns blank).

One description, used twice: head office's push check builds SQL from it
(sync/protocol.py), the desk's pull applies it in Python (sync/merge.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# The name an erasure leaves on the person and their guardians (services/rights/erasure.py
# ERASED_NAME; a test holds the two equal: sync may not import services).
ERASED_NAME = "(đã xoá)"

# Kept whole after an erasure: proof that the law was followed, ids and codes only (the
# consent receipts are redacted by the erasure itself, append-only rewrites).
KEPT_TABLES = frozenset({
    "erasure_tombstones", "consent_receipts", "consent_events", "consent_chain",
    "access_events", "disclosures", "data_request_steps", "dossier_stage_changes",
    "processing_restrictions",
})

# What an erasure writes in the columns it blanks, per table (services/rights/erasure.py
# writes the same; head office puts a row it holds in this form, head_office/erased_rows_sql.py).
ERASED_VALUES: dict[str, dict[str, Any]] = {
    "guardians": {"family_name": "", "middle_name": "", "given_name": ERASED_NAME,
                  "full_name": ERASED_NAME, "phone_e164": None, "id_kind": None,
                  "id_number": None, "linked_customer_id": None},
    "data_requests": {"details": "", "identity_note": ""},
    "data_request_fields": {"old_value": None, "new_value": None},
    "enrolments": {"note": ""},
    "payments": {"note": ""},
    "dossiers": {"note": ""},
    "dossier_documents": {"file_name": "", "file_path": "", "file_sha256": ""},
    "follow_up_tasks": {"note": ""},
}
# The columns an erasure blanks, per table: a row of an erased person passes only with
# each of them empty (NULL, "" or the erased name). Tables of an erased person in
# neither list are refused whole. Customers are checked by their status (protocol.py).
ERASED_FORM: dict[str, tuple[str, ...]] = {t: tuple(v) for t, v in ERASED_VALUES.items()}

# A row's parent, by the column naming it: the parent's customer is the row's.
PARENT_COLUMNS = (("enrolment_id", "enrolments"), ("dossier_id", "dossiers"),
                  ("request_id", "data_requests"))
HISTORY = "field_changes"


def own_customer(table_name: str, row_id: str, data: Mapping[str, Any]) -> str | None:
    """The customer a row names itself (no parent looked up)."""
    if table_name == "customers":
        return row_id
    if table_name == "guardians":
        return str(data.get("minor_id") or "") or None
    if table_name == HISTORY and data.get("table_name") == "customers":
        return str(data.get("row_id") or "") or None
    return str(data.get("customer_id") or "") or None


def parent_key(table_name: str, data: Mapping[str, Any]) -> tuple[str, str] | None:
    """(table, id) of the row whose customer this row belongs to, when it names one."""
    if table_name == HISTORY:
        subject, row = data.get("table_name"), data.get("row_id")
        return (str(subject), str(row)) if subject and row else None
    for column, parent in PARENT_COLUMNS:
        if data.get(column):
            return parent, str(data[column])
    return None


def belongs_to(table_name: str, row_id: str, data: Mapping[str, Any],
               parent_data: Callable[[str, str], Mapping[str, Any] | None]) -> str | None:
    """The customer a row is about: its own column, else its parent's (one level up,
    and two for a history row about a child row, e.g. a payment's field)."""
    own = own_customer(table_name, row_id, data)
    if own is not None:
        return own
    key = parent_key(table_name, data)
    if key is None:
        return None
    parent = parent_data(*key)
    if parent is None:
        return None
    return belongs_to(key[0], key[1], parent, parent_data) if table_name == HISTORY \
        else own_customer(key[0], key[1], parent)


def may_stay(table_name: str, data: Mapping[str, Any]) -> bool:
    """A row of an erased person that is kept by law or already in its erased form."""
    if table_name in KEPT_TABLES:
        return True
    if table_name == "customers":
        return data.get("status") == "deleted"
    blanked = ERASED_FORM.get(table_name)
    return blanked is not None and all(
        data.get(c) in (None, "", ERASED_NAME) for c in blanked)


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def owner_sql(alias: str, parent: str) -> str:
    """SQL: the customer a pushed row `alias` (jsonb `data`) belongs to; `parent` the
    alias of its parent row (a LEFT JOIN on `parent_key_sql`), grandparent excluded."""
    own = (f"CASE {alias}.table_name WHEN 'customers' THEN {alias}.row_id "
           f"WHEN 'guardians' THEN {alias}.data->>'minor_id' "
           f"WHEN '{HISTORY}' THEN CASE WHEN {alias}.data->>'table_name' = 'customers' "
           f"THEN {alias}.data->>'row_id' END ELSE {alias}.data->>'customer_id' END")
    return f"COALESCE({own}, {parent_owner_sql(parent)})"


def parent_owner_sql(parent: str) -> str:
    """SQL: the customer a row belongs to through its parent row `parent` (NULL if none)."""
    return (f"COALESCE({parent}.data->>'customer_id', {parent}.data->>'minor_id', "
            f"CASE WHEN {parent}.table_name = 'customers' THEN {parent}.row_id END)")


def parent_key_sql(alias: str) -> tuple[str, str]:
    """SQL: (table, id) of a pushed row's parent, as `parent_key` says."""
    table = " ".join(f"WHEN {alias}.data ? '{c}' AND {alias}.data->>'{c}' IS NOT NULL "
                     f"THEN '{t}'" for c, t in PARENT_COLUMNS)
    ident = " ".join(f"WHEN {alias}.data ? '{c}' AND {alias}.data->>'{c}' IS NOT NULL "
                     f"THEN {alias}.data->>'{c}'" for c, _t in PARENT_COLUMNS)
    return (f"CASE WHEN {alias}.table_name = '{HISTORY}' THEN {alias}.data->>'table_name' "
            f"{table} END",
            f"CASE WHEN {alias}.table_name = '{HISTORY}' THEN {alias}.data->>'row_id' "
            f"{ident} END")


def may_stay_sql(alias: str) -> str:
    """SQL of `may_stay` for a pushed row `alias`."""
    kept = ", ".join(_sql_text(t) for t in sorted(KEPT_TABLES))
    forms = " ".join(
        f"WHEN {_sql_text(t)} THEN " + " AND ".join(
            f"COALESCE({alias}.data->>{_sql_text(c)}, '') IN ('', {_sql_text(ERASED_NAME)})"
            for c in cols)
        for t, cols in ERASED_FORM.items())
    return (f"({alias}.table_name IN ({kept}) OR ({alias}.table_name = 'customers' AND "
            f"{alias}.data->>'status' = 'deleted') OR COALESCE(CASE {alias}.table_name "
            f"{forms} END, false))")
