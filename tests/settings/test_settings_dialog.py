"""The manager's settings dialog: each setting changed through it, and its effect seen
where it is used (the receipt read back, the idle lock, the daily backup, the print
dialog, the next start's language); nobody else opens it."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.staff import Role
from jpf_desk.services import daily_backup, setup
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.documents import receipt_pdf
from jpf_desk.services.settings.stored import print_setup, stored_language
from jpf_desk.ui.app import application, use_stored_language
from jpf_desk.ui.consent.preview import PdfPreviewDialog
from jpf_desk.ui.language import current_lang, set_lang
from jpf_desk.ui.main_window import MainWindow
from jpf_desk.ui.settings.dialog import SettingsDialog
from tests.consent.builders import NOW, new_adult
from tests.helpers.staff import signed_in
from tests.helpers.typing import type_text


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _open(qtbot, desk) -> SettingsDialog:
    dialog = SettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog: SettingsDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _retype(edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_text(edit, text)


def test_the_next_receipt_prints_the_centre_details_typed_in_the_dialog(qtbot, desk):
    dialog = _open(qtbot, desk)
    _retype(dialog.findChild(QLineEdit, "centre_address"), "Số 12 ngõ Cài Đặt, Cầu Giấy, Hà Nội")
    _retype(dialog.findChild(QLineEdit, "centre_phone"), "024 3333 4444")
    _retype(dialog.findChild(QLineEdit, "centre_email"), "caidat@jpf-test.example")
    _retype(dialog.findChild(QLineEdit, "centre_data_contact"), "Anh Bảo Vệ Dữ Liệu (bịa)")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    receipt = capture_consent(desk, new_adult(desk), ConsentInput(given=frozenset({"service"})),
                              now=NOW)
    text = _text(receipt_pdf(receipt, copy=False, printed_at=NOW))
    for value in ("Số 12 ngõ Cài Đặt, Cầu Giấy, Hà Nội", "024 3333 4444",
                  "caidat@jpf-test.example", "Anh Bảo Vệ Dữ Liệu (bịa)"):
        assert value in text


def test_the_idle_lock_uses_the_new_minutes_at_once(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert window.idle.timer.interval() == 5 * 60_000  # the default
    dialog = window.open_settings()
    assert dialog is not None
    dialog.findChild(type(dialog.idle_minutes), "idleMinutes").setValue(12)
    _save(qtbot, dialog)
    assert window.idle.timer.interval() == 12 * 60_000
    assert setup.idle_lock_minutes(desk.store) == 12


def test_the_daily_backup_goes_to_the_folder_chosen_in_the_dialog(qtbot, desk, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = _open(qtbot, desk)
    dialog.backup_folder.setText(str(usb))
    _save(qtbot, dialog)
    made = daily_backup.run_if_due(desk)
    assert made is not None
    assert [p.parent for p in usb.glob("jpf-desk-*.jpfbak")] == [usb]


def test_printer_and_paper_size_reach_the_print_dialog(qtbot, desk):
    dialog = _open(qtbot, desk)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A5"))
    _save(qtbot, dialog)
    preview = PdfPreviewDialog(b"%PDF-1.4\n", "Phiếu", "phieu.pdf", None, print_setup(desk.store))
    qtbot.addWidget(preview)
    print_dialog = preview.ask_print()
    assert print_dialog.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    print_dialog.reject()


def test_the_language_is_stored_and_used_at_the_next_start(qtbot, desk):
    assert stored_language(desk.store) is None  # never chosen: --lang or Vietnamese
    dialog = _open(qtbot, desk)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    try:
        _save(qtbot, dialog)
        assert current_lang() == "en"  # messages from now on
        set_lang("vi")  # as a new run starts, before the store is read
        assert stored_language(desk.store) == "en"
        use_stored_language(desk.store)  # what the next start does without --lang
        assert current_lang() == "en"
    finally:
        application("vi")  # the language and the window's translators back to Vietnamese


def test_a_bad_value_saves_nothing_and_says_why(qtbot, desk, tmp_path):
    dialog = _open(qtbot, desk)
    dialog.idle_minutes.setValue(9)
    dialog.backup_folder.setText(str(tmp_path / "unplugged"))
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "unplugged" in dialog.error.text()
    assert setup.idle_lock_minutes(desk.store) == 5  # all or nothing


def test_a_receptionist_cannot_open_the_settings(qtbot, desk):
    receptionist = signed_in(desk, "Nguyễn Thị Lễ Tân", Role.RECEPTIONIST)
    window = MainWindow(receptionist)
    qtbot.addWidget(window)
    action = next(a for a in window.findChildren(type(window.find_action))
                  if a.objectName() == "deskSettingsAction")
    assert not action.isVisible()
    assert window.open_settings() is None
    with pytest.raises(NotAllowed):
        SettingsDialog(receptionist)
    from jpf_desk.services.settings.desk_settings import load, save

    values = load(desk).values
    with pytest.raises(NotAllowed):  # the service refuses whatever the window shows
        save(receptionist, replace(values, idle_lock_minutes=30))
    assert setup.idle_lock_minutes(desk.store) == 5


def test_the_dialog_fits_a_1366x768_screen(qtbot, desk):
    dialog = _open(qtbot, desk)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        size = dialog.sizeHint().expandedTo(dialog.size())
        assert size.width() <= 1366 and size.height() <= 768 - 60  # the taskbar


def test_a_missing_printer_is_kept_not_lost(qtbot, desk, monkeypatch):
    dialog = _open(qtbot, desk)
    dialog.printer.addItem("Quầy 2 – HP (đã rút)", "Quầy 2 – HP (đã rút)")
    dialog.printer.setCurrentIndex(dialog.printer.count() - 1)
    _save(qtbot, dialog)
    assert print_setup(desk.store).printer == "Quầy 2 – HP (đã rút)"
    again = _open(qtbot, desk)
    assert again.printer.currentData() == "Quầy 2 – HP (đã rút)"


def test_cli_sets_and_shows_a_setting(desk, store, capsys, monkeypatch, tmp_path: Path):
    import json

    from jpf_desk.cli import main
    from tests.helpers.staff import password_on_stdin, signed_in_args

    folder = str(store.path.parent)
    store.close()
    password_on_stdin(monkeypatch)
    assert main(["--lang", "en", "settings", "set", "paper_size", "B5", "--data-dir", folder,
                 *signed_in_args()]) != 0
    assert "A4, A5, Letter" in capsys.readouterr().err  # the choices are said
    password_on_stdin(monkeypatch)
    assert main(["settings", "set", "paper_size", "Letter", "--data-dir", folder,
                 *signed_in_args()]) == 0
    capsys.readouterr()
    password_on_stdin(monkeypatch)
    assert main(["settings", "show", "--json", "--data-dir", folder, *signed_in_args()]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["paper_size"] == "Letter"
    assert shown["idle_lock_minutes"] == 5
    assert shown["head_office.configured"] is False


def test_the_next_start_speaks_the_stored_language_unless_told_otherwise(
        qtbot, desk, monkeypatch):
    import sys

    from jpf_desk.ui.app import run_gui
    from tests.helpers.modal import when_modal

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    dialog = _open(qtbot, desk)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    folder = str(desk.store.path.parent)
    seen: list[tuple[str, str]] = []
    locale_before = QLocale()

    def at_sign_in(sign_in_dialog) -> None:
        # The dialog shows while the store opens (issue 16): the stored language applies
        # once it has opened, before the staff list is filled in.
        qtbot.waitUntil(lambda: sign_in_dialog.staff.count() > 0)
        seen.append((sign_in_dialog.objectName(), current_lang()))
        sign_in_dialog.reject()

    try:
        _save(qtbot, dialog)
        desk.store.close()
        set_lang("vi")
        when_modal(at_sign_in)
        assert run_gui(folder, None) == 1  # no --lang: the desk's language
        when_modal(at_sign_in)
        assert run_gui(folder, "en") == 1  # --lang wins for this run
    finally:
        application("vi")  # the language and the window's translators back to Vietnamese
        QLocale.setDefault(locale_before)  # run_gui sets the process's default locale
    assert seen == [("signInDialog", "fr"), ("signInDialog", "en")]


def test_the_head_office_tab_shows_the_connection_without_its_password(qtbot, desk):
    from jpf_desk.sync.connection import ConnectionSettings, save_settings

    dialog = _open(qtbot, desk)
    assert dialog.head_office.text() == "Máy này chưa kết nối với trụ sở chính."
    with desk.tx() as s:
        save_settings(s, ConnectionSettings(host="ho.jpf-test.example", dbname="jpf",
                                            user="jpf_centre_hn1"))
    again = _open(qtbot, desk)
    assert again.head_office.text() == (
        "Máy chủ: ho.jpf-test.example – cơ sở dữ liệu: jpf – tài khoản: jpf_centre_hn1\n"
        "Đồng bộ lần cuối: chưa bao giờ")


def test_the_sign_in_dialog_shown_while_the_store_opens_speaks_the_stored_language(
        qtbot, desk):
    """The usual start shows the sign-in dialog before the store is open, in Vietnamese
    (the desk's language is inside the store); once it opens, the dialog's own words
    follow the stored language, as everything after it does."""
    from jpf_desk.ui.sign_in_dialog import SignInDialog

    dialog = _open(qtbot, desk)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    try:
        _save(qtbot, dialog)
        application("vi")  # a new start without --lang: Vietnamese until the store opens
        sign_in = SignInDialog(None)
        qtbot.addWidget(sign_in)
        assert sign_in.windowTitle() == "Đăng nhập"
        use_stored_language(desk.store)
        sign_in.store_opened(desk.store)
        assert sign_in.windowTitle() == "Sign in"
        form = sign_in.findChild(QDialogButtonBox, "buttons")
        assert [form.button(b).text() for b in (QDialogButtonBox.StandardButton.Ok,
                                               QDialogButtonBox.StandardButton.Cancel)] == [
            "Sign in", "Cancel"]
        labels = [sign_in.form.labelForField(w).text() for w in (sign_in.staff,
                                                                 sign_in.password)]
        assert labels == ["&Staff member:", "&Password:"]
    finally:
        application("vi")
