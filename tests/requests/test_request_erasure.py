"""Erasure: the name leaves the store file (db and WAL), accounting and proof stay."""

from __future__ import annotations

import json
import unicodedata

import pytest
from sqlalchemy import select

from jpf_desk.domain.errors import DomainError, NotFound
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.search_key import search_key
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.services.courses import payments
from jpf_desk.services.customers import search as customer_search
from jpf_desk.services.customers.records import get_customer
from jpf_desk.services.rights import erasure, requests, update_decision
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.store.models import ConsentReceipt
from tests.helpers.plain_view import decrypted_bytes
from tests.requests.builders import NAME, TODAY, make_person


def store_bytes(store) -> bytes:
    """The store file and its WAL as pages decrypted with the key (freed pages too)."""
    return decrypted_bytes(store.path, store.key)


def receipt_hashes(desk) -> list[tuple[str, str, str]]:
    with desk.tx() as s:
        return sorted(s.execute(select(ConsentReceipt.id, ConsentReceipt.content_hash,
                                       ConsentReceipt.previous_hash)).all())


def test_erasure_removes_name_from_store_file_and_keeps_payment_totals(
        desk, person, second_manager):
    # An earlier correction puts the old street in the field history and the request.
    update = requests.file_request(second_manager, RequestInput(
        customer_id=person.id, kind=RequestKind.UPDATE, received_on=TODAY,
        changes={"street": "99 Ngõ Trạm"}), today=TODAY)
    update_decision.approve_update(desk, update.id, today=TODAY)
    other = make_person(desk, "Lý Văn Toàn", "0914 000 111", "001199000111", "7 Phố Lò Đúc")
    hashes_before = receipt_hashes(desk)
    name_bytes = unicodedata.normalize("NFC", NAME).encode("utf-8")
    key_bytes = search_key(NAME).encode("utf-8")
    assert name_bytes in store_bytes(desk.store)

    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    tomb = erasure.erase_customer(desk, person.id, "Khách yêu cầu xoá, đã hết khoá học",
                                  request_id=filed.id)

    raw = store_bytes(desk.store)
    assert name_bytes not in raw
    assert key_bytes not in raw
    assert "Ngõ Hoà Bình".encode() not in raw and "99 Ngõ Trạm".encode() not in raw
    assert b"001199088812" not in raw and b"913222444" not in raw
    assert tomb.store_compacted
    # Payments are kept, with their totals.
    _, balance = payments.payments_of(desk, person.enrolment_id)
    assert balance.paid_vnd == 3_500_000
    # The tombstone says what and why, never the data itself.
    kept = {k.what: k for k in tomb.kept}
    assert kept["payments"].count == 2 and "Kế toán" in kept["payments"].reason
    assert "consent" in kept
    [stored] = erasure.tombstones_of(desk, person.id)
    assert NAME not in json.dumps([stored.erased, stored.kept, stored.reason], default=str)
    # The person is gone from search; the other customer is still found.
    assert customer_search.search_customers(desk, "pham thi huong giang") == []
    assert [r.id for r in customer_search.search_customers(desk, "ly van toan")] == [other.id]
    with pytest.raises(NotFound) as gone:
        get_customer(desk, person.id)
    assert (gone.value.code, gone.value.params) == ("not_found.customer", {"id": person.id})
    assert requests.get_request(desk, filed.id).status == "done"
    # Proof of consent: receipts keep their hash and chain links, events are untouched.
    assert receipt_hashes(desk) == hashes_before
    report = verify_consents(desk)
    assert report.ok and report.redacted == 1


def test_erasure_is_for_managers_and_needs_a_reason(desk, person, receptionist):
    with pytest.raises(DomainError) as role:
        erasure.erase_customer(receptionist, person.id, "Khách yêu cầu")
    assert role.value.code == "erasure.manager_only"
    with pytest.raises(DomainError):
        erasure.erase_customer(desk, person.id, " ")
    erasure.erase_customer(desk, person.id, "Khách yêu cầu")
    with pytest.raises(DomainError) as twice:
        erasure.erase_customer(desk, person.id, "Lần nữa")
    assert twice.value.code == "erasure.already_erased"


def test_erasure_tells_about_backups_that_still_hold_the_data(desk, person):
    from jpf_desk.store.migrate import backup

    backup(desk.store.path, "before-test", desk.store.key)
    tomb = erasure.erase_customer(desk, person.id, "Khách yêu cầu")
    assert tomb.backups_holding == 1
