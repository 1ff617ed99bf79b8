"""Enrolling through the window: waitlist when full, status changes, payments and balance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from jpf_desk.services.courses import enrolments
from jpf_desk.ui.classes.list_view import ClassListView
from jpf_desk.ui.enrolments.enrol_dialog import EnrolDialog
from jpf_desk.ui.enrolments.panel import EnrolmentPanel
from jpf_desk.ui.enrolments.view import EnrolmentsView
from tests.helpers.typing import type_text
from tests.ui import builders


def enrol_view_for(qtbot, desk, name_query: str) -> EnrolmentsView:
    view = EnrolmentsView(desk)
    qtbot.addWidget(view)
    type_text(view.ui.searchBox, name_query)
    view.search.search_now()  # an empty box picks nobody: the search must have run
    assert view.search.model.rowCount() == 1
    return view


def test_enrol_into_a_full_class_lands_on_the_waitlist(qtbot, desk):
    klass = builders.full_class(desk, capacity=1)
    customer = builders.adult(desk, family="Đinh", middle="Thị", given="Yến",
                              phone="0977 123 456")
    builders.ready_to_enrol(desk, customer)
    view = enrol_view_for(qtbot, desk, "dinh thi yen")
    dialog = view.panel.enrol()
    assert isinstance(dialog, EnrolDialog)
    assert dialog.ui.customerName.text() == "Đinh Thị Yến"
    assert dialog.ui.klass.findData(klass.id) == -1  # a full class is offered on request
    dialog.include_full.setChecked(True)
    dialog.ui.klass.setCurrentIndex(dialog.ui.klass.findData(klass.id))
    assert "Lớp đã đủ chỗ" in dialog.ui.seats.text()
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.notice_box is not None
    assert dialog.notice_box.text() == (
        "Lớp A1-2026-12 đã đủ chỗ. Đinh Thị Yến được xếp vào danh sách chờ, số thứ tự 1.")
    assert view.panel.ui.table.item(0, 2).text() == "Danh sách chờ (số 1)"


def test_enrol_without_consent_says_why(qtbot, desk):
    klass = builders.open_class(desk)
    builders.adult(desk, family="Mai", middle="Anh", given="Tuấn", phone="0977 000 111")
    view = enrol_view_for(qtbot, desk, "mai anh tuan")
    dialog = view.panel.enrol()
    dialog.ui.klass.setCurrentIndex(dialog.ui.klass.findData(klass.id))
    dialog.accept()
    assert dialog.ui.generalError.isVisibleTo(dialog)
    assert "consent" not in dialog.ui.generalError.text()  # a sentence, not a code
    assert view.panel.ui.table.rowCount() == 0


def test_cancelling_a_seat_promotes_the_waitlist(qtbot, desk):
    klass = builders.open_class(desk, capacity=1)
    first = builders.adult(desk, given="Một", phone="0903 000 001")
    second = builders.adult(desk, family="Lâm", given="Hai", phone="0903 000 002")
    seat = builders.enrol(desk, first, klass.id)
    builders.enrol(desk, second, klass.id)
    view = ClassListView(desk)
    qtbot.addWidget(view)
    view.select_class(klass.id)
    panel: EnrolmentPanel = view.panel
    assert [panel.ui.table.item(r, 2).text() for r in range(2)] == [
        "Chờ xác nhận", "Danh sách chờ (số 1)"]
    panel.select(seat.id)
    qtbot.mouseClick(panel.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert panel.ui.table.item(0, 2).text() == "Đã xác nhận"
    panel.select(seat.id)
    qtbot.mouseClick(panel.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert "Lâm Văn Hai được chuyển từ danh sách chờ vào lớp A1-2026-12" in (
        panel.ui.notice.text())
    statuses = {e.customer_id: e.status for e in enrolments.enrolments_of_class(desk, klass.id)}
    assert statuses == {first: "cancelled", second: "pending"}


def payments_of_one_seat(qtbot, desk, **class_options):
    """Cao Minh Quân enrolled in a new class; the enrolments view and its payments dialog."""
    klass = builders.open_class(desk, **class_options)
    customer = builders.adult(desk, family="Cao", middle="Minh", given="Quân",
                              phone="0966 555 444")
    builders.enrol(desk, customer, klass.id)
    view = enrol_view_for(qtbot, desk, "cao minh quan")
    view.panel.ui.table.selectRow(0)
    return view, view.panel.payments()


def test_record_a_payment_and_see_the_balance(qtbot, desk):
    view, payments = payments_of_one_seat(qtbot, desk, fee_vnd=4_500_000)
    assert payments.ui.balance.text() == (
        "Học phí: 4.500.000 ₫ – Đã trả: 0 ₫ – Còn nợ: 4.500.000 ₫")
    qtbot.keyClicks(payments.ui.amount, "1.500.000")
    payments.ui.method.setCurrentIndex(payments.ui.method.findData("transfer"))
    qtbot.keyClick(payments.ui.amount, Qt.Key.Key_Return)
    assert payments.ui.balance.text() == (
        "Học phí: 4.500.000 ₫ – Đã trả: 1.500.000 ₫ – Còn nợ: 3.000.000 ₫")
    assert payments.ui.instalments.rowCount() == 1
    assert payments.ui.instalments.item(0, 3).text() == "Chuyển khoản"
    assert view.panel.ui.table.item(0, 6).text() == "3.000.000 ₫"  # the list follows

    qtbot.keyClicks(payments.ui.amount, "5000000")  # more than is due
    payments.record()
    assert payments.ui.amountError.text() == "Số tiền vượt quá số còn phải trả (3.000.000 ₫)."
    assert payments.ui.amount.text() == "5000000"
    assert payments.ui.instalments.rowCount() == 1


def test_taking_a_seat_in_a_full_class_is_refused_in_words(qtbot, desk):
    klass = builders.full_class(desk, capacity=1)
    waiting = builders.enrol(desk, builders.adult(desk, given="Chờ", phone="0903 999 000"),
                             klass.id)
    view = ClassListView(desk)
    qtbot.addWidget(view)
    view.panel.select(waiting.id)
    assert view.panel.ui.seatButton.isEnabled()
    qtbot.mouseClick(view.panel.ui.seatButton, Qt.MouseButton.LeftButton)
    [box] = view.panel.findChildren(QMessageBox, "errorBox")
    assert box.text() == "Lớp đã đủ chỗ: không thể nhận thêm học viên từ danh sách chờ."
    assert view.panel.ui.table.item(1, 2).text() == "Danh sách chờ (số 1)"


def test_no_customer_picked_shows_the_centres_recent_enrolments(qtbot, qtmodeltester, desk):
    klass = builders.open_class(desk, capacity=1, fee_vnd=3_000_000)
    seated = builders.adult(desk, family="Hồ", middle="Thị", given="Lan", phone="0903 000 011")
    waiting = builders.adult(desk, family="Kiều", middle="Văn", given="Nam",
                             phone="0903 000 012")
    builders.enrol(desk, seated, klass.id)
    builders.enrol(desk, waiting, klass.id)
    view = EnrolmentsView(desk)
    qtbot.addWidget(view)
    view.show()
    assert view.recent.isVisible() and not view.panel.isVisible()
    model = view.recent.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    names = {model.index(r, 1).data() for r in range(2)}
    assert names == {"Hồ Thị Lan", "Kiều Văn Nam"}

    view.recent.set_status("waitlisted")
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Kiều Văn Nam"
    assert model.index(0, 4).data() == "Danh sách chờ (số 1)"
    assert model.index(0, 6).data() == "3.000.000 ₫"
    qtmodeltester.check(model)

    # Opening the row (Enter) picks that customer: their enrolments, with the actions.
    table = view.recent.ui.table
    table.setFocus()
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert view.search.selected_id() == waiting
    assert view.panel.isVisible() and not view.recent.isVisible()
    assert view.panel.ui.table.item(0, 2).text() == "Danh sách chờ (số 1)"

    type_text(view.ui.searchBox, "ho thi lan")  # a search picks the first match
    view.search.search_now()
    assert view.search.selected_id() == seated
    view.ui.searchBox.clear()
    view.search.search_now()
    assert view.recent.isVisible() and view.search.selected_id() is None


def test_a_class_code_typed_as_markup_is_shown_as_typed(qtbot, desk):
    """Text staff or customers typed is never read as HTML by a label."""
    _, payments = payments_of_one_seat(qtbot, desk, code="<i>A1</i>-26")
    payments.ui.title.setTextFormat(Qt.TextFormat.RichText)  # what the label does anyway
    shown = QTextDocumentFragment.fromHtml(payments.ui.title.text()).toPlainText()
    assert shown == "Cao Minh Quân – <i>A1</i>-26 (Tiếng Pháp A1)"
