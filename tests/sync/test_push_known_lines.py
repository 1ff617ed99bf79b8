"""A whole batch's COPY input, byte for byte (sync/outbox.py builds each line inside
SQLite): a customer whose notes hold a tab, a backslash, a line break and Vietnamese
letters, a customer deleted since (a tombstone), and an append-only row whose id and
centre need COPY's escapes. The expected bytes are written out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import delete, insert

from jpf_desk.services.desk import Desk
from jpf_desk.store.models import Customer, FieldChange, OutboxEntry
from jpf_desk.sync import outbox

MADE = datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
CHANGED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
ODD_ID = "fc\\1\tx"  # a backslash and a tab in an id
ODD_CENTRE = "HN\\1"


def _write_rows(desk: Desk) -> None:
    """The rows and their outbox entries as plain inserts: nothing derived or stamped."""
    centre = desk.actor.centre_id
    with desk.tx() as s:
        s.execute(delete(OutboxEntry))
        s.execute(insert(Customer).values(
            id="c-1", centre_id=centre, created_at=MADE, updated_at=CHANGED,
            changed_by=None, revision=3, family_name="Nguyễn", middle_name="Thị",
            given_name="Ánh", full_name="Nguyễn Thị Ánh", search_key="nguyen thi anh",
            sort_key="anh nguyen thi", birth_date=date(2001, 2, 3), sex="f",
            phone_e164="+84912345678", phone_digits="912345678", phone_rev="876543219",
            email=None, id_kind=None, id_number=None, id_rev=None, id_expiry=None,
            province_code="01", commune_code=None, street="12 Phố Huế",
            address_as_written="", notes="a\tb\\c\nd ế", status="active"))
        s.execute(insert(FieldChange).values(
            id=ODD_ID, centre_id=ODD_CENTRE, created_at=MADE, updated_at=MADE,
            changed_by="s-1", revision=1, table_name="customers", row_id="c-1",
            field="notes", old_value=None, new_value="ồ\\n", reason=""))
        s.execute(insert(OutboxEntry), [
            {"table_name": "customers", "row_id": "c-1", "op": "update", "revision": 3},
            {"table_name": "field_changes", "row_id": ODD_ID, "op": "insert",
             "revision": 1},
            {"table_name": "customers", "row_id": "gone-1", "op": "delete", "revision": 5},
        ])


def test_a_batch_byte_for_byte(desk: Desk) -> None:
    _write_rows(desk)
    centre = desk.actor.centre_id
    with desk.tx() as s:
        batch = outbox.claim_batch(s, 100, ())
    assert batch is not None
    customer = (
        '{"family_name":"Nguyễn","middle_name":"Thị","given_name":"Ánh",'
        '"full_name":"Nguyễn Thị Ánh","search_key":"nguyen thi anh",'
        '"sort_key":"anh nguyen thi","birth_date":"2001-02-03","sex":"f",'
        '"phone_e164":"+84912345678","phone_digits":"912345678",'
        '"phone_rev":"876543219","email":null,"id_kind":null,"id_number":null,'
        '"id_rev":null,"id_expiry":null,"province_code":"01","commune_code":null,'
        '"street":"12 Phố Huế","address_as_written":"",'
        # JSON escapes the tab, the backslash and the line break; COPY doubles each
        # backslash again.
        r'"notes":"a\\tb\\\\c\\nd ế",'
        '"status":"active","id":"c-1",'
        f'"centre_id":"{centre}",'
        '"created_at":"2026-01-02T03:04:05.000006+00:00",'
        '"updated_at":"2026-01-02T03:04:05.000000+00:00",'
        '"changed_by":null,"revision":3}')
    history = (
        r'{"table_name":"customers","row_id":"c-1","field":"notes","old_value":null,'
        r'"new_value":"ồ\\\\n","reason":"","id":"fc\\\\1\\tx","centre_id":"HN\\\\1",'
        r'"created_at":"2026-01-02T03:04:05.000006+00:00",'
        r'"updated_at":"2026-01-02T03:04:05.000006+00:00","changed_by":"s-1",'
        r'"revision":1}')
    expected = (
        # an update made on revision 2 (the base), not deleted, not append-only
        f"customers\tc-1\t{centre}\t3\t{customer}\tf\tf\t2\n"
        # gone since its deletion: no data, the desk's centre, its own revision as base
        f"customers\tgone-1\t{centre}\t5\t\\N\tt\tf\t5\n"
        # the id's backslash doubled and its tab written \t; append-only
        f"field_changes\tfc\\\\1\\tx\tHN\\\\1\t1\t{history}\tf\tt\t0\n")
    assert batch.payload.decode() == expected
    assert (batch.size, batch.entries, batch.oversize) == (3, 3, frozenset())
