"""Starting the window: the application, the store, the first-run set-up.

The services (and with them the database libraries and the ORM) are imported where
they are used: on the usual start the sign-in dialog shows, and takes the password,
while a worker thread imports them and opens the store (issue 16).
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render, render_error
from jpf_desk.paths import STORE_FILE, resolve_data_dir
from jpf_desk.services import app_messages
from jpf_desk.ui import generated
from jpf_desk.ui.errors import install_excepthook, known_message
from jpf_desk.ui.language import current_lang, set_lang
from jpf_desk.ui.sign_in_dialog import FirstPasswordDialog, SignInDialog
from jpf_desk.ui.store_opening import StoreOpening
from jpf_desk.ui.terminate import CloseOnTerminate, close_all_windows

if TYPE_CHECKING:
    from jpf_desk.services.desk import Desk
    from jpf_desk.services.storage import Store, StoreError

_ = app_messages  # registers the store messages shown here
LOG_FILE = "jpf-desk.log"
log = logging.getLogger(__name__)


def application(lang: str = "vi") -> QApplication:
    """The QApplication (created once), speaking `lang` (Vietnamese by default)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("JPF Desk")
    app.setOrganizationName("JPF")
    set_lang(lang)
    QLocale.setDefault(QLocale(current_lang()))
    install_translators(app, current_lang())
    return app


_INSTALLED: list[QTranslator] = []


def install_translators(app: QApplication, lang: str) -> None:
    """Qt's own strings, then the window's (forms and ui/ code, compiled from
    translations/*.ts beside the compiled forms). Those of an earlier call go first: tests
    and a language change reuse the one QApplication."""
    while _INSTALLED:
        app.removeTranslator(_INSTALLED.pop())
    qt_own = qt_translator(lang, app)
    if qt_own is not None:
        app.installTranslator(qt_own)
        _INSTALLED.append(qt_own)
    window = QTranslator(app)
    if window.load(f"jpf_desk_{lang}", str(translations_dir())):
        app.installTranslator(window)
        _INSTALLED.append(window)
    else:  # the Vietnamese source text still shows: a build without `make forms`
        log.warning("no window translation for %s in %s", lang, translations_dir())


def translations_dir() -> Path:
    """Where `make forms` (or build_installer.py) compiles translations/*.ts to .qm."""
    return Path(generated.__file__).parent


