"""An erasure reaching head office erases what other desks had sent about the person.

Issue 11, erasure wins: the erasing desk blanks only the rows it holds. Rows about the
person that head office accepted from another desk before the erasure reached it (a
guardian, a data request and its values, a dossier, its documents, a history row about
any of those) would keep the person's values at head office and on that desk. So when a
pushed batch carries an erased customer, head office, in the same transaction, puts
every row it holds about them in the form the erasure leaves it, by the rules of
sync/erased_rows.py: kept by law -> untouched; a table with blanked columns -> those
columns blanked (ERASED_VALUES); anything else, and a history row holding a value the
erasure blanks, -> a tombstone. Each rewritten row gets a new sequence number and the
origin "head-office", so that every desk of the centre pulls it (the erasing one too),
where the pull's own erasure rules drop pending changes of it (sync/merge.py).

Rows found through the person's own column or their parent's (one level, as
erased_rows.belongs_to), history rows through head office's index on their subject.
One statement, run only for a batch carrying an erasure (rare), inside head office's
push function (head_office/push_apply.py): it reads the centre's
rows once, without an index of its own (none added to the push's hot path).
"""

from __future__ import annotations

import json

from jpf_desk.sync.erased_rows import (
    ERASED_FORM,
    ERASED_VALUES,
    HISTORY,
    KEPT_TABLES,
    PARENT_COLUMNS,
    may_stay_sql,
)
from jpf_desk.sync.head_office.names import SCHEMA

# Written as the origin of the rewritten rows: no desk's store id, so every desk pulls.
ORIGIN = "head-office"


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _texts(values: object) -> str:
    return ", ".join(_text(str(v)) for v in sorted(values))  # type: ignore[call-overload]


def _erased_values_sql(alias: str) -> str:
    """SQL: the jsonb of blanked columns for the row's table (NULL: a tombstone)."""
    whens = " ".join(f"WHEN {_text(t)} THEN {_text(json.dumps(v, ensure_ascii=False))}::jsonb"
                     for t, v in ERASED_VALUES.items())
    return f"CASE {alias}.table_name {whens} END"


def _children_join() -> str:
    return " OR ".join(f"(o.table_name = {_text(parent)} AND c.data->>{_text(column)} = o.row_id)"
                       for column, parent in PARENT_COLUMNS)


def _history_holds_erased_sql() -> str:
    """SQL, for history row `h` about row `o`: it holds a value the erasure blanks (any
    field of a guardian or of a row refused whole; a blanked column elsewhere)."""
    blanked = " ".join(
        f"WHEN {_text(t)} THEN h.data->>'field' IN ({_texts(cols)})"
        for t, cols in ERASED_FORM.items() if t != "guardians")
    return (f"(o.table_name NOT IN ({_texts(set(ERASED_FORM) - {'guardians'})}) "
            f"OR COALESCE(CASE o.table_name {blanked} END, false))")


def erase_rows_of_erased(stage: str, centre: str) -> str:
    """The statement, for the staged batch `stage` of centre `centre` (SQL expressions).
    Every row read or written is the centre's own, said in the statement itself: it
    runs inside head office's push function, where no row-level security narrows it."""
    return (
        f"WITH erased AS (SELECT DISTINCT p.row_id AS customer FROM {stage} p "
        "WHERE p.table_name = 'customers' AND NOT p.deleted AND p.data->>'status' = 'deleted'), "
        # Rows naming the person themselves: their customer column, a guardian's minor.
        "own AS (SELECT r.table_name, r.row_id FROM erased e "
        f"JOIN {SCHEMA}.rows r ON r.data->>'customer_id' = e.customer "
        "OR (r.table_name = 'guardians' AND r.data->>'minor_id' = e.customer) "
        f"WHERE NOT r.deleted AND r.table_name NOT IN ('customers', '{HISTORY}') "
        f"AND r.centre_id = {centre}), "
        # Their children: a payment of an enrolment, a document of a dossier, a request's values.
        "owned AS (SELECT table_name, row_id FROM own UNION "
        f"SELECT c.table_name, c.row_id FROM own o JOIN {SCHEMA}.rows c ON {_children_join()} "
        f"WHERE NOT c.deleted AND c.centre_id = {centre}), "
        "targets AS (SELECT table_name, row_id FROM owned UNION "
        f"SELECT h.table_name, h.row_id FROM owned o JOIN {SCHEMA}.rows h "
        f"ON h.table_name = '{HISTORY}' AND h.data->>'row_id' = o.row_id "
        "AND h.data->>'table_name' = o.table_name "
        f"WHERE NOT h.deleted AND h.centre_id = {centre} AND {_history_holds_erased_sql()}) "
        f"UPDATE {SCHEMA}.rows r SET revision = r.revision + 1, origin_store = {_text(ORIGIN)}, "
        f"deleted = {_erased_values_sql('r')} IS NULL, "
        f"data = COALESCE(r.data || {_erased_values_sql('r')} "
        "|| jsonb_build_object('revision', r.revision + 1), '{}'::jsonb) "
        "FROM targets t WHERE r.table_name = t.table_name AND r.row_id = t.row_id "
        f"AND r.centre_id = {centre} "
        f"AND r.table_name NOT IN ({_texts(KEPT_TABLES)}) AND NOT {may_stay_sql('r')}"
    )
