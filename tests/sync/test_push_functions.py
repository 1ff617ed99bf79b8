"""Head office's push functions (head-office step 10) against a hostile centre: the
staging tables are head office's, the centre may only add rows to one of them, what it
stages is checked and counted by head office, and nothing it plants there runs with
head office's rights."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy import func, select

from jpf_desk.domain.messages import render_error
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.base import SHARED_CENTRE, new_id
from jpf_desk.store.models import OutboxEntry
from jpf_desk.sync.errors import SyncFailed
from jpf_desk.sync.limits import MAX_BATCH_ROWS
from jpf_desk.sync.protocol import PUSH_COLUMNS, push_batch
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk
from tests.sync.helpers import add_customer

Conn = psycopg.Connection[tuple[object, ...]]


def _line(centre: str, row_id: str, data: str | None = None, table: str = "customers") -> str:
    body = json.dumps({"id": row_id}) if data is None else data
    return f"{table}\t{row_id}\t{centre}\t1\t{body}\tf\tf\t0\n"


def _stage(conn: Conn, lines: str) -> None:
    with conn.cursor().copy(f"COPY pg_temp.push_stage ({PUSH_COLUMNS}) FROM STDIN") as copy:
        copy.write(lines)


def _customers(ho: HeadOffice) -> set[str]:
    return {str(r[1]) for r in ho.rows("customers")}


@pytest.fixture
def a(make_desk: MakeDesk) -> CentreDesk:
    return make_desk("HN1")


def test_a_staging_table_or_view_the_centre_made_is_refused_and_never_run(
        a: CentreDesk, head_office: HeadOffice) -> None:
    """A view of the staging table's name calling the centre's own function would run
    that function with head office's rights inside the push functions."""
    planted = new_id()
    with head_office.as_role(a.role, a.password) as conn:
        conn.execute(
            "CREATE FUNCTION pg_temp.plant() RETURNS text LANGUAGE sql AS $$ "
            "INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, origin_store, "
            f"ho_seq) VALUES ('partners', '{planted}', '{SHARED_CENTRE}', 1, "
            f"'{{\"id\": \"{planted}\"}}', 'evil', 0) RETURNING 'customers' $$")
        conn.execute("CREATE TEMP VIEW push_stage AS SELECT pg_temp.plant() AS table_name, "
                     "'x'::text AS row_id, ''::text AS centre_id, 1 AS revision, "
                     "'{}'::jsonb AS data, false AS deleted, false AS append_only, "
                     "0 AS base_revision")
        for call in ("SELECT ho.open_push()", "SELECT ho.check_push()",
                     "SELECT ho.apply_push('b', 's', 0)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                conn.execute(call)
    with head_office.as_role(a.role, a.password) as conn:  # a table of its own: the same
        conn.execute("CREATE TEMP TABLE push_stage (table_name text)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT ho.open_push()")
    assert head_office.rows("partners") == []


def test_the_centre_may_only_add_rows_to_the_staging(a: CentreDesk,
                                                     head_office: HeadOffice) -> None:
    with head_office.as_role(a.role, a.password) as conn:
        conn.execute("SELECT ho.open_push()")
        for statement in ("SELECT * FROM pg_temp.push_stage",
                          "UPDATE pg_temp.push_stage SET revision = 2",
                          "DELETE FROM pg_temp.push_stage",
                          "TRUNCATE pg_temp.push_stage",
                          "DROP TABLE pg_temp.push_stage",
                          "ALTER TABLE pg_temp.push_stage ADD COLUMN x text",
                          "CREATE RULE r AS ON INSERT TO pg_temp.push_stage DO INSTEAD NOTHING",
                          "INSERT INTO pg_temp.push_checked VALUES (0, false)",
                          "INSERT INTO pg_temp.push_bad VALUES ('customers', 'x', 'forbidden')",
                          "DELETE FROM pg_temp.push_bad",
                          "SELECT nextval('ho.rows_seq')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
            conn.execute("CREATE FUNCTION pg_temp.t() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN RETURN NEW; END $$")
            conn.execute("CREATE TRIGGER t BEFORE INSERT ON pg_temp.push_stage "
                         "FOR EACH ROW EXECUTE FUNCTION pg_temp.t()")


def test_rows_staged_after_the_check_or_no_check_fail_the_batch(
        a: CentreDesk, head_office: HeadOffice) -> None:
    centre = a.desk.actor.centre_id
    checked, sneaked = new_id(), new_id()
    with head_office.as_role(a.role, a.password) as conn:
        conn.execute("SELECT ho.open_push()")
        with pytest.raises(psycopg.DatabaseError) as late, conn.transaction():
            _stage(conn, _line(centre, checked))
            conn.execute("SELECT ho.check_push()")
            _stage(conn, _line(centre, sneaked, json.dumps({"id": sneaked, "notes": "x" * 9})))
            conn.execute("SELECT ho.apply_push(%s, 's', 0)", (new_id(),))
        assert late.value.sqlstate == "JP003"
        with pytest.raises(psycopg.DatabaseError) as unchecked, conn.transaction():
            _stage(conn, _line(centre, checked))
            conn.execute("SELECT ho.apply_push(%s, 's', 0)", (new_id(),))
        assert unchecked.value.sqlstate == "JP003"
        # One check serves one apply.
        with pytest.raises(psycopg.DatabaseError) as twice, conn.transaction():
            _stage(conn, _line(centre, checked))
            conn.execute("SELECT ho.check_push()")
            conn.execute("SELECT ho.apply_push(%s, 's', 0)", (new_id(),))
            conn.execute("SELECT ho.apply_push(%s, 's', 0)", (new_id(),))
        assert twice.value.sqlstate == "JP003"
        # A check from an earlier transaction does not carry over.
        with conn.transaction():
            _stage(conn, _line(centre, checked))
            conn.execute("SELECT ho.check_push()")
        with pytest.raises(psycopg.DatabaseError) as stale, conn.transaction():
            _stage(conn, _line(centre, sneaked))
            conn.execute("SELECT ho.apply_push(%s, 's', 0)", (new_id(),))
        assert stale.value.sqlstate == "JP003"
    assert _customers(head_office) == set()


def test_head_office_counts_the_batch_itself(a: CentreDesk, head_office: HeadOffice) -> None:
    centre = a.desk.actor.centre_id
    lines = "".join(_line(centre, new_id()) for _ in range(MAX_BATCH_ROWS + 1))
    with head_office.as_role(a.role, a.password) as conn, \
            pytest.raises(psycopg.DatabaseError) as caught:
        push_batch(conn, new_id(), "evil-store", 0, lines.encode(), 1)  # claims one row
    assert caught.value.sqlstate == "JP002"
    assert _customers(head_office) == set()


def test_malformed_and_repeated_rows_are_refused_and_the_rest_applied(
        a: CentreDesk, head_office: HeadOffice) -> None:
    centre = a.desk.actor.centre_id
    good, twice, no_data, no_revision = new_id(), new_id(), new_id(), new_id()
    lines = (_line(centre, good) + _line(centre, twice) + _line(centre, twice)
             + f"customers\t{no_data}\t{centre}\t1\t\\N\tf\tf\t0\n"
             + f"customers\t{no_revision}\t{centre}\t\\N\t{json.dumps({'id': no_revision})}"
             "\tf\tf\t0\n"
             + f"customers\t{new_id()}\t\\N\t1\t{{}}\tf\tf\t0\n")
    with head_office.as_role(a.role, a.password) as conn:
        result = push_batch(conn, new_id(), "evil-store", 0, lines.encode(), 6)
    assert not result.already_applied and result.rejected == frozenset()
    assert {("customers", twice), ("customers", no_data),
            ("customers", no_revision)} <= result.forbidden
    assert len(result.forbidden) == 4
    assert _customers(head_office) == {good}


def test_a_batch_answered_again_from_its_record(a: CentreDesk,
                                                head_office: HeadOffice) -> None:
    centre = a.desk.actor.centre_id
    row, liar, batch = new_id(), new_id(), new_id()
    lines = _line(centre, row) + _line(centre, liar, json.dumps({"id": row}))
    with head_office.as_role(a.role, a.password) as conn:
        first = push_batch(conn, batch, "store-a", 0, lines.encode(), 2)
        again = push_batch(conn, batch, "store-a", 0, lines.encode(), 2)
    assert (first.already_applied, again.already_applied) == (False, True)
    assert first.forbidden == again.forbidden == {("customers", liar)}
    with head_office.admin() as admin:
        seqs = admin.execute("SELECT count(*), max(revision) FROM ho.rows "
                             "WHERE table_name = 'customers'").fetchone()
    assert seqs == (1, 1)


def test_a_head_office_without_its_push_functions_is_named_outdated(
        a: CentreDesk, head_office: HeadOffice) -> None:
    """As a head office before step 10 (its functions missing): the desk says head office
    must be upgraded, sends nothing and keeps every change for the next sync."""
    sync_now(a.desk)
    add_customer(a.desk, "Đinh", "Mới")
    with head_office.admin() as admin:
        admin.execute("DROP FUNCTION ho.apply_push(text, text, bigint), ho.check_push(), "
                      "ho.open_push()")
    with pytest.raises(SyncFailed) as failed:
        sync_now(a.desk)
    assert failed.value.code == "sync.head_office_outdated"
    assert render_error(failed.value, "en") == (
        "Head office must be upgraded (jpf-desk head-office init) before this desk sends its "
        "data. Nothing was sent; nothing is lost.")
    assert _customers(head_office) == set()
    with a.desk.tx() as s:
        pending = s.scalar(select(func.count()).select_from(OutboxEntry))
    assert pending is not None and pending > 0


def test_an_erasure_landing_between_check_and_apply_still_wins(
        a: CentreDesk, head_office: HeadOffice) -> None:
    """The centre had no erased customer when its batch was checked; one is erased at
    head office before the batch takes the order of writes: the rows about that person
    are refused, the others written."""
    centre = a.desk.actor.centre_id
    person, enrolment, other = new_id(), new_id(), new_id()
    with head_office.as_role(a.role, a.password) as conn:
        assert not push_batch(conn, new_id(), "s", 0,
                              _line(centre, person).encode(), 1).forbidden
        conn.execute("SELECT ho.open_push()")
        with conn.transaction():
            _stage(conn, _line(centre, enrolment,
                               json.dumps({"id": enrolment, "customer_id": person,
                                           "note": "Học lại từ đầu"}),
                               table="enrolments") + _line(centre, other))
            conn.execute("SELECT ho.check_push()")
            with head_office.admin() as admin:
                admin.execute("UPDATE ho.rows SET data = data || '{\"status\": \"deleted\"}' "
                              "WHERE row_id = %s", (person,))
            answer = conn.execute("SELECT ho.apply_push(%s, 's', 0)", (new_id(),)).fetchone()
    assert answer is not None
    assert answer[0]["erased"] == [["enrolments", enrolment]]
    assert _customers(head_office) == {person, other}
    assert head_office.rows("enrolments") == []


def test_a_centre_s_planner_settings_do_not_change_how_its_push_reads_head_office(
        a: CentreDesk, head_office: HeadOffice) -> None:
    """The checks and the write run under the order of writes every centre waits for: a
    session with index scans and nested loops switched off (so that each staged row
    would read every row head office holds) reads ho.rows exactly as a plain one does."""
    centre = a.desk.actor.centre_id
    held = [new_id() for _ in range(3000)]
    erased = new_id()
    with head_office.as_role(a.role, a.password) as conn:
        rows = "".join(_line(centre, i) for i in held)
        gone = json.dumps({"id": erased, "status": "deleted"})  # erasure checks run too
        push_batch(conn, "held", "s", 0, (rows + _line(centre, erased, gone)).encode(), 3001)
    with head_office.admin() as owner:
        owner.execute("ANALYZE ho.rows")

    def scans(batch: str, changed: list[str], hostile: bool) -> tuple[object, ...]:
        changes = "".join(f"customers\t{i}\t{centre}\t2\t{json.dumps({'id': i})}\tf\tf\t1\n"
                          for i in changed)
        with head_office.as_role(a.role, a.password) as conn:
            if hostile:
                conn.execute("SET enable_indexscan = off; SET enable_bitmapscan = off; "
                              "SET enable_indexonlyscan = off; SET enable_nestloop = off; "
                              "SET random_page_cost = 1000000; SET work_mem = '64kB'")
            conn.execute("SELECT ho.open_push()")
            with conn.transaction():
                _stage(conn, changes)
                conn.execute("SELECT ho.check_push()")
                answer = conn.execute("SELECT ho.apply_push(%s, 's', 0)", (batch,)).fetchone()
                assert answer is not None and answer[0]["rejected"] == []
                found = conn.execute(
                    "SELECT seq_scan, seq_tup_read, idx_scan FROM pg_stat_xact_user_tables "
                    "WHERE relid = 'ho.rows'::regclass").fetchone()
                assert found is not None
                return tuple(found)

    plain = scans("plain", held[:300], hostile=False)
    assert scans("hostile", held[300:600], hostile=True) == plain
