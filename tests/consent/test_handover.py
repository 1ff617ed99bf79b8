"""Consent handover at 16: the guardian's consent stops speaking on the 16th birthday;
the desk lists the handovers due and records the person's own choices (a new receipt)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from jpf_desk.domain.consent import ConsentMethod
from jpf_desk.domain.courses import CourseKind
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.errors import DomainError
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.courses import enrolments
from jpf_desk.services.courses.catalogue import create_class, create_course
from tests.consent.builders import NOW, new_adult, new_minor

BIRTH = date(2010, 12, 10)  # 16 on Thu 10 Dec 2026


def _guardian_consent(desk) -> str:
    customer = new_minor(desk, birth=BIRTH)
    capture_consent(desk, customer, ConsentInput(
        given=frozenset({"service"}), guardian_consented=True, child_consented=True), now=NOW)
    return customer


def _class(desk) -> str:
    course = create_course(desk, "A1H", "Tiếng Pháp A1", CourseKind.GENERAL, level="A1")
    return create_class(desk, course.id, "A1H-01", start_date=date(2026, 12, 1),
                        end_date=date(2027, 6, 1), capacity=10, fee_vnd=4_000_000).id


def test_guardian_consent_stops_speaking_on_the_16th_birthday(desk):
    customer, klass = _guardian_consent(desk), _class(desk)
    # The day before the birthday the guardian's consent still speaks for the minor.
    assert enrolments.enrol(desk, customer, klass, today=date(2026, 12, 9)).status == "pending"
    other = create_class(desk, create_course(desk, "A2H", "A2", CourseKind.GENERAL).id,
                         "A2H-01", start_date=date(2026, 12, 1), end_date=date(2027, 6, 1),
                         capacity=10, fee_vnd=1).id
    with pytest.raises(DomainError) as err:
        enrolments.enrol(desk, customer, other, today=date(2026, 12, 10))
    assert err.value.code == "processing.handover_due"


def test_handovers_due_this_month_then_the_persons_own_receipt(desk):
    from jpf_desk.services.consent.handover import handovers_due

    customer = _guardian_consent(desk)
    adult = new_adult(desk)
    capture_consent(desk, adult, ConsentInput(given=frozenset({"service"})), now=NOW)
    assert handovers_due(desk, date(2026, 11, 1)) == []
    (due,) = handovers_due(desk, date(2026, 12, 1))
    assert (due.customer_id, due.sixteenth_birthday) == (customer, date(2026, 12, 10))
    # Still listed the month after while nobody asked the person.
    assert [d.customer_id for d in handovers_due(desk, date(2027, 1, 1))] == [customer]

    at = datetime(2026, 12, 14, 10, 0, tzinfo=VN_TZ)
    receipt = capture_consent(desk, customer, ConsentInput(
        given=frozenset({"service", "marketing"}), method=ConsentMethod.HANDOVER), now=at)
    assert receipt.content["method"] == "handover"
    assert receipt.content["kind"] == "handover"
    assert receipt.content["guardian"] is None
    assert handovers_due(desk, date(2026, 12, 1)) == []
    klass = _class(desk)
    assert enrolments.enrol(desk, customer, klass, today=date(2026, 12, 14)).status == "pending"


def test_handover_method_only_when_a_handover_is_due(desk):
    adult = new_adult(desk)
    capture_consent(desk, adult, ConsentInput(given=frozenset({"service"})), now=NOW)
    with pytest.raises(DomainError) as err:
        capture_consent(desk, adult, ConsentInput(given=frozenset({"service"}),
                                                  method=ConsentMethod.HANDOVER), now=NOW)
    assert err.value.code == "consent.handover_not_due"


def _turned_16_ten_days_ago(desk) -> str:
    from datetime import time, timedelta

    from jpf_desk.domain.dates import today_vn

    today = today_vn()
    birthday = today - timedelta(days=10)
    try:
        birth = birthday.replace(year=birthday.year - 16)
    except ValueError:  # 29 February
        birth = date(birthday.year - 16, 2, 28)
    from jpf_desk.services.customers import records
    from jpf_desk.services.customers.input import CustomerInput, GuardianInput

    customer = records.create_customer(desk, CustomerInput(
        family_name="Hà", middle_name="Gia", given_name="Bảo", birth_date=birth, sex="male",
        phone="0913 700 800",
        guardians=[GuardianInput("Hà Thị Mận", "mother", "0987 700 801", "cccd",
                                 "001185099345")]),
        today=today - timedelta(days=20), allow_duplicates=True).customer.id
    asked = datetime.combine(today - timedelta(days=20), time(9, 0), tzinfo=VN_TZ)
    capture_consent(desk, customer, ConsentInput(
        given=frozenset({"service"}), guardian_consented=True, child_consented=True),
        now=asked)
    return customer


def test_consent_tab_asks_for_the_handover_and_the_dialog_records_it(qtbot, desk):
    from jpf_desk.ui.consent.dialog import ConsentDialog
    from jpf_desk.ui.consent.panel import ConsentPanel

    customer = _turned_16_ten_days_ago(desk)
    panel = ConsentPanel(desk, customer)
    qtbot.addWidget(panel)
    assert not panel.handover_notice.isHidden()
    assert "16 tuổi" in panel.handover_notice.text()
    dialog = panel.capture()
    assert isinstance(dialog, ConsentDialog)
    assert dialog.ui.method.currentData() == "handover"
    dialog.boxes["service"].setChecked(True)
    dialog.save()
    assert dialog.receipt is not None and dialog.receipt.content["kind"] == "handover"
    panel.reload()
    assert panel.handover_notice.isHidden()


def test_handovers_command_lists_this_month(desk, tmp_path, monkeypatch):
    import contextlib
    import io
    import json

    from jpf_desk.cli import main
    from jpf_desk.services.access_log.views import list_access_events
    from tests.helpers.staff import password_on_stdin, signed_in_args

    customer = _guardian_consent(desk)
    buffer = io.StringIO()
    password_on_stdin(monkeypatch)
    with contextlib.redirect_stdout(buffer):
        assert main(["handovers", "--data-dir", str(desk.store.path.parent),
                     "--month", "2026-12", "--json", *signed_in_args()]) == 0
    assert [(e.kind, e.detail) for e in list_access_events(desk)][-1:] == [
        ("list_exported", "handovers:json")]
    assert json.loads(buffer.getvalue()) == [{
        "customer_id": customer, "full_name": "Đỗ Minh Khôi",
        "sixteenth_birthday": "2026-12-10"}]
