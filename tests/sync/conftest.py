"""A real PostgreSQL for head-office tests: one server per test session (per xdist
worker), a fresh database per test, desks that connect as their centre's own role.

The server runs from /usr/lib/postgresql/*/bin in a temporary directory, as the
`postgres` user when the tests run as root (initdb refuses root), on a free port with
its socket in that directory, password authentication on, fsync off.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.admin import init_head_office
from jpf_desk.services.head_office.sync import connect_head_office
from jpf_desk.store.engine import open_store
from jpf_desk.sync.connection import ConnectionSettings
from tests.helpers.staff import TEST_PASSWORD
from tests.helpers.stores import copy_store, template_keyring
from tests.sync.pg import PgServer, find_pg_bin, start_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    pg_bin = find_pg_bin()
    if pg_bin is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries missing (/usr/lib/postgresql/*/bin): "
                        "run `make test` as root, which installs them")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = start_server(pg_bin)
    try:
        yield server
    finally:
        server.destroy()


@dataclass
class HeadOffice:
    server: PgServer
    dbname: str

    @property
    def admin_dsn(self) -> str:
        return self.server.dsn(self.dbname)

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.admin_dsn, autocommit=True)

    def as_role(self, role: str, password: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.server.dsn(self.dbname, role, password), autocommit=True)

    def rows(self, table: str | None = None) -> list[tuple[object, ...]]:
        with self.admin() as conn:
            query = "SELECT table_name, row_id, centre_id, revision, deleted FROM ho.rows"
            if table:
                return conn.execute(query + " WHERE table_name = %s ORDER BY row_id",
                                    (table,)).fetchall()
            return conn.execute(query + " ORDER BY table_name, row_id").fetchall()


@pytest.fixture
def head_office(pg_server: PgServer) -> Iterator[HeadOffice]:
    dbname = "ho_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {dbname}")
    ho = HeadOffice(pg_server, dbname)
    init_head_office(ho.admin_dsn)
    yield ho
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")


@pytest.fixture(scope="session")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("empty-store")
    with template_keyring():
        open_store(folder, lock=False).close()
    return folder


@dataclass
class CentreDesk:
    desk: Desk
    data_dir: Path
    role: str
    password: str

    def close(self) -> None:
        self.desk.store.close()


MakeDesk = Callable[..., CentreDesk]


@pytest.fixture
def make_desk(tmp_path: Path, empty_store: Path, head_office: HeadOffice) -> Iterator[MakeDesk]:
    """A desk of a new centre, connected to head office as that centre's role."""
    opened: list[CentreDesk] = []

    def make(code: str, name: str | None = None, *, host: str | None = None,
             port: int | None = None) -> CentreDesk:
        data_dir = tmp_path / f"desk-{code}-{len(opened)}"
        data_dir.mkdir()
        copy_store(empty_store, data_dir)
        store = open_store(data_dir)
        desk = setup.initialise(store, code, name or f"JPF {code}", "Trần Văn Thử",
                                password=TEST_PASSWORD)
        role = init_head_office(head_office.admin_dsn, [desk.actor.centre_id]).roles[0]
        assert role.password is not None
        connect_desk(desk, head_office, role.role_name, role.password, host=host, port=port)
        made = CentreDesk(desk, data_dir, role.role_name, role.password)
        opened.append(made)
        return made

    yield make
    for made in opened:
        made.close()


def connect_desk(desk: Desk, ho: HeadOffice, role: str, password: str, *,
                 host: str | None = None, port: int | None = None) -> None:
    connect_head_office(desk, ConnectionSettings(
        host=host or str(ho.server.dir), port=port or ho.server.port, dbname=ho.dbname,
        user=role, sslmode="disable", connect_timeout=5), password)
