"""The window's start imports only what its first paint needs (issue 16): by the time the
sign-in dialog shows, none of the heavy libraries of other features is loaded.

The real program runs in a subprocess (a fresh interpreter, as at a real start), from
`jpf_desk.cli.main` as the `jpf-desk` command calls it; a check scheduled when the
program logs "sign-in open" waits for the sign-in dialog, notes which of the libraries
are in `sys.modules`, and cancels the dialog. Nobody signs in.
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

CHILD = """
import json, logging, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

found = {}

def check():
    dialog = QApplication.activeModalWidget()
    if dialog is None or not dialog.isVisible():
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
