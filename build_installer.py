r"""Build the desk program as a folder to copy onto a front-desk PC (PyInstaller, onedir).

    .venv/bin/python build_installer.py        (or: make installer, which then runs
                                                tests/packaging/test_installer.py on it)

Result: dist/jpf-desk/jpf-desk (the window; `jpf-desk COMMAND ...` for the command line).
Bundled: jpf_desk/resources/ (fonts with their licence, policy texts, holidays, the
consent receipt JSON schema) at the same place inside the package as in the source, so
resources_dir() finds them unchanged; the compiled forms and the window's translations
(.qm from translations/*.ts, beside the forms; compiled here first when missing, so no
make is needed); the Alembic migrations as files (Alembic loads them by
path). Command modules are imported by name in cli.py, and reportlab's barcode modules
from strings, so both are collected explicitly. PyInstaller's own keyring hook bundles
keyring's backends and the metadata it finds them by.

Windows (the same script, built on Windows: PyInstaller does not cross-build). With
Python 3.11 x64: `py -3.11 -m venv .venv`, `.venv\Scripts\pip install -e .[installer]`,
`.venv\Scripts\python build_installer.py` gives dist\jpf-desk\jpf-desk.exe. --add-data
is written with os.pathsep (";" there). At run time: the store in
%LOCALAPPDATA%\JPF\jpf-desk, logs under it in Logs (platformdirs); the store key in the
Windows Credential Manager (keyring's WinVaultKeyring, through pywin32-ctypes, which
keyring requires on Windows); PDFs embed the bundled DejaVu fonts, never the PC's. The
program is a console executable so that its commands print: started from Explorer a
console opens beside the window. Not yet built or run on Windows; docs/INSTALL.md says more.
"""

from __future__ import annotations

import os
import subprocess
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
        "--add-data", f"{ROOT / 'jpf_desk' / 'ui' / 'generated' / '*.qm'}{sep}jpf_desk/ui/generated",
        "--collect-data", "vietnam_provinces",
        "--collect-submodules", "jpf_desk",
        # reportlab imports its barcode modules from strings (the QR code on receipts).
        "--collect-submodules", "reportlab.graphics.barcode",
        # reportlab's C accelerator is imported inside exec(): PyInstaller cannot see it.
        "--hidden-import", "_rl_accel",
        # Qt parts the program does not use: a smaller folder.
        "--exclude-module", "PySide6.QtWebEngineCore", "--exclude-module", "PySide6.Qt3DCore",
        "--exclude-module", "tkinter",
    ]
    for module in COMMAND_MODULES:
        args += ["--hidden-import", module]
    return args


def compile_forms() -> None:
    """What `make forms` does, for a machine without make (Windows): forms/*.ui to
    jpf_desk/ui/generated/ui_*.py with pyside6-uic and translations/*.ts to .qm there with
    pyside6-lrelease, each only when it is missing or older."""
    generated = ROOT / "jpf_desk" / "ui" / "generated"
    generated.mkdir(exist_ok=True)
    init = generated / "__init__.py"
    if not init.exists():
        init.write_text('"""Python compiled from forms/*.ui by pyside6-uic (not committed)."""\n')
    uic = Path(sys.executable).parent / ("pyside6-uic.exe" if os.name == "nt" else "pyside6-uic")
    for form in sorted((ROOT / "forms").glob("*.ui")):
        target = generated / f"ui_{form.stem}.py"
        if not target.exists() or target.stat().st_mtime < form.stat().st_mtime:
            subprocess.run([str(uic), str(form), "-o", str(target)], check=True)
    lrelease = uic.with_name(uic.name.replace("uic", "lrelease"))
    for source in sorted((ROOT / "translations").glob("*.ts")):
        target = generated / f"{source.stem}.qm"
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)],
                           check=True)


def main() -> int:
    compile_forms()
    import PyInstaller.__main__

    PyInstaller.__main__.run(arguments())
    print(f"built {ROOT / 'dist' / NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
