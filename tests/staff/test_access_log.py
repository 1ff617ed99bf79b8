"""The access log: each kind of access leaves one event (who, when, which customer, what),
append-only, hash-chained per desk, checked by `jpf-desk verify`, queued for head office."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from jpf_desk.cli import main
from jpf_desk.domain.access_log import AccessFields, genesis_hash, link_hash
from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.staff import Role
from jpf_desk.services.access_log.verify import verify_access_log
from jpf_desk.services.access_log.views import AccessFilter, list_access_events
from jpf_desk.services.consent.documents import printed_receipt_pdf
from jpf_desk.services.consent.signature import exported_receipt
from jpf_desk.services.customers.id_number import reveal_id_number
from jpf_desk.services.rights.documents import write_access_report
from jpf_desk.store.models import AccessEvent, OutboxEntry
from jpf_desk.sync.rows import synced_tables
from tests.helpers.consent import give_service_consent
from tests.helpers.staff import password_on_stdin, signed_in, signed_in_args
from tests.helpers.stores import open_raw
from tests.requests.builders import make_person


def events(desk):
    with desk.tx() as s:
        return list(s.scalars(select(AccessEvent).order_by(AccessEvent.sequence)))


def test_genesis_and_link_hashes_known_answers():
    # Computed by hand from the documented format: SHA-256 of prefix + store id, then
    # SHA-256(previous hash + canonical JSON with sorted keys and no spaces).
    store_id = "11111111-1111-1111-1111-111111111111"
    assert genesis_hash(store_id) == hashlib.sha256(
        b"jpf-desk access log genesis|11111111-1111-1111-1111-111111111111").hexdigest()
    fields = AccessFields(
        event_id="e1", store_id=store_id, sequence=1,
        occurred_at=datetime(2026, 11, 27, 3, 4, 5, 6, tzinfo=UTC), staff_id="s1",
        customer_id="c1", kind="id_number_shown", subject_id=None, detail="cccd")
    canonical = ('{"customer_id":"c1","detail":"cccd","id":"e1","kind":"id_number_shown",'
                 '"occurred_at":"2026-11-27T03:04:05.000006+00:00","sequence":1,'
                 '"staff_id":"s1","store_id":"11111111-1111-1111-1111-111111111111",'
                 '"subject_id":null}')
    assert link_hash("ab" * 32, fields) == hashlib.sha256(
        ("ab" * 32 + canonical).encode()).hexdigest()


def test_each_access_leaves_one_event_naming_who_whom_and_what(desk, tmp_path):
    person = make_person(desk)
    receipt = give_service_consent(desk, person.id)
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    assert reveal_id_number(clerk, person.id) == "001199088812"
    printed_receipt_pdf(clerk, receipt, copy=True)
    exported_receipt(clerk, receipt)
    write_access_report(desk, person.id, tmp_path / "r.pdf", tmp_path / "r.json")
    got = [(e.sequence, e.staff_id, e.customer_id, e.kind, e.subject_id, e.detail)
           for e in events(desk)]
    assert got == [
        (1, clerk.actor.staff_id, person.id, "id_number_shown", None, "cccd"),
        (2, clerk.actor.staff_id, person.id, "receipt_printed", receipt.id, "copy"),
        (3, clerk.actor.staff_id, person.id, "receipt_exported", receipt.id, "kantara_json"),
        (4, desk.actor.staff_id, person.id, "access_report", None, "pdf+json"),
    ]
    assert oct((tmp_path / "r.pdf").stat().st_mode & 0o777) == "0o600"
    assert oct((tmp_path / "r.json").stat().st_mode & 0o777) == "0o600"


def test_a_refused_access_leaves_no_event(desk, tmp_path):
    person = make_person(desk)
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    with pytest.raises(NotAllowed):
        write_access_report(clerk, person.id, tmp_path / "r.pdf", None)
    assert events(desk) == [] and not (tmp_path / "r.pdf").exists()


def test_the_store_refuses_to_change_or_remove_an_event(desk):
    person = make_person(desk)
    reveal_id_number(desk, person.id)
    conn = open_raw(desk.store.path)
    try:
        for sql in ("UPDATE access_events SET detail = 'x'", "DELETE FROM access_events"):
            with pytest.raises(Exception, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()


def test_the_events_are_queued_for_head_office_in_the_same_transaction(desk):
    assert synced_tables()["access_events"].append_only is True
    person = make_person(desk)
    reveal_id_number(desk, person.id)
    (event,) = events(desk)
    with desk.tx() as s:
        queued = s.scalars(select(OutboxEntry).where(OutboxEntry.table_name == "access_events"))
        assert [o.row_id for o in queued] == [event.id]


def _tamper(store, sql, *params):
    conn = open_raw(store.path)  # behind the program's back, as an intruder would
    for trigger in ("access_events_no_update", "access_events_no_delete"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_verify_finds_a_changed_event(desk):
    person = make_person(desk)
    for _ in range(3):
        reveal_id_number(desk, person.id)
    check = verify_access_log(desk.store)
    assert (check.events, check.chains, check.mismatch) == (3, 1, None)
    second = events(desk)[1]
    _tamper(desk.store, "UPDATE access_events SET staff_id = 'someone-else' WHERE id = ?",
            second.id)
    bad = verify_access_log(desk.store).mismatch
    assert bad is not None and (bad.event_id, bad.sequence, bad.reason) == (second.id, 2, "hash")


def test_verify_finds_a_removed_event(desk):
    person = make_person(desk)
    for _ in range(3):
        reveal_id_number(desk, person.id)
    first, second, third = events(desk)
    _tamper(desk.store, "DELETE FROM access_events WHERE id = ?", second.id)
    bad = verify_access_log(desk.store).mismatch
    assert bad is not None and (bad.event_id, bad.reason) == (third.id, "gap")


def test_jpf_desk_verify_reports_the_access_log(desk, capsys, monkeypatch):
    person = make_person(desk)
    reveal_id_number(desk, person.id)
    data_dir = str(desk.store.path.parent)
    password_on_stdin(monkeypatch)
    assert main(["verify", "--data-dir", data_dir, *signed_in_args()]) == 0
    assert ("ĐÚNG: đã kiểm tra 1 sự kiện nhật ký truy cập (1 chuỗi của các máy)."
            in capsys.readouterr().out)
    (event,) = events(desk)
    _tamper(desk.store, "UPDATE access_events SET detail = 'passport' WHERE id = ?", event.id)
    password_on_stdin(monkeypatch)
    assert main(["verify", "--data-dir", data_dir, *signed_in_args()]) == 1
    assert (f"SAI LỆCH: sự kiện nhật ký truy cập {event.id} (máy {event.store_id}, số 1): "
            "nội dung không khớp với mã băm") in capsys.readouterr().out
    password_on_stdin(monkeypatch)
    assert main(["--lang", "en", "verify", "--data-dir", data_dir, *signed_in_args()]) == 1
    assert f"MISMATCH: access-log event {event.id}" in capsys.readouterr().out


def test_a_manager_filters_the_log_by_customer_staff_and_kind(desk, tmp_path):
    one, two = make_person(desk), make_person(desk, "Lý Văn Tài", "0912 000 111",
                                               "001088012345")
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    reveal_id_number(clerk, one.id)
    reveal_id_number(desk, two.id)
    write_access_report(desk, one.id, tmp_path / "r.pdf", None)
    seen_one = list_access_events(desk, AccessFilter(customer_id=one.id))
    assert [(e.kind, e.staff_name) for e in seen_one] == [
        ("access_report", "Lê Thu Trang"), ("id_number_shown", "Đỗ Minh Khoa")]
    by_clerk = list_access_events(desk, AccessFilter(staff_id=clerk.actor.staff_id))
    assert [(e.customer_id, e.kind) for e in by_clerk] == [(one.id, "id_number_shown")]
    reports = list_access_events(desk, AccessFilter(kind="access_report"))
    assert [e.customer_id for e in reports] == [one.id]


def test_two_writers_taking_the_same_sequence_number_both_get_recorded(desk):
    """A command run beside the window: another connection commits event 1 after this
    desk read the last number and before it inserts; the insert is refused (unique per
    desk) and done again as event 2."""
    import jpf_desk.services.access_log.record as record
    from jpf_desk.domain.access_log import AccessKind
    from jpf_desk.services.access_log.record import note_access
    from jpf_desk.store.engine import open_store

    person = make_person(desk)
    other = open_store(desk.store.path.parent, lock=False)
    other_desk = type(desk)(other, desk.actor)
    real = record.record_access
    calls: list[int] = []

    def racing(session, *args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            add = session.add

            def add_after_the_other_writer(obj, **kwargs):
                session.add = add
                with other_desk.tx() as theirs:  # commits event 1 meanwhile
                    real(theirs, other_desk, AccessKind.ID_NUMBER_SHOWN,
                         customer_id=person.id, detail="cccd")
                add(obj, **kwargs)

            session.add = add_after_the_other_writer
        return real(session, *args, **kwargs)

    try:
        record.record_access = racing
        note_access(desk, AccessKind.LIST_EXPORTED, customer_id=None, detail="search")
    finally:
        record.record_access = real
        other.close()
    assert len(calls) == 2  # refused once, written again
    assert [(e.sequence, e.kind) for e in events(desk)] == [
        (1, "id_number_shown"), (2, "list_exported")]
    assert verify_access_log(desk.store).mismatch is None


def test_verify_finds_the_newest_events_removed(desk):
    person = make_person(desk)
    for _ in range(3):
        reveal_id_number(desk, person.id)
    first, second, third = events(desk)
    _tamper(desk.store, "DELETE FROM access_events WHERE sequence >= 2")
    bad = verify_access_log(desk.store).mismatch
    assert bad is not None and (bad.store_id, bad.sequence, bad.reason) == (
        third.store_id, 3, "tail")
    assert verify_access_log(desk.store).events == 1


def test_a_store_with_no_event_yet_verifies(desk):
    check = verify_access_log(desk.store)
    assert (check.events, check.chains, check.mismatch) == (0, 0, None)
