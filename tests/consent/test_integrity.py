from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.integrity import canonical, chain_hash, genesis_hash
from jpf_desk.services.consent.verify import verify_consents
from jpf_desk.store.engine import connect
from tests.consent.builders import NOW, new_adult


def _two_customers_with_receipts(desk):
    a, b = new_adult(desk), new_adult(desk, "Lê Văn Đức")
    r1 = capture_consent(desk, a, ConsentInput(given=frozenset({"service", "marketing"})), now=NOW)
    r2 = capture_consent(desk, b, ConsentInput(given=frozenset({"service"})), now=NOW)
    r3 = withdraw_consent(desk, a, ["marketing"], now=NOW + timedelta(hours=2))
    return r1, r2, r3


def _tamper(store, table, sql, params):
    """Change a row the way someone with the file and its key could: around the trigger."""
    conn = connect(store.path, store.key)
    try:
        trigger = f"{table}_no_update"
        (ddl,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (trigger,)).fetchone()
        conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute(sql, params)
        conn.execute(ddl)
        conn.commit()
    finally:
        conn.close()


def test_canonical_content_is_sorted_nfc_and_compact():
    decomposed = "Hoa\u0300"  # "Hoà" typed as NFD
    assert canonical({"b": 1, "a": decomposed}) == '{"a":"Hoà","b":1}'.encode()


def test_chain_starts_at_the_store_genesis_and_links(desk):
    r1, r2, r3 = _two_customers_with_receipts(desk)
    assert r1.previous_hash == genesis_hash(r1.store_id)
    assert r1.content_hash == chain_hash(r1.previous_hash, canonical(r1.content))
    assert (r2.previous_hash, r3.previous_hash) == (r1.content_hash, r2.content_hash)
    assert [r.chain_position for r in (r1, r2, r3)] == [1, 2, 3]
    report = verify_consents(desk)
    assert report.ok and report.receipts == 3 and report.events == 5 + 5 + 1 + 5


@pytest.mark.parametrize("table", ["consent_events", "consent_receipts"])
def test_store_refuses_update_and_delete(desk, table):
    _two_customers_with_receipts(desk)
    with desk.store.engine.connect() as conn:
        for statement in (f"UPDATE {table} SET centre_id = 'x'", f"DELETE FROM {table}"):
            with pytest.raises((IntegrityError, OperationalError), match="append-only"):
                conn.execute(text(statement))
            conn.rollback()


def test_altered_event_is_named(desk, store):
    _, r2, _ = _two_customers_with_receipts(desk)
    with desk.store.engine.connect() as conn:
        event_id = conn.execute(text(
            "SELECT id FROM consent_events WHERE receipt_id = :r AND purpose = 'marketing'"
        ), {"r": r2.id}).scalar_one()
    _tamper(store, "consent_events", "UPDATE consent_events SET action = 'given' WHERE id = ?",
            (event_id,))
    report = verify_consents(desk)
    assert not report.ok
    assert (report.mismatch.receipt_id, report.mismatch.event_id) == (r2.id, event_id)


def test_altered_receipt_is_named(desk, store):
    r1, r2, _ = _two_customers_with_receipts(desk)
    forged = r2.content | {"purposes": [dict(p, choice="given") for p in r2.content["purposes"]]}
    _tamper(store, "consent_receipts", "UPDATE consent_receipts SET content = ? WHERE id = ?",
            (canonical(forged).decode(), r2.id))
    report = verify_consents(desk)
    assert report.mismatch is not None
    assert report.mismatch.receipt_id == r2.id and report.mismatch.reason == "hash"


def test_demo_consents_are_verifiable_and_allow_enrolment(desk):
    import random

    from jpf_desk.services.consent.queries import has_active_consent, list_receipts
    from jpf_desk.services.demo.consent import demo_consents

    ids = [new_adult(desk, f"Demo Văn Khách {chr(65 + n)}") for n in range(26)]
    capture_consent(desk, ids[0], ConsentInput(given=frozenset({"service"})), now=NOW)
    written = demo_consents(desk, ids, random.Random(7), now=NOW + timedelta(days=1))
    assert written >= 25  # the first already had a receipt: left alone
    report = verify_consents(desk)
    assert report.ok and report.receipts == written + 1
    with desk.tx() as s:
        assert all(has_active_consent(s, cid, "service") for cid in ids)
    assert sum(r.status == "active" for r in list_receipts(desk)) == 26


def test_receipts_redacted_by_an_erasure_still_verify_but_a_fake_redaction_does_not(desk, store):
    from jpf_desk.services.consent.documents import receipt_pdf
    from jpf_desk.services.consent.queries import get_receipt
    from jpf_desk.services.rights.erasure import erase_customer

    r1, r2, _ = _two_customers_with_receipts(desk)
    erase_customer(desk, r2.customer_id, "Khách hàng yêu cầu xoá dữ liệu")
    report = verify_consents(desk)
    assert report.ok and report.redacted == 1
    redacted = get_receipt(desk, r2.id)
    assert redacted.content["customer"]["full_name"] is None
    assert receipt_pdf(redacted, copy=True).startswith(b"%PDF")  # still printable

    forged = r1.content | {"redacted_by_erasure": "no-such-erasure"}
    _tamper(store, "consent_receipts", "UPDATE consent_receipts SET content = ? WHERE id = ?",
            (canonical(forged).decode(), r1.id))
    report = verify_consents(desk)
    assert report.mismatch is not None
    assert (report.mismatch.receipt_id, report.mismatch.reason) == (r1.id, "redaction")