def qt_translator(lang: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own strings (print and file dialogs, standard buttons) in `lang`: ours for
    Vietnamese (translations/qt_vi.ts; Qt ships none), Qt's qtbase for the others."""
    translator = QTranslator(parent)
    ours = translations_dir() / f"qt_{lang}.qm"
    if ours.is_file() and translator.load(str(ours)):
        return translator
    if translator.load(QLocale(lang), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return translator
    return None


def tell_failure(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "JPF Desk", text,
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()


def tell_store_failure(parent: QWidget | None, exc: StoreError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "JPF Desk", known_message(exc) or exc.code,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("storeFailure")
    box.exec()


def use_stored_language(store: Store) -> None:
    """The language the manager chose for this desk (settings dialog), from the sign-in
    dialog on; only when --lang did not say otherwise. At the usual start it applies when
    the store has opened, before the sign-in dialog lists the staff or says anything."""
    from jpf_desk.services.settings.stored import stored_language

    chosen = stored_language(store)
    if chosen is not None:
        set_lang(chosen)
        QLocale.setDefault(QLocale(chosen))
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the window's own strings too, sign-in on
            install_translators(app, current_lang())


def open_desk_interactively(data_dir: Path, parent: QWidget | None = None,
                            *, create: bool = True, lang_given: bool = True) -> Desk | None:
    """The store in `data_dir` acting as whoever signs in (set up on first run); None
    when it cannot open or nobody signed in.

    With `create` False (a folder named on the command line) a folder without a store
    is only used after the person says so: a mistyped path must not start an empty store.
    """
    if (data_dir / STORE_FILE).is_file():
        return sign_in_while_opening(data_dir, parent, create=create, lang_given=lang_given)
    from jpf_desk.services.storage import open_data_store

    try:
        store = open_data_store(data_dir, create=create)
    except Exception as exc:  # noqa: BLE001 - told_failure re-raises what it cannot tell
        return told_failure(exc, data_dir, parent, lang_given=lang_given)
    if not lang_given:
        use_stored_language(store)
    desk = sign_in_interactively(store, parent)
    if desk is None:
        store.close()
    return desk


def sign_in_while_opening(data_dir: Path, parent: QWidget | None, *,
                          create: bool, lang_given: bool) -> Desk | None:
    """The usual start: the sign-in dialog shows at once and takes the password while
    the store opens on a worker thread; an OK pressed meanwhile waits for the store.
    A store that fails to open closes the dialog and is told as before; one that needs
    its first run or a manager's first password goes on to those dialogs."""
    opening = StoreOpening(data_dir, create=create)
    dialog = SignInDialog(None, parent)
    handed_on: list[bool] = []

    def opened() -> None:
        if opening.store is not None and opening.error is None and not lang_given:
            use_stored_language(opening.store)
        if opening.store is not None and opening.error is None and opening.usual_sign_in:
            dialog.store_opened(opening.store)
        else:
            handed_on.append(True)
            dialog.done(QDialog.DialogCode.Rejected)

    opening.opened.connect(opened, Qt.ConnectionType.QueuedConnection)
    opening.start()
    dialog.exec()
    opening.opened.disconnect(opened)
    opening.wait()
    store = opening.store
    if dialog.desk is not None:
        return dialog.desk
    if store is not None and (opening.error is not None or not handed_on):
        store.close()  # cancelled, or a failure after opening
        store = None
    if not handed_on:
        return None  # nobody signed in (cancelled, or a shutdown)
    if opening.error is not None:
        return told_failure(opening.error, data_dir, parent, lang_given=lang_given)
    assert store is not None
    desk = sign_in_interactively(store, parent)
    if desk is None:
        store.close()
    return desk


def told_failure(exc: BaseException, data_dir: Path, parent: QWidget | None, *,
                 lang_given: bool) -> Desk | None:
    """A store that did not open: a folder without one is offered a new store; the
    other failures the person can act on are told in words; anything else is a bug."""
    from jpf_desk.services.storage import NoStoreHere, StoreError

    if isinstance(exc, NoStoreHere):
        if not ask_create(parent, data_dir):
            return None
        return open_desk_interactively(data_dir, parent, create=True, lang_given=lang_given)
    if isinstance(exc, StoreError):
        tell_store_failure(parent, exc)
        return None
    raise exc


def sign_in_interactively(store: Store, parent: QWidget | None = None) -> Desk | None:
    """First run (its manager chooses a password and is signed in, then is offered the
    daily backup), a store where no manager has a password yet (one chooses it), or the
    usual sign-in."""
    from jpf_desk.services import setup
    from jpf_desk.services.staff import sign_in

    if not setup.is_set_up(store):
        # Imported here: it brings joining through head office (psycopg, keyring), which
        # only a new store needs, and every other start would pay for (issue 16).
        from jpf_desk.ui.first_run import FirstRunDialog

        first = FirstRunDialog(store, parent)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        if first.desk is not None and not first.joined:
            offer_daily_backup(parent, first.desk)
            return first.desk
    dialog: FirstPasswordDialog | SignInDialog
    if sign_in.managers_without_password(store):
        dialog = FirstPasswordDialog(store, parent)
    else:
        dialog = SignInDialog(store, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.desk


def offer_daily_backup(parent: QWidget | None, desk: Desk) -> None:
    """At first start, the manager chooses where the daily backup goes (a USB disk...);
    "No" leaves it for later (Quầy menu), and the status bar keeps saying so."""
    box = QMessageBox(QMessageBox.Icon.Question, "JPF Desk",
                      render("backup.offer_folder", {}, current_lang()),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("offerDailyBackup")
    if box.exec() != QMessageBox.StandardButton.Yes:
        return
    folder = QFileDialog.getExistingDirectory(parent, "JPF Desk")
    if folder:
        from jpf_desk.services import daily_backup

        try:
            daily_backup.choose_folder(desk, Path(folder))
        except DomainError as exc:
            tell_failure(parent, render_error(exc, current_lang()))


def ask_create(parent: QWidget | None, data_dir: Path) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, "JPF Desk",
                      render("store.ask_create", {"folder": str(data_dir)}, current_lang()),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("askCreateStore")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def log_to_file(data_dir: Path) -> logging.Handler:
    """Warnings and bug reports (ids and references, never personal data) go to
    <data dir>/jpf-desk.log too, so support can find a reference the user reads out."""
    handler = RotatingFileHandler(data_dir / LOG_FILE, maxBytes=2_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("jpf_desk").addHandler(handler)
    return handler


def run_gui(data_dir: str | None, lang: str | None) -> int:
    """`jpf-desk` with no subcommand: the main window until it is closed; without
    `lang` (no --lang) in the language stored for this desk, else Vietnamese."""
    app = application(lang or "vi")
    install_excepthook()
    folder = resolve_data_dir(data_dir)
    # Installed before sign-in: a shutdown while the sign-in dialog waits cancels it.
    terminate = CloseOnTerminate(close_all_windows, app)
    log.info("sign-in open")  # ids only; a smoke test waits for this line
    desk = open_desk_interactively(folder, create=data_dir is None, lang_given=lang is not None)
    if desk is None:
        terminate.restore()
        if terminate.fired:
            log.info("closed before sign-in, store closed")
            return 0
        return 1
    handler = log_to_file(folder)
    from jpf_desk.ui.main_window import MainWindow

    window = MainWindow(desk)
    window.show()
    log.info("window open")  # ids only; a smoke test waits for this line
    try:
        return app.exec()
    finally:
        terminate.restore()
        window.shut_down()
        desk.store.close()
        logging.getLogger("jpf_desk").removeHandler(handler)
        handler.close()
        log.info("window closed, store closed")
