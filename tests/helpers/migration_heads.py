"""Migration tests' tools: run Alembic on a plain SQLite store (as an older version of the
program left it), and the heads a store stood at before a given migration (siblings
included), for the tests that upgrade a store "from the version before" a migration that
later ones build on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from jpf_desk.store import migrate


def alembic_plain(path: Path, step: str, *targets: str) -> None:
    """`step` ("upgrade" or "downgrade") to each target in turn, on the plain SQLite file
    at `path`, in one transaction."""
    engine = create_engine(f"sqlite:///{path}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        for target in targets:
            getattr(command, step)(cfg, target)
    engine.dispose()


def heads_before(revision: str) -> list[str]:
    """Every head of the graph once `revision` and the revisions built on it are taken out."""
    graph = migrate.revision_graph()

    def builds_on(name: str) -> bool:
        return name == revision or any(builds_on(p) for p in graph[name])

    kept = {name for name in graph if not builds_on(name)}
    followed = {parent for name in kept for parent in graph[name]}
    return sorted(kept - followed)


# The time every row of a seeded old store carries (SQLite's text form).
SEEDED_AT = "'2026-11-01 00:00:00'"
# The tracked columns every synced table had before 0019, in the order the seeds give them.
TRACKED_COLUMNS = "centre_id, created_at, updated_at, revision, changed_by"


def insert_old_customer(conn: sqlite3.Connection) -> None:
    """Customer c1 of centre k1, "Trần Văn Bình", as the stores of 0010 to 0019 hold one."""
    conn.execute(
        "INSERT INTO customers (id, centre_id, created_at, updated_at, revision, "
        "family_name, middle_name, given_name, full_name, search_key, sort_key, street, "
        f"address_as_written, notes, status) VALUES ('c1', 'k1', {SEEDED_AT}, {SEEDED_AT}, 1, "
        "'Trần', 'Văn', 'Bình', 'Trần Văn Bình', 'tran van binh', 'binh', '', '', '', "
        "'active')")
