"""Build the desk program as a folder to copy onto a front-desk PC (PyInstaller, onedir).

    .venv/bin/python build_installer.py        (or: make installer)

Result: dist/jpf-desk/jpf-desk (the window; `jpf-desk COMMAND ...` for the command line).
Bundled beside the code: jpf_desk/resources/ (fonts with their licence, policy texts, holidays,
the consent receipt JSON schema that every export is checked against),
the compiled forms, and the Alembic migrations as files (Alembic loads them by path).
Command modules are imported by name in cli.py, and reportlab's barcode modules from
strings, so both are collected explicitly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "jpf-desk"


def arguments() -> list[str]:
    from jpf_desk.cli import COMMAND_MODULES

    sep = os.pathsep
    args = [
        str(ROOT / "jpf_desk" / "__main__.py"),
        "--name", NAME, "--onedir", "--noconfirm", "--clean",
        "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
        "--specpath", str(ROOT / "build"),
        "--add-data", f"{ROOT / 'jpf_desk' / 'resources'}{sep}jpf_desk/resources",
        "--add-data", f"{ROOT / 'jpf_desk' / 'store' / 'migrations'}{sep}jpf_desk/store/migrations",
        "--collect-data", "vietnam_provinces",
        "--collect-submodules", "jpf_desk",
        # reportlab imports its barcode modules from strings (the QR code on receipts).
        "--collect-submodules", "reportlab.graphics.barcode",
        # Qt parts the program does not use: a smaller folder.
        "--exclude-module", "PySide6.QtWebEngineCore", "--exclude-module", "PySide6.Qt3DCore",
        "--exclude-module", "tkinter",
    ]
    for module in COMMAND_MODULES:
        args += ["--hidden-import", module]
    return args


def main() -> int:
    if not (ROOT / "jpf_desk" / "ui" / "generated" / "__init__.py").exists():
        print("the forms are not compiled: run `make forms` first", file=sys.stderr)
        return 1
    import PyInstaller.__main__

    PyInstaller.__main__.run(arguments())
    print(f"built {ROOT / 'dist' / NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
