"""Head office's schema upgraded in place from an older version that holds data."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from jpf_desk.sync.head_office.migrations import STEPS
from jpf_desk.sync.head_office.schema import current_version, ensure_centre_role, migrate
from jpf_desk.sync.protocol import push_batch
from tests.sync.older_head_office import head_office_through
from tests.sync.pg import PgServer

Conn = psycopg.Connection[tuple[object, ...]]


@pytest.fixture
def old_head_office(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
                    ) -> Iterator[tuple[Conn, str]]:
    """A head-office database at version 2, as the first release left it."""
    with head_office_through(pg_server, monkeypatch, 2) as old:
        yield old


def _rows(conn: Conn) -> dict[str, tuple[object, ...]]:
    return {str(r[0]): tuple(r[1:]) for r in conn.execute(
        "SELECT row_id, data::text, ho_seq, deleted FROM ho.rows").fetchall()}


def test_upgrade_keeps_rows_clears_old_tombstones_and_stamps_without_a_trigger_call(
        old_head_office: tuple[Conn, str], pg_server: PgServer) -> None:
    conn, dbname = old_head_office
    conn.execute(
        "INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, deleted, "
        "origin_store, ho_seq) VALUES ('field_changes', 'f1', 'c1', 1, %s, true, 's', 0), "
        "('customers', 'k1', 'c1', 1, %s, false, 's', 0)",
        ('{"old_value": "Phạm Thị Hương Giang"}', '{"full_name": "Lý Văn Toàn"}'))
    before = _rows(conn)
    assert all(int(str(seq)) > 0 for _data, seq, _deleted in before.values())

    assert migrate(conn) == [version for version, _what, _sql in STEPS[2:]]
    assert current_version(conn) == STEPS[-1][0]  # step numbers may skip one
    after = _rows(conn)
    assert after["f1"] == ("{}", before["f1"][1], True)  # cleared, not sent to desks again
    assert after["k1"] == before["k1"]  # live rows untouched, same place in the order
    assert migrate(conn) == []

    # A centre's new row is numbered after every older row, a replaced row gets a new
    # number (since step 10 in head office's push function); head office's own "0" is
    # still stamped, and so is its own update that leaves the number alone.
    centre = str(uuid.uuid4())
    role = ensure_centre_role(conn, centre)
    assert role.password is not None
    top = max(int(str(seq)) for _d, seq, _x in after.values())
    with psycopg.connect(pg_server.dsn(dbname, role.role_name, role.password),
                         autocommit=True) as desk:
        for revision, base in ((1, 0), (2, 1)):
            line = f"customers\tn1\t{centre}\t{revision}\t{{\"id\": \"n1\"}}\tf\tf\t{base}\n"
            pushed = push_batch(desk, str(uuid.uuid4()), "s", 0, line.encode(), 1)
            assert not (pushed.rejected or pushed.forbidden)
            if revision == 1:
                first = desk.execute("SELECT ho_seq FROM ho.rows WHERE row_id = 'n1'").fetchone()
        second = desk.execute("SELECT ho_seq FROM ho.rows WHERE row_id = 'n1'").fetchone()
    assert first is not None and second is not None
    assert top < int(str(first[0])) < int(str(second[0]))
    conn.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                 "origin_store, ho_seq) VALUES ('courses', 'c9', %s, 1, %s, 'ho', 0)",
                 ("00000000-0000-0000-0000-000000000000", json.dumps({"code": "A1"})))
    stamped = conn.execute("SELECT ho_seq FROM ho.rows WHERE row_id = 'c9'").fetchone()
    assert stamped is not None and int(str(stamped[0])) > int(str(second[0]))
    conn.execute("UPDATE ho.rows SET revision = 2 WHERE row_id = 'c9'")
    restamped = conn.execute("SELECT ho_seq FROM ho.rows WHERE row_id = 'c9'").fetchone()
    assert restamped is not None and int(str(restamped[0])) > int(str(stamped[0]))


def test_a_centre_cannot_choose_a_sequence_number(old_head_office: tuple[Conn, str],
                                                  pg_server: PgServer) -> None:
    """Since step 10 a centre writes no row directly, with or without a number; its push
    stages no number at all."""
    conn, dbname = old_head_office
    migrate(conn)
    centre = str(uuid.uuid4())
    role = ensure_centre_role(conn, centre)
    assert role.password is not None
    with psycopg.connect(pg_server.dsn(dbname, role.role_name, role.password),
                         autocommit=True) as desk:
        for columns, values in ((", ho_seq", ", 1"), ("", "")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                desk.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, "
                             f"data, origin_store{columns}) VALUES ('customers', 'x', %s, 1, "
                             f"'{{}}', 's'{values})", (centre,))
        for change in ("ho_seq = 1", "updated_at = now()", "revision = 2"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                desk.execute(f"UPDATE ho.rows SET {change} WHERE row_id = 'y'")
        desk.execute("SELECT ho.open_push()")
        with pytest.raises(psycopg.errors.UndefinedColumn), desk.transaction(), \
                desk.cursor().copy("COPY pg_temp.push_stage (table_name, row_id, ho_seq) "
                                   "FROM STDIN") as copy:
            copy.write("customers\ty\t1\n")


def test_upgrade_keeps_what_centres_wrote_to_shared_tables_but_serves_it_to_none(
        old_head_office: tuple[Conn, str], pg_server: PgServer) -> None:
    """Rows written before shared data had one writer: a partner a centre planted, a
    mislabelled row and an oversize one stay at head office (nothing is lost, an
    administrator can look at them), but no centre reads the planted partner any more,
    and the new checks bind only new writes."""
    conn, dbname = old_head_office
    planter, other = str(uuid.uuid4()), str(uuid.uuid4())
    roles = {c: ensure_centre_role(conn, c) for c in (planter, other)}
    big = json.dumps({"id": "big", "notes": "x" * 300_000})
    with psycopg.connect(pg_server.dsn(dbname, roles[planter].role_name,
                                       str(roles[planter].password)), autocommit=True) as c:
        c.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                  "origin_store) VALUES ('partners', 'evil', %s, 1, %s, 's'), "
                  "('customers', 'liar', %s, 1, %s, 's'), ('customers', 'big', %s, 1, %s, 's')",
                  (planter, json.dumps({"id": "evil", "name": "Evil Visa Agency"}),
                   planter, json.dumps({"id": "someone-else"}), planter, big))
    with psycopg.connect(pg_server.dsn(dbname, roles[other].role_name,
                                       str(roles[other].password)), autocommit=True) as c:
        assert c.execute("SELECT row_id FROM ho.rows").fetchall() == [("evil",)]
    before = _rows(conn)

    migrate(conn)
    assert _rows(conn) == before
    for centre in (planter, other):
        with psycopg.connect(pg_server.dsn(dbname, roles[centre].role_name,
                                           str(roles[centre].password)), autocommit=True) as c:
            seen = {r[0] for r in c.execute("SELECT row_id FROM ho.rows").fetchall()}
        assert seen == ({"liar", "big"} if centre == planter else set())
