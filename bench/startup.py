"""Start-up of the window on a 100,000-customer store, against a bare window on the same
store, launched alternately in paired rounds (issue 16).

Each launch is a new interpreter, timed from just before the parent starts it:
- the program, exactly as `jpf-desk --data-dir DIR` starts (`jpf_desk.cli.main`): launch ->
  sign-in box accepting keys, where the demo manager's password is typed at once (QTest
  key clicks, in-process: no hook in the program, no way around sign-in) while the store
  opens on the program's worker thread; launch -> staff list filled (the store open),
  where the manager is chosen and OK clicked; OK -> sign-in accepted (the argon2id
  check) -> search box accepting keys -> first results (the customer list painted with
  its first page);
- the bare baseline: a QMainWindow with a QLineEdit and a QTableView, launch -> box
  accepting keys, then the same ids (not deleted, list order) read with one raw query
  through SQLCipher with the same key -> first results.
"Accepting keys" is: the widget visible in an exposed window, and the keyboard focus in
it. RSS is read at first results. Ratios are per round (program/bare), printed as median
and range with the machine's cores and load. When the PyInstaller folder is built
(dist/jpf-desk, issue 17), its launch -> "sign-in open" log line is printed too (a frozen
program cannot be driven in-process).

Targets: sign-in box taking keys < 0.5 s after launch; search box < 0.5 s and first
results < 1.0 s after the sign-in is accepted; RSS < 160 MiB at first results.

    python bench/startup.py [--customers 100000] [--data-dir DIR] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.machine import machine_line, spread  # noqa: E402

POLL_MS = 2
TIMEOUT_S = 120
# Written out: typed before the store is ready, as a person would. The parent checks it
# and the manager's name against the demo module (jpf_desk.services.demo.build), so the
# program's interpreter never imports that module: it brings the intake rules
# (phonenumbers, e-mail checks, the province list) the start does not load.
DEMO_PASSWORD = "demo-jpf-2026"


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident memory of this process, MiB."""
    fields = dict(line.split(":", 1) for line in
                  Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return (int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024)


# -- the program, in its own interpreter ---------------------------------------------------
def child_program(data_dir: str, launched: float, manager: str) -> None:
    """Runs the real start-up and watches it from a timer set when it logs "sign-in open"
    (the logging call happens on the GUI thread, with the application made); `manager`
    is the demo manager's name, who signs in."""
    import logging

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QComboBox

    times: dict[str, Any] = {}
    signing_in: list[Any] = []  # the sign-in dialog, once the password is typed

    def since(name: str) -> None:
        times.setdefault(name, time.monotonic() - launched)

    def watch() -> None:
        from PySide6.QtWidgets import QApplication, QLineEdit

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if "sign_in_keys" not in times:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.objectName() != "signInDialog":
                raise SystemExit(f"the program showed {dialog.objectName()!r}, not the sign-in "
                                 "dialog (a store in use, a missing key...)")
            password = dialog.findChild(QLineEdit, "password") if dialog is not None else None
            if (dialog is not None and password is not None and dialog.isVisible()
                    and dialog.windowHandle().isExposed() and password.hasFocus()):
                since("sign_in_keys")
                QTest.keyClicks(password, DEMO_PASSWORD)  # ASCII only; the store may still open
                signing_in.append(dialog)
        elif "staff_listed" not in times:
            if signing_in[0].findChild(QComboBox, "staff").count() > 0:
                since("staff_listed")  # the store has opened
                sign_in(signing_in[0])
        elif "first_results" not in times:
            window = next((w for w in app.topLevelWidgets()
                           if type(w).__name__ == "MainWindow" and w.isVisible()), None)
            box = window.findChild(QLineEdit, "searchBox") if window is not None else None
            if box is not None and box.isVisible() and window is not None \
                    and window.windowHandle().isExposed():
                since("search_shown")
                if box.hasFocus():
                    since("search_keys")
                view = getattr(window, "views", {}).get("customers")
                table_model = getattr(getattr(view, "search", None), "model", None)
                # The box has the focus at start (desk-keys): first results wait for it too.
                if "search_keys" in times and table_model is not None \
                        and table_model.rowCount() > 0 and table_model.loaded_pages() > 0:
                    since("first_results")
                    times["rows"] = table_model.rowCount()
                    times["rss_mib"], times["peak_rss_mib"] = rss_mib()
                    times["modules"] = sorted(m for m in ("reportlab", "alembic", "psycopg",
                                                          "openpyxl") if m in sys.modules)
                    window.close()
                    return
        if time.monotonic() - launched > TIMEOUT_S:
            raise SystemExit("start-up not seen within the timeout: " + json.dumps(times))
        QTimer.singleShot(POLL_MS, watch)

    def sign_in(dialog: Any) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        staff = dialog.findChild(QComboBox, "staff")
        staff.setCurrentIndex(next(i for i in range(staff.count())
                                   if staff.itemText(i).startswith(manager)))
        dialog.accepted.connect(lambda: since("accepted"))
        since("ok_clicked")
        buttons = dialog.findChild(QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    class AtSignIn(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage() == "sign-in open":
                QTimer.singleShot(0, watch)

    logging.getLogger("jpf_desk.ui.app").addHandler(AtSignIn())
    from jpf_desk.cli import main

    code = main(["--data-dir", data_dir])
    print(json.dumps(times | {"code": code}))


# -- the bare baseline, in its own interpreter -----------------------------------------------
def child_bare(data_dir: str, launched: float) -> None:
    import sqlcipher3.dbapi2 as sqlcipher
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    times: dict[str, Any] = {}

    class Ids(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.ids: list[str] = []
            self.painted = False

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(self.ids)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 1

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                self.painted = True
                return self.ids[index.row()]
            return None

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    box, table, model = QLineEdit(), QTableView(), Ids()
    table.setModel(model)
    layout.addWidget(box)
    layout.addWidget(table)
    window.setCentralWidget(central)
    window.resize(1180, 720)
    window.show()
    box.setFocus()

    def load_ids() -> None:
        key = (Path(data_dir) / "demo-store.key").read_text(encoding="ascii").strip()
        conn = sqlcipher.connect(str(Path(data_dir) / "jpf-desk.db"))
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM customers WHERE status != 'deleted' ORDER BY sort_key")]
        conn.close()
        model.beginResetModel()
        model.ids = ids
        model.endResetModel()

    def watch() -> None:
        if "box_keys" not in times:
            if window.windowHandle().isExposed() and box.hasFocus():
                times["box_keys"] = time.monotonic() - launched
                load_ids()
        elif model.painted:
            times["first_results"] = time.monotonic() - launched
            times["rows"] = model.rowCount()
            times["rss_mib"], times["peak_rss_mib"] = rss_mib()
            app.quit()
            return
        QTimer.singleShot(POLL_MS, watch)

    QTimer.singleShot(0, watch)
    app.exec()
    print(json.dumps(times))


# -- the parent ------------------------------------------------------------------------------
def demo_manager() -> str:
    """The demo manager's name, after checking the password the child types."""
    from jpf_desk.services.demo import build

    assert build.DEMO_PASSWORD == DEMO_PASSWORD
    return build.DEMO_STAFF[0][0]


def launch(mode: str, data_dir: Path, env: dict[str, str]) -> dict[str, Any]:
    manager = demo_manager()  # before the clock starts
    launched = time.monotonic()
    done = subprocess.run([sys.executable, __file__, mode, str(data_dir), repr(launched),
                           manager],
                          capture_output=True, text=True, env=env, timeout=TIMEOUT_S + 60,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def frozen_start(data_dir: Path, env: dict[str, str], rounds: int) -> list[float] | None:
    """Launch -> the "sign-in open" log line of dist/jpf-desk, when built; then SIGTERM."""
    program = ROOT / "dist" / "jpf-desk" / "jpf-desk"
    if not program.exists():
        return None
    log = Path(env["JPF_DESK_LOG_DIR"]) / "jpf-desk.log"
    seconds = []
    for _ in range(rounds):
        before = log.read_text(encoding="utf-8") if log.exists() else ""
        launched = time.monotonic()
        process = subprocess.Popen([str(program), "--data-dir", str(data_dir)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while "sign-in open" not in (log.read_text(encoding="utf-8")[len(before):]
                                     if log.exists() else ""):
            if process.poll() is not None or time.monotonic() - launched > TIMEOUT_S:
                raise SystemExit("the frozen program did not reach its sign-in dialog")
            time.sleep(0.005)
        seconds.append(time.monotonic() - launched)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    return seconds


def demo_store(folder: Path, customers: int, env: dict[str, str]) -> None:
    if (folder / "jpf-desk.db").exists():
        return
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "jpf_desk", "demo", "--data-dir", str(folder),
                    "--customers", str(customers), "--if-empty"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"demo store: {customers} customers in {time.monotonic() - started:.0f} s")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--data-dir", help="a demo store to reuse (made there if missing)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="jpf-bench-startup-"))
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env |= {"QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
            "JPF_DESK_LOG_DIR": str(home / "logs"), "HOME": str(home)}
    folder = Path(args.data_dir) if args.data_dir else home / "store"
    demo_store(folder, args.customers, env)
    print(machine_line() + " (before)")
    launch("--child-bare", folder, env)  # one of each first: files in the page cache
    launch("--child-program", folder, env)
    program, bare = [], []
    for n in range(args.rounds):  # alternate which goes first, so drift hits both
        pair = ("--child-bare", "--child-program") if n % 2 == 0 else \
            ("--child-program", "--child-bare")
        results = {mode: launch(mode, folder, env) for mode in pair}
        program.append(results["--child-program"])
        bare.append(results["--child-bare"])
    frozen = frozen_start(folder, env, args.rounds)
    print(machine_line() + " (after)")
    report(program, bare, frozen)
    return 0


def report(program: list[dict[str, Any]], bare: list[dict[str, Any]],
           frozen: list[float] | None) -> None:
    def med(rows: list[dict[str, Any]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    def keys_at(r: dict[str, Any]) -> float:
        return float(r["search_keys"])

    rows = program[0]["rows"]
    print(f"store: {rows} customers listed; {len(program)} paired rounds, each launch a new "
          f"interpreter, program and bare alternating")
    sign_in_keys = [r["sign_in_keys"] for r in program]
    check = [r["accepted"] - r["ok_clicked"] for r in program]
    to_box = [keys_at(r) - r["accepted"] for r in program]
    to_results = [r["first_results"] - r["accepted"] for r in program]
    own = [r["staff_listed"] + r["first_results"] - r["ok_clicked"] for r in program]
    print(f"program: launch -> sign-in box accepting keys {ms(statistics.median(sign_in_keys))}"
          f"; launch -> store open (staff listed) {ms(med(program, 'staff_listed'))}"
          f"; OK -> sign-in accepted (password check) {ms(statistics.median(check))}; "
          f"accepted -> search box accepting keys {ms(statistics.median(to_box))}; "
          f"accepted -> first results {ms(statistics.median(to_results))}")
    print(f"program without the person (launch -> store open, then OK -> first results): "
          f"{ms(statistics.median(own))}")
    print(f"bare: launch -> box accepting keys {ms(med(bare, 'box_keys'))}; "
          f"launch -> first results {ms(med(bare, 'first_results'))}")
    print("ratios program/bare, per round:")
    print("  launch -> keys (sign-in box vs bare box): "
          + spread([p["sign_in_keys"] / b["box_keys"] for p, b in zip(program, bare, strict=True)], "x"))
    print("  window to first results (accepted -> results vs bare launch -> results): "
          + spread([(p["first_results"] - p["accepted"]) / b["first_results"]
                    for p, b in zip(program, bare, strict=True)], "x"))
    print("  whole start without the person vs bare launch -> results: "
          + spread([o / b["first_results"] for o, b in zip(own, bare, strict=True)], "x"))
    print(f"RSS at first results: program {spread([r['rss_mib'] for r in program], ' MiB', 0)}"
          f" (peak {med(program, 'peak_rss_mib'):.0f}); bare "
          f"{spread([r['rss_mib'] for r in bare], ' MiB', 0)}; ratio "
          + spread([p["rss_mib"] / b["rss_mib"] for p, b in zip(program, bare, strict=True)], "x"))
    loaded = sorted({m for r in program for m in r["modules"]})
    print(f"loaded by first results (reportlab, alembic, psycopg, openpyxl): {loaded or 'none'}")
    if frozen is None:
        print("frozen program (dist/jpf-desk): not built (make installer)")
    else:
        print(f"frozen program: launch -> 'sign-in open' logged {spread(frozen, ' s')}")
    targets = [("sign-in box < 0.5 s", statistics.median(sign_in_keys) < 0.5),
               ("search box < 0.5 s after sign-in", statistics.median(to_box) < 0.5),
               ("first results < 1.0 s after sign-in", statistics.median(to_results) < 1.0),
               ("RSS < 160 MiB", med(program, "rss_mib") < 160)]
    print("targets: " + "; ".join(f"{name}: {'met' if ok else 'NOT met'}"
                                  for name, ok in targets))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child-program":
        child_program(sys.argv[2], float(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) == 5 and sys.argv[1] == "--child-bare":
        child_bare(sys.argv[2], float(sys.argv[3]))
    else:
        sys.exit(main())
