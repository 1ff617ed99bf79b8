"""The request queue driven as a person would: file, approve as a second manager, erase."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import RequestUrgency
from jpf_desk.domain.search_key import search_key
from jpf_desk.services.courses import payments
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.requests.decide_dialog import DecideDialog
from jpf_desk.ui.requests.new_request import NewRequestDialog
from jpf_desk.ui.requests.reason_dialog import ReasonDialog
from jpf_desk.ui.requests.status import RequestCountLabel
from jpf_desk.ui.requests.view import RequestsView
from jpf_desk.ui.tasks import wait_for_all
from tests.helpers.plain_view import decrypted_bytes
from tests.helpers.typing import type_text
from tests.requests.builders import NAME


def open_view(qtbot, desk) -> RequestsView:
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.show()
    return view


def file_through_dialog(qtbot, view: RequestsView, customer_id: str, kind: RequestKind,
                        changes: dict[str, str] | None = None) -> str:
    dialog = view.new_request(customer_id)
    assert isinstance(dialog, NewRequestDialog)
    dialog.set_kind(kind)
    dialog.ui.identityCheck.setCurrentIndex(dialog.ui.identityCheck.findData("id_document"))
    for field, value in (changes or {}).items():
        dialog.set_change(field, value)
    type_text(dialog.ui.details, "Khách đến quầy, có giấy đề nghị")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.filed is not None, dialog.ui.generalError.text()
    return dialog.filed.id


def table_texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_update_request_filed_then_approved_by_a_second_manager(
        qtbot, desk, person, second_manager):
    view = open_view(qtbot, desk)
    request_id = file_through_dialog(qtbot, view, person.id, RequestKind.UPDATE,
                                     {"phone": "0988 777 666"})
    assert view.model.row_of(request_id) >= 0
    assert "0913 222 444" not in view.ui.details.toPlainText()  # stored as +84
    assert "+84988777666" in view.ui.details.toPlainText()
    # The one who filed it cannot approve it.
    view.select(request_id)
    qtbot.mouseClick(view.ui.handleButton, Qt.MouseButton.LeftButton)
    own = view.findChildren(DecideDialog)[-1]
    qtbot.mouseClick(own.ui.approveButton, Qt.MouseButton.LeftButton)
    assert "khác người đã tiếp nhận" in own.ui.error.text()
    own.close()

    approver = open_view(qtbot, second_manager)
    approver.select(request_id)
    qtbot.mouseClick(approver.ui.handleButton, Qt.MouseButton.LeftButton)
    decide = approver.findChildren(DecideDialog)[-1]
    assert table_texts(decide.ui.fields) == [["Số điện thoại", "+84913222444", "+84988777666"]]
    qtbot.mouseClick(decide.ui.approveButton, Qt.MouseButton.LeftButton)
    assert requests.get_request(desk, request_id).status == "done"
    steps = requests.get_request(desk, request_id).steps
    assert [s.staff_name for s in steps if s.step == "approved"] == ["Vũ Thanh Mai"]

    detail = CustomerDetailDialog(desk, person.id)
    qtbot.addWidget(detail)
    info = " ".join(detail.ui.info.itemAt(i).widget().text()
                    for i in range(detail.ui.info.count()) if detail.ui.info.itemAt(i).widget())
    assert "0988 777 666" in info
    history = table_texts(detail.ui.history)
    assert any(row[2] == "0913 222 444" and row[3] == "0988 777 666" and "HN1-" in row[4]
               for row in history), history


def store_bytes(store) -> bytes:
    """The store file and its WAL as pages decrypted with the key (freed pages too)."""
    return decrypted_bytes(store.path, store.key)


def test_deletion_through_the_window_removes_the_name_from_the_store_file(
        qtbot, desk, person):
    view = open_view(qtbot, desk)
    request_id = file_through_dialog(qtbot, view, person.id, RequestKind.DELETE)
    name = unicodedata.normalize("NFC", NAME).encode("utf-8")
    assert name in store_bytes(desk.store)
    view.select(request_id)
    qtbot.mouseClick(view.ui.handleButton, Qt.MouseButton.LeftButton)
    reason = view.findChildren(ReasonDialog)[-1]
    type_text(reason.ui.reason, "Khách yêu cầu xoá; khoá học đã kết thúc")
    qtbot.mouseClick(reason.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert wait_for_all()
    qtbot.waitUntil(lambda: hasattr(view, "last_tombstone"))
    raw = store_bytes(desk.store)
    assert name not in raw
    assert search_key(NAME).encode() not in raw
    _, balance = payments.payments_of(desk, person.enrolment_id)
    assert balance.paid_vnd == 3_500_000 and balance.fee_vnd == 6_000_000
    assert {k.what for k in view.last_tombstone.kept} >= {"payments", "consent"}
    assert requests.get_request(desk, request_id).status == "done"


def test_queue_sorted_by_due_date_with_overdue_and_due_soon_marked(qtbot, qtmodeltester, desk,
                                                                  person):
    today = today_vn()

    def filed(kind: RequestKind, days_ago: int) -> str:
        r = requests.file_request(desk, RequestInput(
            customer_id=person.id, kind=kind, received_on=today - timedelta(days=days_ago)))
        requests.acknowledge(desk, r.id)
        return r.id

    on_time = filed(RequestKind.ACCESS, 0)  # answer in 10 days
    overdue = filed(RequestKind.ACCESS, 30)  # answer was due 20 days ago
    # Answer due in 1 to 3 days, on a weekday (20 calendar days; one due on a weekend
    # moves back to the Friday, which from a Saturday is already past).
    ahead = next(k for k in (1, 2, 3) if (today + timedelta(days=k)).weekday() < 5)
    soon = filed(RequestKind.DELETE, 20 - ahead)
    view = open_view(qtbot, desk)
    assert [r.id for r in view.model.rows] == [overdue, soon, on_time]
    assert [r.urgency for r in view.model.rows] == [
        RequestUrgency.OVERDUE, RequestUrgency.DUE_SOON, RequestUrgency.ON_TIME]
    qtmodeltester.check(view.model)
    brush = view.model.data(view.model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush is not None and brush.color().name() == "#f8d0d0"
    label = RequestCountLabel(desk)
    qtbot.addWidget(label)
    qtbot.waitUntil(  # counted once the event loop runs (issue 16)
        lambda: label.text() == "Yêu cầu dữ liệu: 3 đang mở, 1 quá hạn, 1 sắp đến hạn")


def test_manager_confirms_tet_2027_and_switches_a_period_to_working_days(
        qtbot, desk, receptionist):
    from datetime import date

    from PySide6.QtWidgets import QComboBox

    from jpf_desk.services.rights import holidays
    from jpf_desk.ui.requests.calendar_dialog import CalendarDialog

    clerk = CalendarDialog(receptionist)
    qtbot.addWidget(clerk)
    clerk.ui.year.setValue(2027)
    clerk.ui.holidays.setCurrentCell(1, 0)  # Thu 4 Feb 2027, computed
    qtbot.mouseClick(clerk.ui.confirmHoliday, Qt.MouseButton.LeftButton)
    assert "quản lý" in clerk.ui.error.text()

    dialog = CalendarDialog(desk)
    qtbot.addWidget(dialog)
    dialog.ui.year.setValue(2027)
    assert "2027" in dialog.ui.warnings.text()
    unconfirmed = [r for r in range(dialog.ui.holidays.rowCount())
                   if dialog.ui.holidays.item(r, 3).text() == "CHƯA"]
    assert len(unconfirmed) == 8
    for row in unconfirmed:
        dialog.ui.holidays.setCurrentCell(row, 0)
        qtbot.mouseClick(dialog.ui.confirmHoliday, Qt.MouseButton.LeftButton)
    assert "2027" not in dialog.ui.warnings.text()
    cal = holidays.calendar(desk)
    assert cal.add_working_days(date(2027, 2, 3), 2) == date(2027, 2, 12)

    row = dialog.period_row(RequestKind.UPDATE)
    rule = dialog.ui.periods.cellWidget(row, 4)
    assert isinstance(rule, QComboBox)
    rule.setCurrentIndex(rule.findData("working"))
    qtbot.mouseClick(dialog.ui.savePeriods, Qt.MouseButton.LeftButton)
    assert holidays.periods(desk)[RequestKind.UPDATE].count.value == "working"


def test_acknowledgement_slip_opens_in_the_preview(qtbot, desk, person):
    view = open_view(qtbot, desk)
    request_id = file_through_dialog(qtbot, view, person.id, RequestKind.ACCESS)
    view.select(request_id)
    qtbot.mouseClick(view.ui.slipButton, Qt.MouseButton.LeftButton)
    assert wait_for_all()
    qtbot.waitUntil(lambda: hasattr(view, "last_preview"))
    assert view.last_preview.page_count == 1
    assert view.last_preview.windowTitle().startswith("Phiếu tiếp nhận HN1-2026-")


def test_access_request_exports_pdf_and_json(qtbot, desk, person, tmp_path):
    import json

    view = open_view(qtbot, desk)
    view.export_dir = tmp_path
    request_id = file_through_dialog(qtbot, view, person.id, RequestKind.ACCESS)
    view.select(request_id)
    qtbot.mouseClick(view.ui.handleButton, Qt.MouseButton.LeftButton)
    assert wait_for_all()
    qtbot.waitUntil(lambda: hasattr(view, "last_export"))
    assert view.last_export.read_bytes().startswith(b"%PDF")
    data = json.loads(view.last_export.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["sections"][0]["items"][0]["Họ và tên"] == NAME
    assert requests.get_request(desk, request_id).status == "done"


def test_partner_follow_up_marked_done_from_the_queue(qtbot, desk, second_manager, tmp_path):
    from jpf_desk.services.rights import update_decision
    from tests.requests.builders import TODAY
    from tests.requests.test_request_partners import sent_to_campus_france

    customer_id = sent_to_campus_france(desk, tmp_path)
    filed = requests.file_request(desk, RequestInput(
        customer_id=customer_id, kind=RequestKind.UPDATE, received_on=TODAY,
        changes={"email": "hoa.moi@example.vn"}), today=TODAY)
    update_decision.approve_update(second_manager, filed.id, today=TODAY)
    view = open_view(qtbot, desk)
    view.ui.openOnly.setChecked(False)
    view.select(filed.id)
    assert "Espace Campus France Hà Nội" in view.ui.details.toPlainText()
    assert view.ui.followUpButton.isEnabled()
    qtbot.mouseClick(view.ui.followUpButton, Qt.MouseButton.LeftButton)
    note = view.findChildren(ReasonDialog)[-1]
    type_text(note.ui.reason, "Đã gửi email ngày 25/11 cho Campus France")
    qtbot.mouseClick(note.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert update_decision.open_follow_ups(desk) == []
    assert not view.ui.followUpButton.isEnabled()


def test_customer_chosen_with_the_picker_and_objection_carried_out(qtbot, desk, person):
    from jpf_desk.ui.customers.picker import CustomerPickerDialog

    view = open_view(qtbot, desk)
    dialog = view.new_request()
    qtbot.mouseClick(dialog.ui.pickButton, Qt.MouseButton.LeftButton)
    picker = dialog.findChildren(CustomerPickerDialog)[-1]
    qtbot.keyClicks(picker.ui.searchBox, "huong giang")
    picker.search.search_now()
    qtbot.waitUntil(lambda: picker.ui.table.model().rowCount() == 1)
    picker.ui.table.selectRow(0)
    qtbot.mouseClick(picker.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.ui.customerName.text() == NAME
    dialog.set_kind(RequestKind.OBJECT)
    dialog.ui.identityCheck.setCurrentIndex(dialog.ui.identityCheck.findData("id_document"))
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert "mục đích" in dialog.ui.purposesError.text()  # no purpose ticked: kept open
    dialog.set_purposes({"marketing"})
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.filed is not None
    view.select(dialog.filed.id)
    qtbot.mouseClick(view.ui.handleButton, Qt.MouseButton.LeftButton)
    from jpf_desk.services.rights.restriction import restrictions_of

    [flag] = restrictions_of(desk, person.id)
    assert flag.kind == "object" and flag.purposes == ("marketing",) and flag.active
    assert requests.get_request(desk, dialog.filed.id).status == "done"
