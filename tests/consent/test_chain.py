"""Issue 14: the consent chain nobody can rewrite, on the desk's own store.

Each tampering is done as an attacker would (tests.consent.attacker): triggers dropped,
rows changed or deleted, triggers put back. `verify` must name the record concerned.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta

import pytest

from jpf_desk.services.consent.capture import ConsentInput, capture_consent, withdraw_consent
from jpf_desk.services.consent.verify import verify_consents
from tests.consent.attacker import drop_trigger, rows, tamper
from tests.consent.builders import NOW, new_adult
from tests.helpers.staff import password_on_stdin, signed_in_args
from tests.helpers.stores import RawRow, open_raw

RECEIPT_TRIGGERS = ("consent_receipts",)
PROOF = ("consent_receipts", "consent_events")


def _three_receipts(desk):
    a, b = new_adult(desk), new_adult(desk, "Lê Văn Đức")
    r1 = capture_consent(desk, a, ConsentInput(given=frozenset({"service", "marketing"})), now=NOW)
    r2 = capture_consent(desk, b, ConsentInput(given=frozenset({"service"})), now=NOW)
    r3 = withdraw_consent(desk, a, ["marketing"], now=NOW + timedelta(hours=2))
    return r1, r2, r3


def _sha(value: object) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_link_seals_every_stored_column_known_answer(desk, store):
    """The link hash written by hand here, from the rows as sqlite3 reads them."""
    cid = new_adult(desk)
    r1 = capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    conn = open_raw(store.path)
    conn.row_factory = RawRow
    receipt = dict(conn.execute("SELECT * FROM consent_receipts").fetchone())
    events = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM consent_events")}
    link = dict(conn.execute("SELECT * FROM consent_chain").fetchone())
    (store_id,) = conn.execute("SELECT value FROM store_settings WHERE key = 'store_id'").fetchone()
    conn.close()
    assert receipt["id"] == r1.id and len(events) == 5
    assert {"consented_at", "created_at", "changed_by", "revision", "centre_id"} <= set(receipt)
    receipt_digest = _sha(receipt)
    event_digests = {i: _sha(e) for i, e in events.items()}
    covered = json.loads(link["covered"])
    assert covered["receipt_digest"] == receipt_digest
    assert covered["events"] == event_digests
    assert sorted(covered["columns"]["consent_receipts"]) == sorted(receipt)
    rows_digest = _sha({"receipt": receipt_digest, "events": event_digests})
    genesis = hashlib.sha256(f"jpf-desk consent links genesis|{store_id}".encode()).hexdigest()
    fields = {"position": 1, "store_id": store_id, "kind": "receipt", "receipt_id": r1.id,
              "hash_version": 2, "covered": link["covered"], "rows_digest": rows_digest,
              "recorded_at": link["recorded_at"]}
    expected = hashlib.sha256(genesis.encode() + json.dumps(
        fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
    assert (link["previous_hash"], link["rows_digest"], link["link_hash"]) == (
        genesis, rows_digest, expected)
    report = verify_consents(desk)
    assert report.ok and report.links == 1 and report.head_hash == expected


def _different(value: object) -> object:
    if isinstance(value, int):
        return value + 100
    text = str(value)
    if text[:2] == "20" and text[4:5] == "-":  # a stored time
        return text.replace("20", "19", 1)
    return text + "0"


def _receipt_columns(path) -> list[str]:
    return [str(r[1]) for r in rows(path, "PRAGMA table_info(consent_receipts)")]


@pytest.mark.parametrize("which", ["oldest", "newest"])
def test_every_stored_column_of_a_receipt_is_covered(desk, store, which):
    r1, _, r3 = _three_receipts(desk)
    target = r1 if which == "oldest" else r3
    names = [c for c in _receipt_columns(store.path) if c not in ("id", "content")]
    assert {"consented_at", "created_at", "updated_at", "changed_by", "revision"} <= set(names)
    for column in names:
        (value,) = rows(store.path, f"SELECT {column} FROM consent_receipts WHERE id = ?",
                        (target.id,))[0]
        if value is None:
            continue
        tamper(store.path, RECEIPT_TRIGGERS, [(
            f"UPDATE consent_receipts SET {column} = ? WHERE id = ?",
            (_different(value), target.id))])
        report = verify_consents(desk)
        assert report.mismatch is not None, column
        assert report.mismatch.receipt_id == target.id, column
        tamper(store.path, RECEIPT_TRIGGERS, [(
            f"UPDATE consent_receipts SET {column} = ? WHERE id = ?", (value, target.id))])
    assert verify_consents(desk).ok


@pytest.mark.parametrize("which", ["oldest", "newest"])
def test_consented_at_edited_is_found(desk, store, which):
    r1, _, r3 = _three_receipts(desk)
    target = r1 if which == "oldest" else r3
    tamper(store.path, RECEIPT_TRIGGERS, [(
        "UPDATE consent_receipts SET consented_at = '2026-11-01 02:30:00.000000' WHERE id = ?",
        (target.id,))])
    report = verify_consents(desk)
    assert report.mismatch is not None and report.mismatch.receipt_id == target.id


def test_every_stored_column_of_an_event_is_covered(desk, store):
    _, _, r3 = _three_receipts(desk)
    (event_id,) = rows(store.path, "SELECT id FROM consent_events WHERE receipt_id = ? "
                       "ORDER BY sequence DESC LIMIT 1", (r3.id,))[0]
    for column in ("created_at", "changed_by", "revision", "centre_id", "updated_at"):
        (value,) = rows(store.path, f"SELECT {column} FROM consent_events WHERE id = ?",
                        (event_id,))[0]
        tamper(store.path, PROOF, [(f"UPDATE consent_events SET {column} = ? WHERE id = ?",
                                    (_different(value), event_id))])
        report = verify_consents(desk)
        assert report.mismatch is not None, column
        assert (report.mismatch.receipt_id, report.mismatch.event_id) == (r3.id, event_id)
        tamper(store.path, PROOF, [(f"UPDATE consent_events SET {column} = ? WHERE id = ?",
                                    (value, event_id))])
    assert verify_consents(desk).ok


def _delete_receipt(receipt_id: str) -> list[tuple[str, tuple[object, ...]]]:
    """The receipt and every event its capture wrote (the 'superseded' one included)."""
    return [
        ("DELETE FROM consent_events WHERE customer_id = (SELECT customer_id FROM "
         "consent_receipts WHERE id = ?) AND occurred_at = (SELECT consented_at FROM "
         "consent_receipts WHERE id = ?)", (receipt_id, receipt_id)),
        ("DELETE FROM consent_receipts WHERE id = ?", (receipt_id,)),
    ]


def test_newest_receipt_deleted_is_found(desk, store):
    _, r2, _ = _three_receipts(desk)
    r4 = capture_consent(desk, r2.customer_id, ConsentInput(given=frozenset({"service"})),
                         now=NOW + timedelta(hours=3))
    tamper(store.path, PROOF, _delete_receipt(r4.id))
    assert rows(store.path, "SELECT count(*) FROM consent_receipts") == [(3,)]
    report = verify_consents(desk)
    assert report.mismatch is not None and report.mismatch.receipt_id == r4.id


def test_newest_receipt_deleted_with_its_link_is_found_by_the_local_head(desk, store):
    _, _, r3 = _three_receipts(desk)
    tamper(store.path, (*PROOF, "consent_chain"), [
        *_delete_receipt(r3.id),
        ("DELETE FROM consent_chain WHERE receipt_id = ?", (r3.id,)),
    ])
    report = verify_consents(desk)
    assert report.mismatch is not None and report.mismatch.reason == "head"
    assert report.mismatch.position == 2  # the chain now ends one link early


def test_dropped_triggers_are_found(desk, store):
    _three_receipts(desk)
    for name in ("consent_events_no_delete", "consent_receipts_no_update",
                 "consent_chain_no_delete"):
        drop_trigger(store.path, name)
        report = verify_consents(desk)
        assert report.mismatch is not None
        assert (report.mismatch.reason, report.mismatch.trigger) == ("trigger", name)
        conn = open_raw(store.path)
        table = name.rsplit("_no_", 1)[0]
        op = name.rsplit("_no_", 1)[1].upper()
        conn.execute(f"CREATE TRIGGER {name} BEFORE {op} ON {table} BEGIN "
                     f"SELECT RAISE(ABORT, '{table} is append-only'); END")
        conn.commit()
        conn.close()
    assert verify_consents(desk).ok


def test_trigger_made_harmless_is_found(desk, store):
    _three_receipts(desk)
    drop_trigger(store.path, "consent_receipts_no_delete")
    conn = open_raw(store.path)
    conn.execute("CREATE TRIGGER consent_receipts_no_delete BEFORE DELETE ON consent_receipts "
                 "BEGIN SELECT 1; END")
    conn.commit()
    conn.close()
    report = verify_consents(desk)
    assert report.mismatch is not None
    assert report.mismatch.trigger == "consent_receipts_no_delete"


def test_a_redacted_receipt_edited_is_found(desk, store):
    from jpf_desk.services.rights.erasure import erase_customer

    r1, r2, r3 = _three_receipts(desk)
    erase_customer(desk, r1.customer_id, "Khách hàng yêu cầu xoá dữ liệu")
    report = verify_consents(desk)
    assert report.ok and report.redacted == 2
    for target in (r1, r3):  # old and newest
        (content,) = rows(store.path, "SELECT content FROM consent_receipts WHERE id = ?",
                          (target.id,))[0]
        forged = json.loads(str(content))
        forged["signed_on"] = "2026-01-05"  # as if consent had been given on paper, earlier
        forged["sensitive"] = {"involved": True, "kinds": ["id_card_image"]}
        tamper(store.path, RECEIPT_TRIGGERS, [(
            "UPDATE consent_receipts SET content = ? WHERE id = ?",
            (json.dumps(forged, ensure_ascii=False, sort_keys=True), target.id))])
        report = verify_consents(desk)
        assert report.mismatch is not None
        assert report.mismatch.receipt_id == target.id
        tamper(store.path, RECEIPT_TRIGGERS, [(
            "UPDATE consent_receipts SET content = ? WHERE id = ?", (content, target.id))])
    assert verify_consents(desk).ok
    kinds = rows(store.path, "SELECT kind, receipt_id FROM consent_chain ORDER BY position")
    assert [k for k, _ in kinds] == ["receipt"] * 3 + ["redaction"] * 2
    assert {r for k, r in kinds if k == "redaction"} == {r1.id, r3.id}


def test_events_written_without_a_receipt_are_sealed_too(desk, store):
    """A later kind of consent event (no new receipt) sealed by seal_events, then altered."""
    from jpf_desk.services.consent.chain_check import check_links
    from jpf_desk.services.consent.records import seal_events
    from jpf_desk.store.models import ConsentEvent

    _, r2, _ = _three_receipts(desk)
    with desk.tx() as s:
        event = ConsentEvent(customer_id=r2.customer_id, receipt_id=r2.id, purpose="contact",
                             action="restricted", occurred_at=NOW + timedelta(days=1),
                             sequence=99, digest="0" * 64)
        s.add(event)
        s.flush()
        seal_events(s, [event.id])
        event_id = event.id
    assert rows(store.path, "SELECT kind, receipt_id FROM consent_chain ORDER BY position DESC "
                "LIMIT 1") == [("events", None)]
    # The links alone (the content check does not know this kind of event yet).
    with desk.tx() as s:
        assert check_links(s.connection()).problem is None
    tamper(store.path, PROOF, [("UPDATE consent_events SET action = 'given' WHERE id = ?",
                                (event_id,))])
    with desk.tx() as s:
        problem = check_links(s.connection()).problem
    assert problem is not None and (problem.reason, problem.event_id) == ("sealed_event", event_id)


@pytest.mark.parametrize(("lang", "ok_words", "bad_words"), [
    ("vi", "ĐÚNG: đã kiểm tra 3 biên nhận", "SAI LỆCH: trình kích hoạt consent_events_no_delete"),
    ("fr", "OK : 3 reçus", "NON CONFORME : déclencheur consent_events_no_delete"),
    ("en", "OK: 3 receipts, 16 consent events and 3 chain links", "MISMATCH: trigger "
     "consent_events_no_delete: the trigger that forbids changes and deletions is missing"),
])
def test_verify_command_words_and_exit_codes(desk, store, capsys, monkeypatch, lang, ok_words,
                                            bad_words):
    from jpf_desk.cli import main

    _three_receipts(desk)
    argv = ["--lang", lang, "verify", "--data-dir", str(store.path.parent), *signed_in_args()]
    password_on_stdin(monkeypatch)
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith(ok_words)
    (head,) = rows(store.path, "SELECT link_hash FROM consent_chain WHERE position = 3")[0]
    assert str(head) in out.splitlines()[1]  # to read out to head office, or an inspector
    drop_trigger(store.path, "consent_events_no_delete")
    password_on_stdin(monkeypatch)
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert out.startswith(bad_words) and "Phạm" not in out and "Đức" not in out
