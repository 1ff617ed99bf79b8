"""Head-office step 11: a push names the sequence numbers its write took, the desk steps
over them when it pulls, and never over a row it must pull; the check tables are no
longer emptied at every commit, and a check committed without its apply is not used."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import psycopg
import pytest

from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.sync import store_id, sync_now
from jpf_desk.store.models import Customer
from jpf_desk.sync import inbox, own_seqs
from jpf_desk.sync.client import SyncRun
from jpf_desk.sync.head_office.migrations import STEPS
from jpf_desk.sync.head_office.schema import ensure_centre_role, migrate
from jpf_desk.sync.protocol import PUSH_COLUMNS, push_batch
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, become_another_desk, bulk_customers
from tests.sync.older_head_office import head_office_through
from tests.sync.pg import PgServer
from tests.sync.test_conflicts import second_desk

Conn = psycopg.Connection[tuple[object, ...]]


def test_released_head_office_steps_are_never_edited() -> None:
    """Step 11 rebuilds step 10's functions from the same parts: step 10's text (run by
    every head office already upgraded) must stay byte for byte what was released."""
    released = {
        10: "130d3b20e31dae4412899f9857af0bf8af6d3fd80eece7c99da8020b00b117df",
    }
    for version, _what, sql in STEPS:
        if version in released:
            assert hashlib.sha256(sql.encode()).hexdigest() == released[version], version


def test_spans_are_joined_dropped_below_the_cursor_and_bound_to_their_store(
        make_desk: MakeDesk) -> None:
    a = make_desk("HN1")
    with a.desk.tx() as s:
        inbox.state(s).cursor = 100
        own_seqs.record(s, (90, 95))  # already passed: not kept
        own_seqs.record(s, (101, 120))
        own_seqs.record(s, (140, 150))
        own_seqs.record(s, (121, 130))  # meets the first: one span
        own_seqs.record(s, None)  # a batch answered from head office's record
        assert own_seqs.above(s, 100) == [(101, 130), (140, 150)]
        assert own_seqs.above(s, 130) == [(140, 150)]
    become_another_desk(a.desk)  # the same file as another desk: spans of the old id
    with a.desk.tx() as s:
        assert own_seqs.above(s, 0) == []


def _line(centre: str, row_id: str) -> str:
    return f"customers\t{row_id}\t{centre}\t1\t{json.dumps({'id': row_id})}\tf\tf\t0\n"


def test_a_push_answers_the_numbers_its_rows_took(make_desk: MakeDesk,
                                                  head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    sync_now(a.desk)
    ids = sorted(bulk_customers(a.desk, 30))
    lines = "".join(_line(a.desk.actor.centre_id, i) for i in ids)
    me = store_id(a.desk)
    with head_office.as_role(a.role, a.password) as conn:
        result = push_batch(conn, "batch-1", me, 0, lines.encode(), len(ids))
    assert result.own_seqs is not None
    with head_office.admin() as conn:
        taken = conn.execute("SELECT min(ho_seq), max(ho_seq), count(*) FROM ho.rows "
                             "WHERE row_id = ANY(%s)", (ids,)).fetchone()
        inside = conn.execute("SELECT DISTINCT origin_store FROM ho.rows "
                              "WHERE ho_seq BETWEEN %s AND %s", result.own_seqs).fetchall()
    assert taken == (result.own_seqs[0], result.own_seqs[1], 30)
    assert inside == [(me,)]
    with head_office.as_role(a.role, a.password) as conn:  # answered from its record
        again = push_batch(conn, "batch-1", me, 0, lines.encode(), len(ids))
    assert again.already_applied and again.own_seqs is None


def test_a_check_committed_without_its_apply_is_not_used(make_desk: MakeDesk,
                                                         head_office: HeadOffice) -> None:
    """The check tables now outlive a transaction: a check committed alone must not let
    later, unchecked rows through (a row of another centre here)."""
    a = make_desk("HN1")
    b = make_desk("HN2")
    mine, theirs = "c-mine", "c-theirs"
    with head_office.as_role(a.role, a.password) as conn:
        conn.execute("SELECT ho.open_push()")
        with conn.transaction():
            _copy(conn, _line(a.desk.actor.centre_id, mine))
            conn.execute("SELECT ho.check_push()")
        with conn.transaction():
            _copy(conn, _line(b.desk.actor.centre_id, theirs))
            with pytest.raises(psycopg.DatabaseError, match="not checked") as refused:
                conn.execute("SELECT ho.apply_push('b1', 's', 0)")
            assert refused.value.sqlstate == "JP003"
    assert head_office.rows("customers") == []


def _copy(conn: Conn, lines: str) -> None:
    with conn.cursor().copy(f"COPY pg_temp.push_stage ({PUSH_COLUMNS}) FROM STDIN") as copy:
        copy.write(lines)


def test_the_check_tables_do_not_grow_over_many_batches(make_desk: MakeDesk,
                                                        head_office: HeadOffice) -> None:
    """Kept across transactions, they are emptied so that space is used again: 30
    batches of 100 refused rows (data naming another id) stay within one batch's pages."""
    a = make_desk("HN1")
    centre = a.desk.actor.centre_id
    with head_office.as_role(a.role, a.password) as conn:
        conn.execute("SELECT ho.open_push()")
        for n in range(30):
            with conn.transaction():
                _copy(conn, "".join(f"customers\tbad-{n}-{k}\t{centre}\t1\t"
                                    '{"id": "other"}\tf\tf\t0\n' for k in range(100)))
                conn.execute("SELECT ho.check_push()")
                answer = conn.execute("SELECT ho.apply_push(%s, 's', 0)", (f"b{n}",)).fetchone()
                assert answer is not None and len(answer[0]["forbidden"]) == 100
        pages = conn.execute("SELECT pg_relation_size('pg_temp.push_bad') / 8192").fetchone()
    assert pages is not None and pages[0] <= 2


