"""Creating and upgrading the head-office schema, and the login role of each centre."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import psycopg
from psycopg import sql

from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.sync.head_office.migrations import CENTRE_GROUP, SCHEMA, STEPS

VERSION_TABLE = "schema_version"


def current_version(conn: psycopg.Connection[tuple[object, ...]]) -> int:
    exists = conn.execute(
        "SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.{VERSION_TABLE}",)
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute(f"SELECT coalesce(max(version), 0) FROM {SCHEMA}.{VERSION_TABLE}").fetchone()
    return int(row[0]) if row else 0  # type: ignore[call-overload]


def migrate(conn: psycopg.Connection[tuple[object, ...]]) -> list[int]:
    """Apply the missing steps, each in its own transaction with its version row."""
    applied: list[int] = []
    if current_version(conn) == 0:  # a new database: no centre role exists yet
        _create_version_table(conn)
    for version, description, body in STEPS:
        if version in _applied(conn):
            continue
        with conn.transaction():
            # One migrator at a time, even if two admins run `init` together: a lock no
            # centre can take (an advisory lock any centre role could hold forever).
            conn.execute(f"LOCK TABLE {SCHEMA}.{VERSION_TABLE} IN SHARE ROW EXCLUSIVE MODE")
            if version in _applied(conn):
                continue
            conn.execute(body.encode())
            conn.execute(
                f"INSERT INTO {SCHEMA}.{VERSION_TABLE} (version, description) VALUES (%s, %s)",
                (version, description),
            )
        applied.append(version)
    return applied


def _applied(conn: psycopg.Connection[tuple[object, ...]]) -> set[int]:
    """The steps recorded. Each step is looked up by number, not compared with the
    highest: steps are numbered ahead by parallel work, and a lower step that lands
    after a higher one was applied must still run."""
    return {int(str(r[0])) for r in conn.execute(
        f"SELECT version FROM {SCHEMA}.{VERSION_TABLE}").fetchall()}


def _create_version_table(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7100714)")
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {SCHEMA}.{VERSION_TABLE} ("
            "version integer PRIMARY KEY, description text NOT NULL, "
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )


@dataclass(frozen=True)
class CentreRole:
    centre_id: str
    role_name: str
    password: str | None  # only when just created (or reset): shown once, never stored


def role_name_for(centre_id: str) -> str:
    return "jpf_centre_" + centre_id.replace("-", "")[:32].lower()


def ensure_centre_role(
    conn: psycopg.Connection[tuple[object, ...]], centre_id: str, *, reset_password: bool = False
) -> CentreRole:
    """The login role of a centre: member of the centre group, mapped to its centre id.
    Never for the shared centre: rows under that id reach every centre."""
    if centre_id == SHARED_CENTRE:
        raise ValueError("the shared centre id is head office's, not a centre's")
    name = role_name_for(centre_id)
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        password: str | None = None
        if exists is None or reset_password:
            password = secrets.token_urlsafe(24)
            verb = "ALTER" if exists else "CREATE"
            conn.execute(sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                                 "NOBYPASSRLS PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(CENTRE_GROUP), sql.Identifier(name)))
        conn.execute(
            f"INSERT INTO {SCHEMA}.centre_roles (role_name, centre_id) VALUES (%s, %s) "
            "ON CONFLICT (role_name) DO NOTHING",
            (name, centre_id),
        )
    return CentreRole(centre_id, name, password)
