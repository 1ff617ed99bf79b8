"""A head-office database as an older release left it, for the upgrade tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

from jpf_desk.sync.head_office import schema
from jpf_desk.sync.head_office.migrations import STEPS
from tests.sync.pg import PgServer

Conn = psycopg.Connection[tuple[object, ...]]


@contextmanager
def head_office_through(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch,
                        steps: int) -> Iterator[tuple[Conn, str]]:
    """A new database with only the first `steps` head-office steps applied (the owner's
    connection and the database's name), dropped afterwards."""
    dbname = "ho_old_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {dbname}")
    try:
        with psycopg.connect(pg_server.dsn(dbname), autocommit=True) as conn:
            with monkeypatch.context() as patch:
                patch.setattr(schema, "STEPS", STEPS[:steps])
                assert schema.migrate(conn) == [v for v, _what, _sql in STEPS[:steps]]
            yield conn, dbname
    finally:
        with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
