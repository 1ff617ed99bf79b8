"""Issue 14 deadlines: no extension once late, acknowledgement never after the answer,
the rule for a due date on a weekend or holiday, and the slip's "chậm nhất ngày".

Every expected date is counted by hand in the comments (calendar of HOLIDAYS.md: Tết
2026 is Mon 16 - Fri 20 Feb).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pdfplumber
import pytest

from jpf_desk.cli import main
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.request_deadlines import DEFAULT_PERIODS, RequestKind
from jpf_desk.domain.requests import IdentityCheck
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.documents import request_slip, slip_pdf
from jpf_desk.services.rights.holidays import set_period
from jpf_desk.services.rights.requests import RequestInput


def _file(desk, person, kind, received, **extra):
    return requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=kind, received_on=received,
        identity_check=IdentityCheck.ID_DOCUMENT, **extra), today=received)


def test_extension_refused_once_the_answer_date_has_passed(desk, person):
    # Access received Mon 2 Nov 2026: + 10 calendar days = Thu 12 Nov 2026.
    filed = _file(desk, person, RequestKind.ACCESS, date(2026, 11, 2))
    assert filed.answer_due == date(2026, 11, 12)
    with pytest.raises(DomainError) as late:
        requests.extend(desk, filed.id, 5, "Cần thêm thời gian", today=date(2026, 11, 13))
    assert late.value.code == "request.extension_too_late"
    assert "12/11/2026" in render_error(late.value)
    assert requests.get_request(desk, filed.id).extension_days == 0
    # On the due day itself it is still in time: Thu 12 + 5 = Tue 17 Nov.
    extended = requests.extend(desk, filed.id, 5, "Cần thêm thời gian", today=date(2026, 11, 12))
    assert extended.answer_due == date(2026, 11, 17)


def test_acknowledgement_never_after_the_answer_across_tet(desk, person):
    # Received Fri 13 Feb 2026: ack would be Tue 24 (23 = 1st working day, 24 = 2nd),
    # answer 13 + 10 = Mon 23 Feb. The acknowledgement comes by Mon 23 Feb.
    filed = _file(desk, person, RequestKind.ACCESS, date(2026, 2, 13))
    assert filed.answer_due == date(2026, 2, 23)
    assert filed.acknowledge_due == date(2026, 2, 23)


@pytest.mark.parametrize(("rule", "due"), [
    # Withdraw received Thu 5 Feb 2026 + 15 calendar days = Fri 20 Feb (Tết).
    ("previous", date(2026, 2, 13)),  # back over Tết to Fri 13 Feb
    ("next", date(2026, 2, 23)),  # Sat 21, Sun 22 -> Mon 23 Feb
    ("keep", date(2026, 2, 20)),
])
def test_due_date_on_a_holiday_follows_the_setting(desk, person, rule, due):
    from jpf_desk.domain.request_deadlines import DueOnDayOff

    period = replace(DEFAULT_PERIODS[RequestKind.WITHDRAW], day_off=DueOnDayOff(rule))
    set_period(desk, RequestKind.WITHDRAW, period)
    filed = _file(desk, person, RequestKind.WITHDRAW, date(2026, 2, 5), purposes=("marketing",))
    assert filed.answer_due == due
    # Ack: Thu 5 -> Fri 6 (1), Mon 9 Feb (2).
    assert filed.acknowledge_due == date(2026, 2, 9)
    assert filed.day_off == rule


def test_default_moves_a_weekend_due_date_back_to_friday(desk, person):
    # Access received Wed 25 Nov 2026 + 10 = Sat 5 Dec 2026 -> Fri 4 Dec (the stricter).
    filed = _file(desk, person, RequestKind.ACCESS, date(2026, 11, 25))
    assert filed.answer_due == date(2026, 12, 4)


def test_slip_queue_and_cli_state_the_counting_rule(desk, person, tmp_path, monkeypatch):
    filed = _file(desk, person, RequestKind.ACCESS, date(2026, 11, 25))
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(slip_pdf(request_slip(desk, filed.id)))
    with pdfplumber.open(pdf) as doc:
        text = " ".join((doc.pages[0].extract_text() or "").split())
    # The label column wraps ("... chậm nhất 04/12/2026 ngày"): compare without spaces.
    flat = text.replace(" ", "")
    assert "trướcngày" not in flat
    assert "JPFtrảlờichậmnhất04/12/2026ngày" in flat
    assert "Xácnhậnchậmnhất27/11/2026ngày" in flat  # Thu 26 (1), Fri 27 (2)
    assert "Ngàylịch;hạnrơivàongàynghỉthìlùivềngàylàmviệcliềntrước" in flat

    (row,) = requests.list_requests(desk, today=date(2026, 11, 25))
    assert row.counting_rule == (
        "Ngày lịch; hạn rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước")
    out = tmp_path / "list.json"
    import contextlib
    import io

    from tests.helpers.staff import password_on_stdin, signed_in_args

    buffer = io.StringIO()
    password_on_stdin(monkeypatch)
    with contextlib.redirect_stdout(buffer):
        assert main(["--lang", "en", "requests", "list", "--data-dir",
                     str(desk.store.path.parent), "--json", *signed_in_args()]) == 0
    out.write_text(buffer.getvalue())
    (listed,) = json.loads(out.read_text())
    assert listed["counting_rule"] == (
        "Calendar days; a due date on a day off moves back to the working day before")
    assert listed["due_date"] == "2026-12-04"


def test_queue_window_shows_the_counting_rule(qtbot, desk, person):
    from jpf_desk.ui.requests.queue_model import RequestQueueModel

    _file(desk, person, RequestKind.ACCESS, date(2026, 11, 25))
    model = RequestQueueModel()
    model.set_rows(requests.list_requests(desk, today=date(2026, 11, 25)))
    column = RequestQueueModel.HEADERS.index("Cách tính hạn")
    assert model.data(model.index(0, column)).startswith("Ngày lịch; hạn rơi vào ngày nghỉ")


def test_manager_chooses_the_day_off_rule_in_the_calendar_window(qtbot, desk):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from jpf_desk.services.rights import holidays
    from jpf_desk.ui.requests.calendar_dialog import CalendarDialog

    dialog = CalendarDialog(desk)
    qtbot.addWidget(dialog)
    row = dialog.period_row(RequestKind.DELETE)
    day_off = dialog.ui.periods.cellWidget(row, 5)
    assert isinstance(day_off, QComboBox)
    assert day_off.currentData() == "previous"  # the stricter default
    day_off.setCurrentIndex(day_off.findData("next"))
    qtbot.mouseClick(dialog.ui.savePeriods, Qt.MouseButton.LeftButton)
    assert holidays.periods(desk)[RequestKind.DELETE].day_off.value == "next"
