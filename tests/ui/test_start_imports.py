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
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers.program_run import program_env, run_ok

# Printing, migrations, head office and spreadsheets: each belongs to a feature the
# person reaches later (or never), not to the sign-in dialog.
NOT_AT_START = ("reportlab", "alembic", "psycopg", "openpyxl")
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


def start_until_sign_in(tmp_path: Path, names: tuple[str, ...]) -> dict[str, object]:
    env = program_env(tmp_path)
    data = tmp_path / "demo"
    run_ok([sys.executable, "-m", "jpf_desk", "demo", "--data-dir", data, "--customers", "3"],
           env, tmp_path)
    done = subprocess.run([sys.executable, "-c", CHILD, str(data), json.dumps(names)],
                          capture_output=True, text=True, env=env, cwd=Path.cwd(),
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_sign_in_dialog_shows_before_printing_migrations_sync_or_spreadsheets(
        tmp_path: Path) -> None:
    # PySide6 and the store's own libraries are loaded by then: the check sees them, so
    # an empty answer below is not a check that looked nowhere.
    result = start_until_sign_in(tmp_path, (*NOT_AT_START, "PySide6.QtWidgets", "sqlcipher3"))
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
