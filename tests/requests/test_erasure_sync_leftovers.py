"""The local erasure reaches what the sync keeps on a connected desk about the person.

Issue 11, "erasure wins": a desk that syncs holds head office's version of a row in
conflict (sync_conflicts.remote_data) and pulled rows it could not apply yet
(sync_inbox: parked for a missing parent, or quarantined). Both may hold the person's
values; the erasing desk must not keep them until some pull comes back: they leave its
store file with the erasure. A pulled row the law keeps, or a tombstone, stays (it
holds nothing of the person and must still apply).
"""

from __future__ import annotations

import json
import unicodedata

from sqlalchemy import func, select

from jpf_desk.services.rights import erasure
from jpf_desk.store.models import SyncConflict, SyncInboxRow
from tests.dossiers.helpers import make_customer
from tests.helpers.plain_view import decrypted_bytes

HEAD_OFFICE_EMAIL = "zenobia.quatremer@example.vn"  # head office's side of a conflict
PARKED_NOTE = "Zenobia xin xem lịch học tối thứ Năm"  # a parked request's details
HISTORY_VALUE = "0987 654 321 của Zenobia"  # a parked history row about her phone
WRITTEN_OUT = (HEAD_OFFICE_EMAIL, PARKED_NOTE, HISTORY_VALUE)


def file_bytes(desk) -> bytes:
    with desk.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return decrypted_bytes(desk.store.path, desk.store.key)


def encoded(value: str) -> bytes:
    return unicodedata.normalize("NFC", value).encode("utf-8")


def pulled(table: str, row_id: str, data: dict, *, reason: str = "missing_parent",
           deleted: bool = False) -> SyncInboxRow:
    return SyncInboxRow(table_name=table, row_id=row_id, centre_id="HN1", revision=2,
                        data=json.dumps(data, ensure_ascii=False), deleted=deleted,
                        origin_store="another-desk", ho_seq=40, reason=reason,
                        parked=reason == "missing_parent", detail="")


def test_erasure_forgets_conflicts_and_set_aside_rows_about_the_person(desk):
    customer_id = make_customer(desk, "Zenobia")
    other_id = make_customer(desk, "Khác")
    with desk.tx() as s:
        s.add(SyncConflict(table_name="customers", row_id=customer_id, local_revision=2,
                           remote_revision=3, remote_origin="another-desk", remote_seq=41,
                           remote_data=json.dumps({"id": customer_id,
                                                   "email": HEAD_OFFICE_EMAIL})))
        s.add(SyncConflict(table_name="customers", row_id=other_id, local_revision=2,
                           remote_revision=3, remote_origin="another-desk", remote_seq=42,
                           remote_data=json.dumps({"id": other_id, "email": "khac@example.vn"})))
        s.add_all([
            # A data request of hers waiting for a parent, with what she asked.
            pulled("data_requests", "req-1", {"id": "req-1", "customer_id": customer_id,
                                              "details": PARKED_NOTE}),
            # A history row about her phone, waiting for a parent.
            pulled("field_changes", "fc-1", {"id": "fc-1", "table_name": "customers",
                                             "row_id": customer_id, "field": "phone",
                                             "old_value": HISTORY_VALUE}),
            # A payment kept by law, and a tombstone of hers: they hold nothing of her.
            pulled("payments", "pay-1", {"id": "pay-1", "enrolment_id": "enr-x",
                                         "amount_vnd": 1_500_000}),
            pulled("guardians", "g-1", {}, deleted=True),
            # Someone else's parked row stays.
            pulled("data_requests", "req-2", {"id": "req-2", "customer_id": other_id,
                                              "details": "yêu cầu khác"}),
        ])
    for value in WRITTEN_OUT:  # the case holds the values before the erasure
        assert encoded(value) in file_bytes(desk), value

    erasure.erase_customer(desk, customer_id, "Khách yêu cầu xoá")

    raw = file_bytes(desk)
    for value in WRITTEN_OUT:
        assert encoded(value) not in raw, value
    with desk.tx() as s:
        assert s.scalars(select(SyncConflict.row_id)).all() == [other_id]
        assert sorted(s.scalars(select(SyncInboxRow.row_id))) == ["g-1", "pay-1", "req-2"]
        assert s.scalar(select(func.count()).select_from(SyncInboxRow)
                        .where(SyncInboxRow.deleted)) == 1
