"""Open views follow what any part of the desk changed, through the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.changes import Changes
from jpf_desk.services.courses.payments import record_payment
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.rights.requests import RequestInput, RequestKind, file_request
from jpf_desk.ui.consent.dialog import ConsentDialog
from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.main_window import MainWindow
from jpf_desk.ui.tasks import run_task
from tests.helpers.consent import give_service_consent
from tests.ui import builders

# The person registered at intake in these tests (invented).
FAMILY, MIDDLE, GIVEN = "Hoàng", "Minh", "Khôi"


def open_window(qtbot, desk) -> MainWindow:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_record_opened_at_intake_shows_the_receipt_just_made(qtbot, desk):
    window = open_window(qtbot, desk)
    view = window.show_section("customers")
    form = view.new_customer()
    form.load(CustomerInput(family_name=FAMILY, middle_name=MIDDLE, given_name=GIVEN,
                            birth_date=date(1990, 8, 1), sex="male", phone="0903 555 666"))
    form.save()
    [detail] = view.findChildren(CustomerDetailDialog)  # the new record opens
    consent = form.consent_dialog  # and consent comes right after
    assert isinstance(consent, ConsentDialog) and consent.isVisible()
    assert detail.consents.ui.receipts.rowCount() == 0
    consent.show_preview = False
    consent.boxes["service"].setChecked(True)
    qtbot.mouseClick(consent.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not consent.isVisible()
    receipt = consent.receipt
    assert receipt is not None
    qtbot.waitUntil(lambda: detail.consents.ui.receipts.rowCount() == 1, timeout=5_000)
    assert detail.consents.ui.receipts.item(0, 0).text() == receipt.short_code
    assert detail.consents.ui.withdrawButton.isEnabled()


def test_a_payment_made_elsewhere_updates_the_open_record(qtbot, desk):
    customer_id = builders.adult(desk)
    enrolment = builders.enrol(desk, customer_id, builders.open_class(desk, fee_vnd=4_500_000).id)
    window = open_window(qtbot, desk)
    detail = window.show_section("customers").open_customer(customer_id)
    assert detail.ui.enrolments.item(0, 4).text() == "4.500.000 ₫"
    record_payment(desk, enrolment.id, 1_500_000, PaymentMethod.CASH)  # e.g. at the enrolments section
    qtbot.waitUntil(lambda: detail.ui.enrolments.item(0, 4).text() == "3.000.000 ₫",
                    timeout=5_000)


def test_a_request_filed_from_a_record_appears_in_the_open_queue(qtbot, desk):
    customer_id = builders.adult(desk)
    window = open_window(qtbot, desk)
    queue = window.show_section("requests")
    assert queue.model.rowCount() == 0
    window.show_section("customers")
    file_request(desk, RequestInput(customer_id=customer_id, kind=RequestKind.ACCESS,
                                    received_on=date.today()))
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=5_000)
    [count] = [w for w in window.status_widgets if w.objectName() == "requestCount"]
    assert "1 đang mở" in count.text()


def test_a_change_from_a_background_task_reaches_views_on_the_gui_thread(qtbot, desk):
    window = open_window(qtbot, desk)
    view = window.show_section("customers")
    qtbot.waitUntil(lambda: view.search.searched_once)  # searched after the first paint
    assert view.search.model.ids() == []
    threads: list[object] = []
    original = view.on_changes

    def spy(changes: Changes) -> None:
        threads.append(QThread.currentThread())
        original(changes)

    view.on_changes = spy
    made: list[str] = []
    handle = run_task(window, "Nhập", lambda _ctx: builders.adult(desk), made.append)
    with qtbot.waitSignal(handle.finished):
        pass
    qtbot.waitUntil(lambda: view.search.model.ids() == made, timeout=5_000)
    assert threads and all(t is QApplication.instance().thread() for t in threads)


def test_a_view_is_not_told_of_what_does_not_touch_it(qtbot, desk):
    customer_id = builders.adult(desk)
    other_id = builders.adult(desk, given="Châu", phone="0903 333 444")
    window = open_window(qtbot, desk)
    detail = window.show_section("customers").open_customer(customer_id)
    reloads: list[str] = []
    original = detail.reload
    detail.reload = lambda: (reloads.append("reload"), original())
    give_service_consent(desk, other_id)
    QApplication.processEvents()  # the queued delivery
    assert reloads == []
    give_service_consent(desk, customer_id)
    qtbot.waitUntil(lambda: detail.consents.ui.receipts.rowCount() == 1, timeout=5_000)
    assert reloads == ["reload"]  # a change about this customer: the record follows
