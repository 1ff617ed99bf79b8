"""Starting the window: the application, the store, the first-run set-up."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from jpf_desk.paths import resolve_data_dir
from jpf_desk.services import app_messages, setup
from jpf_desk.services.desk import Desk
from jpf_desk.store.engine import open_store
from jpf_desk.store.errors import StoreError
from jpf_desk.ui.errors import install_excepthook, known_message
from jpf_desk.ui.first_run import FirstRunDialog
from jpf_desk.ui.language import set_lang

_ = app_messages  # registers the store messages shown here


def application(lang: str = "vi") -> QApplication:
    """The QApplication (created once), speaking `lang` (Vietnamese by default)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("JPF Desk")
    app.setOrganizationName("JPF")
    set_lang(lang)
    QLocale.setDefault(QLocale(lang))
    translator = QTranslator(app)  # Qt's own strings; Vietnamese has none yet
    if translator.load(QLocale(lang), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    return app


def tell_store_failure(parent: QWidget | None, exc: StoreError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "JPF Desk", known_message(exc) or exc.code,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("storeFailure")
    box.exec()


def open_desk_interactively(data_dir: Path, parent: QWidget | None = None) -> Desk | None:
    """The desk of the store in `data_dir`, set up on first run; None when it cannot open."""
    try:
        store = open_store(data_dir)
    except StoreError as exc:
        tell_store_failure(parent, exc)
        return None
    desk = setup.open_desk(store)
    if desk is None:
        dialog = FirstRunDialog(store, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.desk is None:
            store.close()
            return None
        desk = dialog.desk
    return desk


def run_gui(data_dir: str | None, lang: str) -> int:
    """`jpf-desk` with no subcommand: the main window until it is closed."""
    app = application(lang)
    install_excepthook()
    desk = open_desk_interactively(resolve_data_dir(data_dir))
    if desk is None:
        return 1
    from jpf_desk.ui.main_window import MainWindow

    window = MainWindow(desk)
    window.show()
    try:
        return app.exec()
    finally:
        window.shut_down()
        desk.store.close()
