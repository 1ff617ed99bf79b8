"""Two centres sync through one head office; each sees only its own customers."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import select

from jpf_desk.services.head_office.sync import sync_now, sync_status
from jpf_desk.store.models import Centre, Customer
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import add_customer, outbox_size


def test_two_centres_push_and_see_only_their_own(make_desk: MakeDesk,
                                                 head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    a_ids = {add_customer(a.desk, "Nguyễn", "An"), add_customer(a.desk, "Phạm", "Bình")}
    b_ids = {add_customer(b.desk, "Đỗ", "Chi")}

    ra = sync_now(a.desk)
    rb = sync_now(b.desk)
    assert ra.pushed > 0 and rb.pushed > 0
    assert outbox_size(a.desk) == 0 and outbox_size(b.desk) == 0
    assert {r[1] for r in head_office.rows("customers")} == a_ids | b_ids

    with head_office.as_role(a.role, a.password) as conn:
        seen = {r[0] for r in conn.execute(
            "SELECT row_id FROM ho.rows WHERE table_name = 'customers'").fetchall()}
    assert seen == a_ids
    # A forged query as centre A for centre B's rows, by id and by centre: nothing.
    b_customer = next(iter(b_ids))
    with head_office.as_role(a.role, a.password) as conn:
        assert conn.execute("SELECT * FROM ho.rows WHERE row_id = %s",
                            (b_customer,)).fetchall() == []
        assert conn.execute("SELECT * FROM ho.rows WHERE centre_id = %s",
                            (b.desk.actor.centre_id,)).fetchall() == []
        # Not even B's centre row: a centre's own row is centre data (issue 12).
        assert conn.execute("SELECT count(*) FROM ho.rows WHERE table_name = 'centres' "
                            "AND row_id = %s", (b.desk.actor.centre_id,)).fetchone() == (0,)

    # After a second sync each desk still has only its own centre and customers.
    sync_now(a.desk)
    sync_now(b.desk)
    with a.desk.tx() as s:
        assert set(s.scalars(select(Customer.id))) == a_ids
        assert s.get(Centre, b.desk.actor.centre_id) is None
    with b.desk.tx() as s:
        assert set(s.scalars(select(Customer.id))) == b_ids
    assert sync_status(a.desk).last_error == ""
    assert sync_status(a.desk).last_sync_at is not None


def test_centre_role_cannot_write_or_delete_other_rows(make_desk: MakeDesk,
                                                       head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    b = make_desk("HCM1")
    b_customer = add_customer(b.desk, "Đỗ", "Chi")
    sync_now(b.desk)
    with head_office.as_role(a.role, a.password) as conn:
        # Inserting a row for another centre is refused by the policy.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                "origin_store) VALUES ('customers', 'x', %s, 1, '{}', 's')",
                (b.desk.actor.centre_id,))
        # Updating B's customer by its id, or any row at all: a centre writes rows only
        # through head office's push functions (head-office step 10).
        for target in (b_customer, a.desk.actor.centre_id):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE ho.rows SET revision = 99 WHERE row_id = %s", (target,))
        # Overwriting it through an upsert on the guessed id is refused.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO ho.rows (table_name, row_id, centre_id, revision, data, "
                "origin_store) VALUES ('customers', %s, %s, 5, '{}', 's') "
                "ON CONFLICT (table_name, row_id) DO UPDATE SET data = EXCLUDED.data",
                (b_customer, a.desk.actor.centre_id))
        # No deletes at all, not even of its own rows.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM ho.rows")
    revision = [r[3] for r in head_office.rows("customers") if r[1] == b_customer]
    assert revision == [1]


def test_awkward_text_arrives_intact(make_desk: MakeDesk, head_office: HeadOffice) -> None:
    from jpf_desk.services.customers.input import CustomerInput
    from jpf_desk.services.customers.records import get_customer, update_customer

    a = make_desk("HN1")
    customer = add_customer(a.desk, "Nguyễn", "An")
    notes = 'dấu "ngoặc", gạch chéo \\ và \\N, tab\tvà\nxuống dòng; emoji 🙂'
    update_customer(a.desk, customer, CustomerInput(
        family_name="Nguyễn", given_name="An", birth_date=date(1999, 3, 14),
        phone="0912345678", notes=notes), allow_duplicates=True)
    sync_now(a.desk)
    with head_office.admin() as conn:
        row = conn.execute("SELECT data->>'notes', data->>'birth_date' FROM ho.rows "
                           "WHERE row_id = %s", (customer,)).fetchone()
    assert row == (get_customer(a.desk, customer).notes, "1999-03-14")
    assert "\\" in str(row[0]) and '"' in str(row[0])  # the awkward part was kept


def test_wrong_password_is_a_clear_failure(make_desk: MakeDesk) -> None:
    from jpf_desk.services.head_office.sync import connection_settings
    from jpf_desk.sync.connection import store_password
    from jpf_desk.sync.errors import SyncFailed

    a = make_desk("HN1")
    store_password(connection_settings(a.desk).user, "not-the-password")
    with pytest.raises(SyncFailed) as failed:
        sync_now(a.desk)
    assert failed.value.code == "sync.auth"
    assert sync_status(a.desk).last_error == "sync.auth"
    assert outbox_size(a.desk) > 0  # nothing lost: it waits for the next sync


def test_a_row_pushed_under_a_taken_id_is_refused_and_left_alone(
        make_desk: MakeDesk, head_office: HeadOffice) -> None:
    """A desk claiming, as its own, an id that is another centre's customer (invisible to
    it) or shared reference data: the batch goes through, those rows are refused, and
    head office's rows are untouched; a retry of the batch answers the same."""
    import json

    from jpf_desk.store.base import new_id
    from jpf_desk.sync.protocol import push_batch
    from tests.sync.test_reference_and_deletes import publish_course

    a = make_desk("HN1")
    b = make_desk("HCM1")
    b_customer = add_customer(b.desk, "Đỗ", "Chi")
    sync_now(b.desk)
    course_id = publish_course(head_office, "A1-2027")
    own_new = new_id()
    centre = a.desk.actor.centre_id
    lines = "".join(
        f"{table}\t{row_id}\t{centre}\t7\t{json.dumps({'id': row_id, 'note': 'forged'})}"
        "\tf\tf\t0\n"
        for table, row_id in (("customers", b_customer), ("courses", course_id),
                              ("customers", own_new)))
    batch_id = new_id()
    with head_office.as_role(a.role, a.password) as conn:
        first = push_batch(conn, batch_id, "store-a", 0, lines.encode(), 3)
        again = push_batch(conn, batch_id, "store-a", 0, lines.encode(), 3)
    taken = {("customers", b_customer), ("courses", course_id)}
    assert first.forbidden == taken and not first.rejected and not first.already_applied
    assert again.already_applied and again.forbidden == taken
    by_id = {r[1]: r for r in head_office.rows()}
    assert by_id[b_customer][2:4] == (b.desk.actor.centre_id, 1)
    assert by_id[course_id][3] == 1
    assert by_id[own_new][2:4] == (centre, 7)  # the honest row of the batch landed
