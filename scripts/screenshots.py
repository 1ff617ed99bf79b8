"""Screenshots of every section and the main dialogs on a 1366x768 screen, from demo data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --lang vi
    (or: make screenshots LANG_UI=vi)

Builds a demo store in a temporary folder, signs in as the demo manager, and writes
docs/screenshots/<lang>-section-<key>.png and <lang>-dialog-<name>.png: each dialog
over the main window, as a receptionist sees it. The dialogs are those of
jpf_desk/ui/gallery.py (the same list the screen-fit test checks), plus Qt's print and
save dialogs. Offscreen, the screen is set to 1366x768 here; under X11 the real
screen is used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREEN = {"screens": [{"name": "desk-1366x768", "x": 0, "y": 0, "width": 1366,
                       "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def offscreen_at_1366x768(folder: Path) -> None:
    """Qt's offscreen plugin with one 1366x768 screen (before the application exists)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = folder / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("vi", "fr", "en"), default="vi",
                        help="interface language (file names start with it)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--only", default="", help="names containing this text only")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    with tempfile.TemporaryDirectory(prefix="jpf-shots-") as tmp:
        offscreen_at_1366x768(Path(tmp))
        return shoot(args, Path(tmp) / "store")


def shoot(args: argparse.Namespace, folder: Path) -> int:
    from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

    from jpf_desk.services.demo.build import DEMO_PASSWORD, DEMO_STAFF, fill_demo
    from jpf_desk.services.staff import sign_in
    from jpf_desk.services.storage import open_data_store
    from jpf_desk.ui import gallery
    from jpf_desk.ui.app import application
    from jpf_desk.ui.consent.preview import PdfPreviewDialog
    from jpf_desk.ui.main_window import MainWindow

    app = application(args.lang)
    store = open_data_store(folder, create=True, demo=True)
    fill_demo(store, args.customers)
    desk = sign_in.sign_in(store, sign_in.find_staff(store, DEMO_STAFF[0][0]), DEMO_PASSWORD)
    args.out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(desk)
    window.path_label.setText(window.tr("Kho dữ liệu: %s") % "~/.local/share/jpf-desk")
    window.showMaximized()  # the whole 1366x768 screen, as a receptionist keeps it
    written: list[Path] = []

    def save(name: str) -> None:
        if args.only not in name:
            return
        for _ in range(5):
            app.processEvents()
        path = args.out / f"{args.lang}-{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        written.append(path)

    for key in window.section_keys():
        window.show_section(key)
        save(f"section-{key}")
    window.show_section(window.section_keys()[0])
    records = gallery.demo_records(desk)
    for entry in gallery.dialogs():
        dialog = entry.make(desk, records, window)
        dialog.show()
        save(f"dialog-{entry.name}")
        dialog.close()
        dialog.deleteLater()
    preview = next(e for e in gallery.dialogs() if e.cls is PdfPreviewDialog)
    shown = preview.make(desk, records, window)
    assert isinstance(shown, PdfPreviewDialog)
    shown.show()
    qt_dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("qt-print", shown.ask_print), ("qt-save-pdf", shown.ask_save)]
    for name, open_dialog in qt_dialogs:
        opened = open_dialog()
        if isinstance(opened, QFileDialog):  # in a folder of its own, not the checkout
            documents = folder.parent / "Tài liệu"
            documents.mkdir(exist_ok=True)
            (documents / "phieu-dong-y-HN-KM-0042.pdf").write_bytes(b"%PDF-1.4\n")
            opened.setOption(QFileDialog.Option.DontUseNativeDialog)
            opened.setDirectory(str(documents))
        save(f"dialog-{name}")
        opened.close()
    shown.close()
    window.close()
    store.close()
    QApplication.processEvents()
    print("\n".join(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)
                    for p in written))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