def test_a_row_written_between_two_of_my_batches_is_still_pulled(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    """Desk B pushes in several batches; desk A of the same centre writes a customer
    between two of them. B's next pull steps over its own batches but not over A's row."""
    a = make_desk("HN1")
    add_customer(a.desk, "Nguyễn", "An")
    sync_now(a.desk)
    b = second_desk(a, tmp_path)
    try:
        bulk_customers(b, 6)
        between: list[str] = []

        def a_writes_between(step: str) -> None:
            if step == "after_remote_commit" and not between:
                between.append(add_customer(a.desk, "Lê", "Giữa"))
                sync_now(a.desk)

        SyncRun(b.store, b.actor.centre_id, store_id(b), hook=a_writes_between,
                batch_size=2).run()
        spans = _spans(b)
        assert len(spans) >= 2  # B's batches on both sides of A's row
        sync_now(b)
        with b.tx() as s:
            assert s.get(Customer, between[0]) is not None
        assert _spans(b) == []  # passed by the cursor, dropped with the next record
    finally:
        b.store.close()


def _spans(desk: Desk) -> list[tuple[int, int]]:
    with desk.tx() as s:
        return own_seqs.above(s, inbox.state(s).cursor)


def test_a_session_opened_before_step_11_keeps_pushing_after_it(
        pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk keeps its connection between syncs: its staging tables were made by step
    10's open_push (emptied at every commit); step 11's functions work with them."""
    with head_office_through(pg_server, monkeypatch, 10) as (owner, dbname):
        centre = "c-" + uuid.uuid4().hex[:8]
        role = ensure_centre_role(owner, centre)
        assert role.password is not None
        with psycopg.connect(pg_server.dsn(dbname, role.role_name, role.password),
                             autocommit=True) as desk:
            first = push_batch(desk, "b1", "s1", 0, _line(centre, "k1").encode(), 1)
            assert first.own_seqs is None  # step 10 does not say
            assert migrate(owner) == [11]
            second = push_batch(desk, "b2", "s1", 0, _line(centre, "k2").encode(), 1)
            bad = f'customers\tk3\t{centre}\t1\t{{"id": "other"}}\tf\tf\t0\n'
            third = push_batch(desk, "b3", "s1", 0, bad.encode(), 1)
        seqs = dict(owner.execute("SELECT row_id, ho_seq FROM ho.rows "
                                  "WHERE centre_id = %s", (centre,)).fetchall())
    assert second.own_seqs == (seqs["k2"], seqs["k2"])
    assert third.forbidden == {("customers", "k3")} and "k3" not in seqs


def test_changes_only_batches_write_as_the_upsert_did(make_desk: MakeDesk,
                                                      head_office: HeadOffice) -> None:
    """A batch of changes only is written by UPDATE: a change on the revision head office
    holds is written, one on an older revision refused (rejected), one of a row head
    office does not hold written all the same, as the upsert always did."""
    a = make_desk("HN1")
    centre, me = a.desk.actor.centre_id, "store-a"

    def line(row_id: str, revision: int, base: int) -> str:
        data = json.dumps({"id": row_id, "revision": revision})
        return f"customers\t{row_id}\t{centre}\t{revision}\t{data}\tf\tf\t{base}\n"

    with head_office.as_role(a.role, a.password) as conn:
        push_batch(conn, "new", me, 0, (line("k1", 1, 0) + line("k2", 1, 0)).encode(), 2)
    with head_office.admin() as owner:  # another desk changed k2 meanwhile
        owner.execute("UPDATE ho.rows SET revision = 2, origin_store = 'other' "
                      "WHERE row_id = 'k2'")
        cursor = owner.execute("SELECT max(ho_seq) FROM ho.rows").fetchone()
    assert cursor is not None
    with head_office.as_role(a.role, a.password) as conn:
        result = push_batch(conn, "changes", me, int(str(cursor[0])),
                            (line("k1", 2, 1) + line("k2", 2, 1) + line("k3", 4, 3)).encode(), 3)
    assert result.rejected == {("customers", "k2")} and not result.forbidden
    assert {(r[1], r[3]) for r in head_office.rows("customers")} == {
        ("k1", 2), ("k2", 2), ("k3", 4)}
    with head_office.admin() as owner:
        origins = dict(owner.execute("SELECT row_id, origin_store FROM ho.rows "
                                     "WHERE table_name = 'customers'").fetchall())
    assert origins == {"k1": me, "k2": "other", "k3": me}
