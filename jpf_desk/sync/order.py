"""The order pulled rows are applied in: parents before children, across tables.

Derived from the foreign keys of the synced tables (no list to keep up to date): a
table comes after every table it refers to. Within a table rows keep head office's
order (its sequence numbers, that is the order the desks' changes were made in),
never the order of their ids.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Table

from jpf_desk.sync.rows import synced_tables


@cache
def parent_columns(table: Table) -> tuple[tuple[str, str], ...]:
    """(column, parent table) of each foreign key of `table` (its own table included)."""
    found = []
    for fk in table.foreign_keys:
        column = fk.parent.name
        found.append((column, fk.column.table.name))
    return tuple(sorted(found))


@cache
def table_rank() -> dict[str, int]:
    """Each synced table's place in a parents-first order (a self-reference ignored)."""
    tables = synced_tables()
    parents = {name: {p for _c, p in parent_columns(spec.table) if p != name and p in tables}
               for name, spec in tables.items()}
    order: list[str] = []
    placed: set[str] = set()
    while len(order) < len(parents):
        ready = sorted(n for n, ps in parents.items() if n not in placed and ps <= placed)
        if not ready:  # a cycle between tables: place the rest by name (keys deferred)
            ready = sorted(n for n in parents if n not in placed)
        order.extend(ready)
        placed.update(ready)
    return {name: rank for rank, name in enumerate(order)}
