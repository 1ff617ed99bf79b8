"""Head office trusts no desk: what a hostile centre tries with its own login role.

Centre A connects with psql-like freedom (its role and password, any SQL) or edits its
desk's SQLite file and syncs; centre B must neither receive anything A planted nor be
kept from syncing by locks A takes.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text

from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.store.base import SHARED_CENTRE, new_id
from jpf_desk.store.engine import STORE_FILE
from jpf_desk.store.models import Centre, Course, Customer, Partner, PublicHoliday
from jpf_desk.sync.errors import SyncFailed
from jpf_desk.sync.limits import MAX_BATCH_ROWS, MAX_ROW_BYTES
from jpf_desk.sync.protocol import PUSH_COLUMNS, push_batch
from tests.helpers.stores import open_raw
from tests.sync.conftest import CentreDesk, HeadOffice, MakeDesk
from tests.sync.helpers import add_customer
from tests.sync.test_conflicts import second_desk

# The shared tables a centre used to be able to plant rows in (issue 12, finding 1).
SHARED_TABLES = ("courses", "partners", "partner_scopes", "document_kinds",
                 "policy_versions", "public_holidays", "request_periods")
OLD_WRITE_LOCK = 7_100_713  # the advisory lock number that ordered writes before


def _insert(conn: psycopg.Connection[tuple[object, ...]], table: str, row_id: str,
            centre: str, data: dict[str, object]) -> None:
    conn.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                 "origin_store) VALUES (%s, %s, %s, 1, %s, 'evil')",
                 (table, row_id, centre, json.dumps(data)))


def _publish_partner(ho: HeadOffice) -> str:
    partner_id = new_id()
    data = {"id": partner_id, "centre_id": SHARED_CENTRE, "name": "Campus France Hà Nội",
            "kind": "agency", "country": "FR", "contact": "contact@example.org",
            "active": True, "created_at": "2026-11-01T02:00:00+00:00",
            "updated_at": "2026-11-01T02:00:00+00:00", "changed_by": None, "revision": 1}
    with ho.admin() as conn:
        conn.execute("INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                     "origin_store, ho_seq) VALUES ('partners', %s, %s, 1, %s, 'ho', 0)",
                     (partner_id, SHARED_CENTRE, json.dumps(data)))
    return partner_id


def test_a_centre_cannot_write_shared_data_in_any_way(make_desk: MakeDesk,
                                                      head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    centre_a, centre_b = a.desk.actor.centre_id, b.desk.actor.centre_id
    partner_id = _publish_partner(head_office)
    with head_office.as_role(a.role, a.password) as conn:
        for table in SHARED_TABLES:
            for centre in (centre_a, SHARED_CENTRE):
                row_id = new_id()
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    _insert(conn, table, row_id, centre, {"id": row_id, "name": "Evil"})
        # Changing head office's partner: no centre writes a row directly (head-office
        # step 10), and a push of it is refused.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE ho.rows SET data = jsonb_set(data, '{contact}', '\"evil@example.org\"') "
                "WHERE row_id = %s", (partner_id,))
        for centre in (centre_a, SHARED_CENTRE):
            evil = json.dumps({"id": partner_id, "contact": "evil@example.org"})
            line = f"partners\t{partner_id}\t{centre}\t2\t{evil}\tf\tf\t1\n"
            pushed = push_batch(conn, new_id(), "evil-store", 0, line.encode(), 1)
            assert pushed.forbidden == {("partners", partner_id)}
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                "origin_store) VALUES ('partners', %s, %s, 9, %s, 'evil') ON CONFLICT "
                "(table_name, row_id) DO UPDATE SET data = EXCLUDED.data",
                (partner_id, centre_a, json.dumps({"id": partner_id, "name": "Evil"})))
        # Another centre's centre row (B renamed in B's store) under A's own centre id.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _insert(conn, "centres", centre_b, centre_a,
                    {"id": centre_b, "code": "HCM1", "name": "Evil"})
        # A centre row that is not A's own centre.
        other = new_id()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _insert(conn, "centres", other, centre_a, {"id": other, "code": "X", "name": "X"})
        # The same through a push: both refused.
        lines = "".join(
            f"centres\t{row}\t{centre_a}\t1\t{json.dumps({'id': row, 'code': 'X'})}\tf\tf\t0\n"
            for row in (centre_b, other))
        pushed = push_batch(conn, new_id(), "evil-store", 0, lines.encode(), 2)
        assert pushed.forbidden == {("centres", centre_b), ("centres", other)}
        # COPY straight into the rows, or an offer in another centre's name or for a
        # table that is not shared data.
        with pytest.raises(psycopg.errors.InsufficientPrivilege), \
                conn.cursor().copy("COPY ho.rows (table_name, row_id, centre_id, revision, "
                                   "data, origin_store) FROM STDIN") as copy:
            copy.write(f"courses\tc1\t{SHARED_CENTRE}\t1\t{{}}\tevil\n")
        for centre, table in ((centre_b, "courses"), (centre_a, "customers")):
            row_id = new_id()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("INSERT INTO ho.reference_offers (centre_id, table_name, row_id, "
                             "data) VALUES (%s, %s, %s, %s)",
                             (centre, table, row_id, json.dumps({"id": row_id})))
        # The lock that orders writes, or a strong lock on the rows: not for a centre.
        for lock in ("LOCK TABLE ho.write_order IN EXCLUSIVE MODE",
                     "LOCK TABLE ho.rows IN EXCLUSIVE MODE",
                     "LOCK TABLE ho.applied_batches IN EXCLUSIVE MODE"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                conn.execute(lock)
    with head_office.admin() as conn:
        contact = conn.execute("SELECT data->>'contact' FROM ho.rows WHERE row_id = %s",
                               (partner_id,)).fetchone()
    assert contact == ("contact@example.org",)


def test_reference_rows_a_centre_wrote_earlier_reach_no_desk(make_desk: MakeDesk,
                                                            head_office: HeadOffice) -> None:
    """Rows planted before the upgrade (as the owner writes them here) stay at head
    office, but no centre reads them: desks read only what head office wrote."""
    a = make_desk("HN1")
    b = make_desk("HCM1")
    evil_partner, holiday = new_id(), new_id()
    with head_office.admin() as conn:
        conn.execute(
            "INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
            "origin_store) VALUES ('partners', %s, %s, 1, %s, 'evil'), "
            "('public_holidays', %s, %s, 1, %s, 'evil')",
            (evil_partner, a.desk.actor.centre_id, json.dumps({
                "id": evil_partner, "centre_id": a.desk.actor.centre_id,
                "name": "Evil Visa Agency", "kind": "agency", "country": "FR",
                "contact": "", "active": True, "revision": 1,
                "created_at": "2026-11-01T02:00:00+00:00",
                "updated_at": "2026-11-01T02:00:00+00:00", "changed_by": None}),
             holiday, a.desk.actor.centre_id, json.dumps({
                 "id": holiday, "centre_id": a.desk.actor.centre_id, "day": "2026-12-02",
                 "name": "Fake", "kind": "holiday", "confirmed": True, "note": "",
                 "revision": 1, "created_at": "2026-11-01T02:00:00+00:00",
                 "updated_at": "2026-11-01T02:00:00+00:00", "changed_by": None})))
    for desk in (b, a):
        with head_office.as_role(desk.role, desk.password) as conn:
            assert conn.execute("SELECT count(*) FROM ho.rows WHERE row_id IN (%s, %s)",
                                (evil_partner, holiday)).fetchone() == (0,)
        sync_now(desk.desk)
        with desk.desk.tx() as s:
            assert s.get(Partner, evil_partner) is None
            assert s.get(PublicHoliday, holiday) is None


def test_a_course_relabelled_to_the_centre_in_its_sqlite_file_is_refused(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    course_id = new_id()
    with a.desk.store.engine.begin() as conn:  # the file edited behind the program's back
        conn.execute(text(
            "INSERT INTO courses (id, centre_id, created_at, updated_at, revision, code, name, "
            "kind, hours, fee_vnd, description) VALUES (:id, :c, '2026-11-01 00:00:00', "
            "'2026-11-01 00:00:00', 1, 'EVIL-1', 'Evil course', 'general', 1, 1, '')"),
            {"id": course_id, "c": a.desk.actor.centre_id})
        conn.execute(text("INSERT INTO outbox (table_name, row_id, revision, op, changed_at) "
                          "VALUES ('courses', :id, 1, 'insert', '2026-11-01 00:00:00')"),
                     {"id": course_id})
    report = sync_now(a.desk)
    assert report.refused == 1
    assert head_office.rows("courses") == []
    sync_now(b.desk)
    with b.desk.tx() as s:
        assert s.get(Course, course_id) is None


def test_data_id_other_than_row_id_is_refused(make_desk: MakeDesk,
                                             head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    sync_now(a.desk)
    centre = a.desk.actor.centre_id
    victim, liar = new_id(), new_id()
    with head_office.as_role(a.role, a.password) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no direct write at all
            _insert(conn, "customers", liar, centre, {"id": victim, "family_name": "Evil"})
        # Through a push: a customer row holding another id, its own centre row changed
        # to claim another centre's id in its data: both refused, the rest applied.
        own = json.dumps({"id": victim, "code": "HN1"})
        lines = (f"customers\t{liar}\t{centre}\t1\t{json.dumps({'id': victim})}\tf\tf\t0\n"
                 f"centres\t{centre}\t{centre}\t2\t{own}\tf\tf\t1\n"
                 f"customers\t{victim}\t{centre}\t1\t{json.dumps({'id': victim})}\tf\tf\t0\n")
        result = push_batch(conn, new_id(), "evil-store", 0, lines.encode(), 3)
    assert result.forbidden == {("customers", liar), ("centres", centre)}
    assert [r[1] for r in head_office.rows("customers")] == [victim]
    with head_office.admin() as admin:
        kept = admin.execute("SELECT data->>'id' FROM ho.rows WHERE table_name = 'centres' "
                             "AND row_id = %s", (centre,)).fetchone()
    assert kept == (centre,)


def _push_one(desk: CentreDesk, ho: HeadOffice, row_id: str, data: str) -> tuple[bool, int]:
    """(already_applied, forbidden rows) of a batch of one customers row, pushed by hand."""
    line = f"customers\t{row_id}\t{desk.desk.actor.centre_id}\t1\t{data}\tf\tf\t0\n"
    with ho.as_role(desk.role, desk.password) as conn:
        result = push_batch(conn, new_id(), "evil-store", 0, line.encode(), 1)
    return result.already_applied, len(result.forbidden)


def test_oversize_and_mislabelled_rows_are_refused(make_desk: MakeDesk,
                                                   head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    big_id, liar_id = new_id(), new_id()
    big = json.dumps({"id": big_id, "notes": "x" * (MAX_ROW_BYTES + 1)})
    assert _push_one(a, head_office, big_id, big) == (False, 1)  # refused, not the batch
    assert _push_one(a, head_office, liar_id, json.dumps({"id": new_id()})) == (False, 1)
    with head_office.as_role(a.role, a.password) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        _insert(conn, "customers", big_id, a.desk.actor.centre_id,
                {"id": big_id, "notes": "x" * (MAX_ROW_BYTES + 1)})
    assert head_office.rows("customers") == []
    # A row just under the limit is taken.
    fits = new_id()
    fitting = json.dumps({"id": fits, "notes": "x" * (MAX_ROW_BYTES - 100)})
    assert _push_one(a, head_office, fits, fitting) == (False, 0)
    assert [r[1] for r in head_office.rows("customers")] == [fits]


def test_a_desk_keeps_an_oversize_row_and_sends_the_others(make_desk: MakeDesk,
                                                          head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    big, small = add_customer(a.desk, "Khúc", "Lớn"), add_customer(a.desk, "Khúc", "Nhỏ")
    with a.desk.tx() as s:
        customer = s.get(Customer, big)
        assert customer is not None
        customer.notes = "ghi chú " * (MAX_ROW_BYTES // 8)
    report = sync_now(a.desk)
    assert report.refused == 2  # the customer row and the history of its notes
    assert {r[1] for r in head_office.rows("customers")} == {small}
    with a.desk.tx() as s:
        assert s.get(Customer, big) is not None  # kept on this desk


def test_a_batch_over_the_limit_is_refused_whole(make_desk: MakeDesk,
                                                  head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    centre = a.desk.actor.centre_id
    lines = []
    for _n in range(MAX_BATCH_ROWS + 1):
        row_id = str(uuid.uuid4())
        data = json.dumps({"id": row_id})
        lines.append(f"field_changes\t{row_id}\t{centre}\t1\t{data}\tf\tt\t0\n")
    with head_office.as_role(a.role, a.password) as conn, pytest.raises(Exception) as caught:
        push_batch(conn, new_id(), "evil-store", 0, "".join(lines).encode(), len(lines))
    assert getattr(caught.value, "sqlstate", None) == "JP002"
    assert head_office.rows("field_changes") == []


def _push_left_open(conn: psycopg.Connection[tuple[object, ...]], desk: CentreDesk) -> None:
    """A push of one row applied by hand in a transaction left open: it holds the order
    of writes until it ends."""
    row_id, centre = new_id(), desk.desk.actor.centre_id
    conn.execute("SELECT ho.open_push()")
    conn.execute("BEGIN")
    with conn.cursor().copy(f"COPY pg_temp.push_stage ({PUSH_COLUMNS}) FROM STDIN") as copy:
        copy.write(f"customers\t{row_id}\t{centre}\t1\t{json.dumps({'id': row_id})}\tf\tf\t0\n")
    conn.execute("SELECT ho.check_push()")
    conn.execute("SELECT ho.apply_push(%s, 'evil-store', 0)", (new_id(),))


def _sync_in_thread(desk: CentreDesk) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(sync_now(desk.desk))
        except SyncFailed as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    return worker, outcome


def test_locks_a_centre_can_take_do_not_stall_another(make_desk: MakeDesk,
                                                      head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    add_customer(b.desk, "Đỗ", "Chi")
    hostile = head_office.as_role(a.role, a.password)
    try:
        # Every advisory lock number it likes, including the one that ordered writes:
        # refused since head-office step 8.
        for number in (OLD_WRITE_LOCK, 7100714, 1):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                hostile.execute("SELECT pg_advisory_lock(%s)", (number,))
        # A push of its own left open: it holds the order of writes while it idles.
        _push_left_open(hostile, a)
        hostile.execute("LOCK TABLE ho.rows IN ACCESS SHARE MODE")
        started = time.monotonic()
        worker, outcome = _sync_in_thread(b)
        worker.join(60)
        took = time.monotonic() - started
    finally:
        hostile.close()
    assert not worker.is_alive()
    assert len(outcome) == 1 and not isinstance(outcome[0], SyncFailed), outcome
    assert took < 15  # the idle holder is ended after 2 s; B's batch then goes through
    assert {r[2] for r in head_office.rows("customers")} == {b.desk.actor.centre_id}


def test_a_held_order_of_writes_is_reported_as_busy_in_bounded_time(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    add_customer(b.desk, "Đỗ", "Chi")
    with head_office.admin() as admin:  # writers wait 3 s here instead of 20 s
        admin.execute(f"ALTER DATABASE {head_office.dbname} SET jpf.write_wait_ms = 3000")
    hostile = head_office.as_role(a.role, a.password)
    busy = threading.Thread(target=lambda: _hold_while_active(hostile, a), daemon=True)
    try:
        busy.start()
        time.sleep(0.5)  # A is now inside its one long statement, holding the order
        started = time.monotonic()
        worker, outcome = _sync_in_thread(b)
        worker.join(60)
        took = time.monotonic() - started
    finally:
        with head_office.admin() as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE usename = %s", (a.role,))
        busy.join(10)
        hostile.close()
    assert len(outcome) == 1 and isinstance(outcome[0], SyncFailed)
    assert outcome[0].code == "sync.busy"
    assert took < 10  # 3 s of waiting, stated above, plus the sync's own steps


def _hold_while_active(conn: psycopg.Connection[tuple[object, ...]], a: CentreDesk) -> None:
    try:
        _push_left_open(conn, a)
        conn.execute("SELECT pg_sleep(30)")
    except psycopg.Error:
        pass  # ended by the test


def test_no_centre_row_of_another_centre_reaches_a_desk(make_desk: MakeDesk,
                                                       head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    sync_now(a.desk)
    sync_now(b.desk)
    sync_now(a.desk)
    with a.desk.tx() as s:
        assert set(s.scalars(select(Centre.id))) == {a.desk.actor.centre_id}


def test_two_centres_three_desks_no_row_of_one_in_the_others_file(
        make_desk: MakeDesk, head_office: HeadOffice, tmp_path: Path) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    a_customers = {add_customer(a.desk, "Khổng", "Minh Tú"), add_customer(a.desk, "Lạc", "Vy")}
    sync_now(a.desk)
    a2 = second_desk(a, tmp_path)
    try:
        a_customers.add(add_customer(a2, "Ông", "Thái Sơn"))
        add_customer(b.desk, "Đỗ", "Chi")
        for desk in (a2, b.desk, a.desk, b.desk, a2):
            sync_now(desk)
        with head_office.admin() as conn:
            a_ids = {str(r[0]) for r in conn.execute(
                "SELECT row_id FROM ho.rows WHERE centre_id = %s",
                (a.desk.actor.centre_id,)).fetchall()}
        assert a_customers <= a_ids and a.desk.actor.centre_id in a_ids
        b.desk.store.close()
        # The file is encrypted: its ciphertext may hold any 3 bytes by chance, so read
        # every row of B's store decrypted, as B's desk itself can.
        conn = open_raw(b.data_dir / STORE_FILE)
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
            dump = "\n".join(repr(row) for table in tables
                              for row in conn.execute(f'SELECT * FROM "{table}"').fetchall())
        finally:
            conn.close()
        assert "Đỗ" in dump  # B's own customer: the dump does hold the store's rows
        assert [row_id for row_id in a_ids if row_id in dump] == []
        for name in ("Khổng", "Ông", "HN1"):
            assert name not in dump
    finally:
        a2.store.close()


def test_a_centre_holding_advisory_locks_does_not_stop_an_upgrade(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    from jpf_desk.services.head_office.admin import init_head_office

    a = make_desk("HN1")
    with head_office.as_role(a.role, a.password) as hostile:
        for number in (7100714, OLD_WRITE_LOCK):  # refused since head-office step 8
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                hostile.execute("SELECT pg_advisory_lock(%s)", (number,))
        started = time.monotonic()
        done = init_head_office(head_office.admin_dsn, [new_id()])
        assert done.roles[0].password is not None
        assert time.monotonic() - started < 20
        with pytest.raises(psycopg.errors.InsufficientPrivilege), hostile.transaction():
            hostile.execute("LOCK TABLE ho.schema_version IN SHARE ROW EXCLUSIVE MODE")
