"""The manager's access-log section: listed for managers only, filterable, printable;
showing an ID number in full from a customer's record is one of its events."""

from __future__ import annotations

import io

import pdfplumber

from jpf_desk.domain.staff import Role
from jpf_desk.services.customers.id_number import reveal_id_number
from jpf_desk.ui.customers.detail import CustomerDetailDialog
from jpf_desk.ui.main_window import MainWindow
from tests.helpers.staff import signed_in
from tests.requests.builders import make_person


def test_show_the_id_number_in_full_from_the_record(qtbot, desk):
    person = make_person(desk)
    dialog = CustomerDetailDialog(desk, person.id)
    qtbot.addWidget(dialog)
    assert "001199088812" not in dialog.id_label.text()
    dialog.reveal_id_button.click()
    assert dialog.id_label.text().endswith("001199088812")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    view = window.show_section("access_log")
    assert view.table.rowCount() == 1
    assert [view.table.item(0, c).text() for c in (1, 2, 3)] == [
        "Lê Thu Trang", person.id, "Xem đầy đủ số giấy tờ"]


def test_the_section_is_listed_for_managers_only(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    row = window.section_keys().index("access_log")
    assert not window.nav.item(row).isHidden()
    window.apply_desk(signed_in(desk, "Trần Ngọc Lan", Role.CONSULTANT))
    assert window.nav.item(row).isHidden()


def test_filter_by_customer_and_print(qtbot, desk):
    one = make_person(desk)
    two = make_person(desk, "Lý Văn Tài", "0912 000 111", "001088012345")
    clerk = signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    reveal_id_number(clerk, one.id)
    reveal_id_number(desk, two.id)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    view = window.show_section("access_log")
    assert view.table.rowCount() == 2
    view.show_customer(one.id)  # "who saw this record"
    assert view.table.rowCount() == 1 and view.table.item(0, 1).text() == "Đỗ Minh Khoa"
    view.print_button.click()
    preview = view.preview
    assert preview is not None
    qtbot.addWidget(preview)
    with pdfplumber.open(io.BytesIO(preview.pdf)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "NHẬT KÝ TRUY CẬP DỮ LIỆU CÁ NHÂN" in text
    assert "Đỗ Minh Khoa" in text and one.id in text and two.id not in text
    assert "Tài" not in text  # ids, not names, of customers
    preview.close()


def test_the_edit_form_shows_the_id_number_in_full_and_that_is_recorded(qtbot, desk):
    from jpf_desk.services.access_log.views import list_access_events
    from jpf_desk.ui.customers.form import CustomerFormDialog

    person = make_person(desk)
    form = CustomerFormDialog(desk, person.id)
    qtbot.addWidget(form)
    assert form.ui.idNumber.text() == "001199088812"
    assert [(e.customer_id, e.kind, e.detail) for e in list_access_events(desk)] == [
        (person.id, "id_number_shown", "edit_form")]


def test_the_date_range_ends_on_vietnams_today_whatever_the_machines_zone(
        qtbot, desk, monkeypatch):
    """Events are stamped in Vietnam time: a range ending on the machine's own date
    (a PC set to another zone, or UTC from 17:00) left out today's events."""
    import time as clock
    from datetime import datetime, timedelta, timezone

    from jpf_desk.domain.dates import today_vn
    from jpf_desk.ui.widgets import from_qdate

    vietnam_today = today_vn()
    # A zone whose date differs from Vietnam's right now (Etc/GMT+12 is UTC-12).
    zone = next(name for name, hours in (("Etc/GMT+12", -12), ("Etc/GMT-14", 14))
                if datetime.now(timezone(timedelta(hours=hours))).date() != vietnam_today)
    monkeypatch.setenv("TZ", zone)
    clock.tzset()
    try:
        person = make_person(desk)
        reveal_id_number(desk, person.id)
        window = MainWindow(desk)
        qtbot.addWidget(window)
        view = window.show_section("access_log")
        assert from_qdate(view.until.date()) == vietnam_today
        assert from_qdate(view.since.date()) == vietnam_today - timedelta(days=30)
        assert view.table.rowCount() == 1
    finally:
        monkeypatch.undo()
        clock.tzset()
