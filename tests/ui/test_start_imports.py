"""The window's start imports only what its first paint needs (issue 16): by the time the
sign-in dialog shows, none of the heavy libraries of other features is loaded.

The real program runs in a subprocess (a fresh interpreter, as at a real start), from
`jpf_desk.cli.main` as the `jpf-desk` command calls it; a check scheduled when the
program logs "sign-in open" waits for the sign-in dialog and for the store it opens
meanwhile (its staff list filled), notes which of the libraries are in `sys.modules`,
and cancels the dialog. Nobody signs in.

The sign-in dialog shows before the store has opened (a worker thread imports the
database libraries and opens it): what the GUI thread imports before showing the dialog
is checked apart, in a fresh interpreter importing the start's modules.

What the window needs only later is checked at first results too: there the demo
manager signs in as a person does, the published demo password typed into the real
dialog (key clicks in the program's own process, as bench/startup.py does).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from jpf_desk.services.demo.build import DEMO_PASSWORD, DEMO_STAFF
from tests.helpers.program_run import program_env, run_ok

# Printing, migrations, head office and spreadsheets: each belongs to a feature the
# person reaches later (or never), not to the sign-in dialog.
NOT_AT_START = ("reportlab", "alembic", "psycopg", "openpyxl")
# The keyring (a demo store keeps its key in a file: only a real store reads it),
# sealing documents, the intake rules (e-mail checks, the province list): none is needed
# to show the customer list, the request count or the daily backup's status (issue 16).
NOT_AT_FIRST_RESULTS = (*NOT_AT_START, "keyring", "cryptography", "email_validator",
                        "vietnam_provinces")
# The store's libraries and the ORM: imported by the worker that opens the store, not
# by the GUI thread before the sign-in dialog shows (issue 16).
NOT_BEFORE_SIGN_IN_BOX = ("sqlalchemy", "sqlcipher3", "jpf_desk.store",
                          "jpf_desk.services.desk", "jpf_desk.services.storage")

CHILD = """
import json, logging, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox

found = {}

def check():
    dialog = QApplication.activeModalWidget()
    staff = dialog.findChild(QComboBox, "staff") if dialog is not None else None
    if dialog is None or not dialog.isVisible() or (staff is not None and staff.count() == 0):
        QTimer.singleShot(10, check)
        return
    found["dialog"] = dialog.objectName()
    found["imported"] = sorted(m for m in NAMES if m in sys.modules)
    dialog.reject()

class AtSignIn(logging.Handler):
    def emit(self, record):
        if record.getMessage() == "sign-in open":
            QTimer.singleShot(0, check)

NAMES = json.loads(sys.argv[2])
logging.getLogger("jpf_desk.ui.app").addHandler(AtSignIn())
from jpf_desk.cli import main
code = main(["--data-dir", sys.argv[1]])
print(json.dumps(found | {"code": code}))
"""


SIGNING_IN = """
import json, logging, sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

found = {}

def sign_in():
    dialog = QApplication.activeModalWidget()
    staff = dialog.findChild(QComboBox, "staff") if dialog is not None else None
    if dialog is None or not dialog.isVisible() or staff is None or staff.count() == 0:
        QTimer.singleShot(10, sign_in)
        return
    found["dialog"] = dialog.objectName()
    staff.setCurrentIndex(next(i for i in range(staff.count())
                               if staff.itemText(i).startswith(MANAGER)))
    QTest.keyClicks(dialog.findChild(QLineEdit, "password"), PASSWORD)
    QTimer.singleShot(10, first_results)
    dialog.findChild(QDialogButtonBox, "buttons").button(
        QDialogButtonBox.StandardButton.Ok).click()

def first_results():
    app = QApplication.instance()
    window = next((w for w in app.topLevelWidgets()
                   if type(w).__name__ == "MainWindow" and w.isVisible()), None)
    view = getattr(window, "views", {}).get("customers") if window is not None else None
    model = getattr(getattr(view, "search", None), "model", None)
    if model is None or model.rowCount() == 0 or model.loaded_pages() == 0:
        QTimer.singleShot(10, first_results)
        return
    found["rows"] = model.rowCount()
    found["imported"] = sorted(m for m in NAMES if m in sys.modules)
    window.close()

class AtSignIn(logging.Handler):
    def emit(self, record):
        if record.getMessage() == "sign-in open":
            QTimer.singleShot(0, sign_in)

NAMES = json.loads(sys.argv[2])
MANAGER, PASSWORD = sys.argv[3], sys.argv[4]
logging.getLogger("jpf_desk.ui.app").addHandler(AtSignIn())
from jpf_desk.cli import main
code = main(["--data-dir", sys.argv[1]])
print(json.dumps(found | {"code": code}))
"""


def start_until_sign_in(tmp_path: Path, names: tuple[str, ...],
                        child: str = CHILD, *more: str) -> dict[str, object]:
    env = program_env(tmp_path)
    data = tmp_path / "demo"
    run_ok([sys.executable, "-m", "jpf_desk", "demo", "--data-dir", data, "--customers", "3"],
           env, tmp_path)
    done = subprocess.run([sys.executable, "-c", child, str(data), json.dumps(names), *more],
                          capture_output=True, text=True, env=env, cwd=Path.cwd(),
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_sign_in_dialog_shows_before_printing_migrations_sync_or_spreadsheets(
        tmp_path: Path) -> None:
    # PySide6 and the store's own libraries are loaded by then: the check sees them, so
    # an empty answer below is not a check that looked nowhere.
    result = start_until_sign_in(tmp_path, (*NOT_AT_FIRST_RESULTS, "PySide6.QtWidgets",
                                            "sqlcipher3"))
    assert result["dialog"] == "signInDialog"
    assert result["code"] == 1  # cancelled: nobody signed in
    assert result["imported"] == ["PySide6.QtWidgets", "sqlcipher3"]


def test_the_sign_in_dialog_does_not_wait_for_the_database_libraries(tmp_path: Path) -> None:
    names = (*NOT_BEFORE_SIGN_IN_BOX, "PySide6.QtWidgets")
    code = ("import json, sys\n"
            "import jpf_desk.cli, jpf_desk.ui.app\n"
            f"print(json.dumps(sorted(m for m in {names!r} if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=program_env(tmp_path), cwd=Path.cwd(), timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    # PySide6 is loaded: the check sees the start's imports.
    assert json.loads(done.stdout.strip().splitlines()[-1]) == ["PySide6.QtWidgets"]


def test_first_results_show_without_the_keyring_sealing_or_intake_rules(tmp_path: Path) -> None:
    assert DEMO_PASSWORD == "demo-jpf-2026"  # the published one (README), typed by the child
    # sqlalchemy.orm and argon2 are loaded by then (the list's service, the password
    # check): the check sees them, so an empty answer below is not a check that looked
    # nowhere.
    result = start_until_sign_in(tmp_path, (*NOT_AT_FIRST_RESULTS, "sqlalchemy.orm", "argon2"),
                                 SIGNING_IN, DEMO_STAFF[0][0], DEMO_PASSWORD)
    assert result["dialog"] == "signInDialog"
    assert result["rows"] == 3  # the demo store's three customers, listed
    assert result["code"] == 0  # the window was open, then closed
    assert result["imported"] == ["argon2", "sqlalchemy.orm"]
