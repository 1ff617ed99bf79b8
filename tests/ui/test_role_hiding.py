"""What a role may not decide is not offered in the request windows: the person reads
why before being asked anything (the services refuse it anyway)."""

from __future__ import annotations

from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.staff import Role
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.ui.requests.decide_dialog import DecideDialog
from jpf_desk.ui.requests.view import RequestsView
from tests.helpers.modal import when_modal
from tests.helpers.staff import signed_in
from tests.requests.builders import TODAY, make_person


def test_an_update_request_is_decided_only_by_a_manager(qtbot, desk):
    person = make_person(desk)
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.UPDATE, received_on=TODAY,
        changes={"phone": "0988 777 666"}), today=TODAY)
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    seen = DecideDialog(clerk, requests.get_request(clerk, filed.id))
    qtbot.addWidget(seen)
    assert seen.ui.approveButton.isHidden() and seen.ui.rejectButton.isHidden()
    assert seen.ui.error.text() == "Chỉ quản lý mới được duyệt yêu cầu sửa đổi."
    other = signed_in(desk, "Vũ Thanh Mai", Role.MANAGER)
    decides = DecideDialog(other, requests.get_request(other, filed.id))
    qtbot.addWidget(decides)
    assert not decides.ui.approveButton.isHidden() and decides.ui.error.text() == ""


def test_an_erasure_is_refused_before_its_reason_is_asked(qtbot, desk):
    person = make_person(desk)
    filed = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    view = RequestsView(clerk)
    qtbot.addWidget(view)
    view.ui.table.selectRow(view.model.row_of(filed.id))
    shown: list[str] = []

    def answer(box):
        shown.append(box.text())
        box.accept()

    when_modal(answer)
    assert view.handle() is None
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Chỉ quản lý mới được xoá dữ liệu của khách hàng."]


def test_data_duties_show_a_receptionist_the_handovers_only(qtbot, desk):
    from jpf_desk.ui.consent.duties import DataDutiesDialog
    from tests.consent.test_handover import _turned_16_ten_days_ago

    turned = _turned_16_ten_days_ago(desk)
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    seen = DataDutiesDialog(clerk)
    qtbot.addWidget(seen)
    assert [h.customer_id for h in seen.handovers] == [turned]
    assert seen.tabs.count() == 1 and seen.past == []  # no retention list, no erasure
    manager = signed_in(desk, "Vũ Thanh Mai", Role.MANAGER)
    clerk.actor = manager.actor  # the manager signs in at the same desk
    seen.on_staff_changed()
    assert seen.tabs.count() == 2 and not seen.erase_button.isHidden()
