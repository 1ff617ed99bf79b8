"""A request filed from the customer record; a manager lifts a restriction from the queue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import IdentityCheck, RequestChannel, Requester
from jpf_desk.services.rights import requests
from jpf_desk.services.rights import restriction as rights_restrict
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.main_window import MainWindow
from jpf_desk.ui.requests.new_request import NewRequestDialog
from jpf_desk.ui.requests.status import RequestCountLabel
from jpf_desk.ui.requests.view import RequestsView
from tests.requests.builders import NAME


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_request_filed_from_the_customer_record_updates_the_count(qtbot, desk, person):
    window = MainWindow(desk)  # the count sits in its status bar, refreshed by its changes
    qtbot.addWidget(window)
    window.show()
    [count] = [w for w in window.status_widgets if isinstance(w, RequestCountLabel)]
    qtbot.waitUntil(lambda: "0 đang mở" in count.text())  # counted after the first paint
    detail = window.show_section("customers").open_customer(person.id)
    assert isinstance(detail, CustomerDetailDialog)
    assert detail.ui.requestButton.text().replace("&", "") == "Yêu cầu dữ liệu…"
    click(qtbot, detail.ui.requestButton)
    [dialog] = detail.findChildren(NewRequestDialog)
    assert dialog.isVisible()
    assert dialog.ui.customerName.text() == NAME  # preselected, no picker needed
    dialog.set_kind(RequestKind.ACCESS)
    dialog.ui.identityCheck.setCurrentIndex(dialog.ui.identityCheck.findData("id_document"))
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.filed is not None, dialog.ui.generalError.text()
    assert dialog.filed.customer_id == person.id
    qtbot.waitUntil(lambda: "1 đang mở" in count.text(), timeout=5_000)


def restricted(desk, customer_id: str) -> str:
    filed = requests.file_request(desk, RequestInput(
        customer_id=customer_id, kind=RequestKind.RESTRICT, channel=RequestChannel.DESK,
        received_on=today_vn(), requester=Requester.CUSTOMER, guardian_id=None,
        identity_check=IdentityCheck.ID_DOCUMENT, identity_note="", details="",
        purposes=("marketing", "analytics"), changes={}))
    rights_restrict.handle_rights_request(desk, filed.id, today_vn())
    return filed.id


def open_closed_queue(qtbot, desk, request_id: str) -> RequestsView:
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.show()
    view.ui.openOnly.setChecked(False)  # the restriction request is done
    view.select(request_id)
    return view


def test_manager_lifts_a_restriction_after_confirming(qtbot, desk, person):
    request_id = restricted(desk, person.id)
    view = open_closed_queue(qtbot, desk, request_id)
    assert view.ui.liftButton.isEnabled()

    click(qtbot, view.ui.liftButton)
    box = view.findChild(QMessageBox, "confirmLift")
    # The purposes in the policy's own words (jpf_desk/resources/policy/2025-11-jpf-v1).
    assert "hoạt động tiếp thị, cung cấp thông tin khuyến mại" in box.text()
    assert "phân tích, đánh giá số liệu" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    [flag] = rights_restrict.restrictions_of(desk, person.id)
    assert flag.active  # "No" keeps it

    click(qtbot, view.ui.liftButton)
    box = [b for b in view.findChildren(QMessageBox, "confirmLift") if b.isVisible()][-1]
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    [flag] = rights_restrict.restrictions_of(desk, person.id)
    assert not flag.active and flag.lifted_at is not None
    assert not view.ui.liftButton.isEnabled()


def test_receptionist_cannot_lift(qtbot, desk, person, receptionist):
    request_id = restricted(desk, person.id)
    view = open_closed_queue(qtbot, receptionist, request_id)
    assert not view.ui.liftButton.isEnabled()
    [flag] = rights_restrict.restrictions_of(desk, person.id)
    with pytest.raises(DomainError) as err:
        rights_restrict.lift(receptionist, flag.id)
    assert err.value.code == "rights.manager_only"
    assert rights_restrict.restrictions_of(desk, person.id)[0].active
