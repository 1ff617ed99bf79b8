"""The checks a desk runs on each pulled row, one reason each (no head office needed)."""

from __future__ import annotations

from typing import Any

import pytest

from jpf_desk.domain.sync_inbox import SetAsideReason as R
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.sync.checks import check_row
from jpf_desk.sync.protocol import PulledRow
from jpf_desk.sync.rows import synced_tables

OURS = "11111111-1111-1111-1111-111111111111"
ROW = "22222222-2222-2222-2222-222222222222"


def payment(**changes: Any) -> dict[str, Any]:
    data = {"id": ROW, "centre_id": OURS, "enrolment_id": "33333333-3333-3333-3333-333333333333",
            "amount_vnd": 2_250_000, "paid_on": "2026-11-02", "method": "cash",
            "instalment_no": 1, "reference": "", "note": "",
            "created_at": "2026-11-02T03:00:00+00:00",
            "updated_at": "2026-11-02T03:00:00+00:00", "changed_by": None, "revision": 1}
    data.update(changes)
    return data


def pulled(data: Any, *, table: str = "payments", row_id: str = ROW, centre: str = OURS,
           deleted: bool = False, size: int = 400) -> PulledRow:
    return PulledRow(table, row_id, centre, 1, data, deleted, "desk-2", 9, size)


@pytest.mark.parametrize(("row", "expected"), [
    (pulled(payment()), None),
    (pulled({}, deleted=True), None),
    (pulled(payment(), table="payments_v9"), (R.UNKNOWN_TABLE, "")),
    (pulled(payment(), size=300_000), (R.TOO_LARGE, "")),
    (pulled(payment(), centre="44444444-4444-4444-4444-444444444444"), (R.OTHER_CENTRE, "")),
    (pulled(payment(centre_id=SHARED_CENTRE)), (R.OTHER_CENTRE, "centre_id")),
    (pulled(payment(id="55555555-5555-5555-5555-555555555555")), (R.ID_MISMATCH, "id")),
    (pulled(["not", "an", "object"]), (R.NOT_AN_OBJECT, "")),
    (pulled(payment(amount_vnd="2250000")), (R.BAD_VALUE, "amount_vnd")),
    (pulled(payment(amount_vnd=True)), (R.BAD_VALUE, "amount_vnd")),
    (pulled(payment(amount_vnd=2**70)), (R.BAD_VALUE, "amount_vnd")),
    (pulled(payment(paid_on="2026-02-30")), (R.BAD_VALUE, "paid_on")),
    (pulled(payment(updated_at="hôm qua")), (R.BAD_VALUE, "updated_at")),
    (pulled(payment(method="x" * 500)), (R.BAD_VALUE, "method")),
    (pulled(payment(enrolment_id=None)), (R.MISSING_VALUE, "enrolment_id")),
    (pulled({k: v for k, v in payment().items() if k != "enrolment_id"}),
     (R.MISSING_VALUE, "enrolment_id")),
    (pulled(payment(), row_id="x" * 40), (R.BAD_VALUE, "id")),
])
def test_each_check(row: PulledRow, expected: tuple[R, str] | None) -> None:
    assert check_row(synced_tables(), row, OURS) == expected


def test_shared_and_reference_rows_pass() -> None:
    course = {"id": ROW, "centre_id": "66666666-6666-6666-6666-666666666666", "code": "A1",
              "name": "Tiếng Pháp A1", "kind": "general", "hours": 60, "fee_vnd": 1,
              "description": ""}
    other_centres_course = pulled(course, table="courses",
                                  centre="66666666-6666-6666-6666-666666666666")
    assert check_row(synced_tables(), other_centres_course, OURS) is None  # reference data
    shared = pulled({**course, "centre_id": SHARED_CENTRE}, table="courses",
                    centre=SHARED_CENTRE)
    assert check_row(synced_tables(), shared, OURS) is None
