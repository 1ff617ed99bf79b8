"""Issue 14: an erasure done on the centre's other desk rewrites this desk's receipt when
it arrives; the redaction is chained here too, so the redacted receipt stays proven."""

from __future__ import annotations

import json
from pathlib import Path

from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.head_office.sync import sync_now
from jpf_desk.services.rights import erasure
from tests.consent.attacker import rows, tamper
from tests.consent.builders import NOW, new_adult
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.test_erasure_sync import second_desk_before_any_customer


def test_another_desk_s_erasure_is_chained_here(make_desk: MakeDesk, head_office: HeadOffice,
                                               tmp_path: Path) -> None:
    a_made = make_desk("HN1")
    a = a_made.desk
    sync_now(a)
    b = second_desk_before_any_customer(tmp_path / "desk-b", a_made.data_dir, a)
    try:
        customer = new_adult(a, "Vũ Thị Mơ")
        receipt = capture_consent(a, customer, ConsentInput(given=frozenset({"service"})),
                                  now=NOW)
        sync_now(a)
        sync_now(b)
        erasure.erase_customer(b, customer, "Khách yêu cầu xoá")
        sync_now(b)
        sync_now(a)
        path = a.store.path
        (content,) = rows(path, "SELECT content FROM consent_receipts WHERE id = ?",
                          (receipt.id,))[0]
        assert json.loads(str(content))["customer"]["full_name"] is None  # arrived at A
        assert rows(path, "SELECT kind FROM consent_chain WHERE receipt_id = ? "
                    "ORDER BY position", (receipt.id,)) == [("receipt",), ("redaction",)]
        report = verify_consents(a)
        assert report.ok and report.redacted == 1
        forged = json.loads(str(content)) | {"signed_on": "2026-01-05"}
        tamper(path, ("consent_receipts",), [(
            "UPDATE consent_receipts SET content = ? WHERE id = ?",
            (json.dumps(forged, ensure_ascii=False, sort_keys=True), receipt.id))])
        report = verify_consents(a)
        assert report.mismatch is not None and report.mismatch.receipt_id == receipt.id
    finally:
        b.store.close()
