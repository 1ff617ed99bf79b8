"""The import window: guessed columns on the first rows, a dry run, then the import,
off the GUI thread with cancel; and the "consent to collect" list."""

from __future__ import annotations

from sqlalchemy import func, select

from jpf_desk.domain.import_columns import ImportField
from jpf_desk.store.models import Customer
from jpf_desk.ui.imports.dialog import ImportDialog
from jpf_desk.ui.imports.to_collect import ConsentToCollectDialog
from tests.imports.messy import add_existing_customer, write_messy_xlsx, write_xlsx


def customers(desk) -> int:
    with desk.tx() as s:
        return int(s.scalar(select(func.count()).select_from(Customer)))


def open_file(qtbot, dialog, path):
    handle = dialog.load_file(path)
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass


def run(qtbot, dialog, apply):
    handle = dialog.run(apply=apply)
    with qtbot.waitSignal(handle.finished, timeout=60_000):
        pass


def test_preview_dry_run_then_good_rows(qtbot, desk, tmp_path):
    add_existing_customer(desk)
    dialog = ImportDialog(desk)
    qtbot.addWidget(dialog)
    open_file(qtbot, dialog, write_messy_xlsx(tmp_path / "hv.xlsx"))
    assert dialog.table.horizontalHeaderItem(1).text() == "Họ và tên"
    assert dialog.table.item(1, 1).text() == "Nguyễn Thị Minh Anh"
    assert dialog.mapping()[ImportField.PHONE] == 4
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.result_label.text() == "8 dòng dữ liệu."

    run(qtbot, dialog, apply=True)  # all or nothing: refused rows stop it
    assert not dialog.report.applied and customers(desk) == 1
    assert dialog.result_label.text().startswith(
        "8 dòng: 4 hợp lệ, 4 bị từ chối (2 số di động 11 số cũ đã được chuyển sang đầu số mới).")
    assert "Dòng 7: Có thể trùng với dòng 4 của tệp." in dialog.result_label.text()

    dialog.findChild(type(dialog.modes.buttons()[0]), "mode_good_rows").setChecked(True)
    run(qtbot, dialog, apply=True)
    assert dialog.report.applied and customers(desk) == 5
    assert "Đã nhập 4 khách hàng" in dialog.result_label.text()

    listing = ConsentToCollectDialog(desk)
    qtbot.addWidget(listing)
    names = {listing.table.item(r, 0).text() for r in range(listing.table.rowCount())}
    assert names == {"Nguyễn Thị Minh Anh", "Tran Van Binh", "Lê Hoàng Cường", "Hoàng Văn Đức",
                     "Bùi Ngọc Hân"}


def test_the_person_can_change_a_column(qtbot, desk, tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", [["Học sinh", "Liên lạc", "Sinh"],
                                           ["Mạc Văn Tú", "0912 888 777", "04/04/1994"]])
    dialog = ImportDialog(desk)
    qtbot.addWidget(dialog)
    open_file(qtbot, dialog, path)
    assert dialog.mapping() == {}
    dialog.set_column(0, ImportField.FULL_NAME)
    dialog.set_column(1, ImportField.PHONE)
    dialog.set_column(2, ImportField.BIRTH_DATE)
    run(qtbot, dialog, apply=True)
    assert dialog.report.applied and customers(desk) == 1


def test_cancel_writes_nothing(qtbot, desk, tmp_path):
    rows = [["Họ tên", "Ngày sinh", "Điện thoại"]]
    rows += [["Khúc Thị Mai", "01/01/1990", f"0903{n:06d}"] for n in range(3000)]
    dialog = ImportDialog(desk)
    qtbot.addWidget(dialog)
    open_file(qtbot, dialog, write_xlsx(tmp_path / "many.xlsx", rows))
    dialog.findChild(type(dialog.modes.buttons()[0]), "mode_good_rows").setChecked(True)
    handle = dialog.run(apply=True)
    with qtbot.waitSignal(handle.cancelled, timeout=60_000):
        handle.cancel()
    assert customers(desk) == 0
    assert dialog.report is None
    assert dialog.result_label.text() == "Đã hủy: không có gì được ghi."


def test_a_bad_file_is_said_in_words(qtbot, desk, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("jpf_desk.ui.imports.dialog.show_error",
                        lambda parent, exc: shown.append(exc.code))
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"not a spreadsheet")
    dialog = ImportDialog(desk)
    qtbot.addWidget(dialog)
    open_file(qtbot, dialog, path)
    assert shown == ["import.file_unreadable"]
    assert not dialog.import_button.isEnabled()


def test_both_dialogs_open_from_the_desk_menu(qtbot, desk):
    from jpf_desk.ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.findChild(type(window.find_action), "importAction").trigger()
    window.findChild(type(window.find_action), "consentToCollectAction").trigger()
    opened = [w for w in window.findChildren(ImportDialog) + window.findChildren(
        ConsentToCollectDialog) if w.isVisible()]
    assert [type(w).__name__ for w in opened] == ["ImportDialog", "ConsentToCollectDialog"]


def test_an_imported_customer_s_record_asks_for_consent(qtbot, desk, tmp_path):
    from jpf_desk.domain.import_modes import ImportMode
    from jpf_desk.services.imports.customers import import_customers
    from jpf_desk.ui.consent.panel import ConsentPanel
    from tests.helpers.consent import give_service_consent
    from tests.imports.messy import TODAY

    path = write_xlsx(tmp_path / "x.xlsx", [["Họ tên", "Ngày sinh", "SĐT"],
                                           ["Mạc Văn Tú", "04/04/1994", "0912 888 777"]])
    customer_id = import_customers(desk, path, apply=True, mode=ImportMode.GOOD_ROWS,
                                   today=TODAY).customer_ids[0]
    panel = ConsentPanel(desk, customer_id)
    qtbot.addWidget(panel)
    assert not panel.collect_notice.isHidden()
    assert panel.collect_notice.text().startswith("Chưa có sự đồng ý nào")
    give_service_consent(desk, customer_id)
    panel.reload()
    assert panel.collect_notice.isHidden()
