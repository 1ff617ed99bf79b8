"""Modules imported after the window's package keep no source text in memory (issue 16),
and PySide still tells the modules that mention it from the others.

A fresh interpreter each time: what PySide has seen is process-wide.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CHILD = """
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import jpf_desk.ui
import PySide6.support.feature as feature
import uses_qt, plain_module
print(json.dumps({
    "cached": sorted(name for name in linecache.cache
                     if name.endswith(("uses_qt.py", "plain_module.py"))),
    "cached_sources": sum(1 for name in linecache.cache if name.endswith(".py")),
    "uses_qt": feature.pyside_feature_dict.get("uses_qt"),
    "plain_module": feature.pyside_feature_dict.get("plain_module"),
}))
"""


def run_child(tmp_path: Path) -> dict[str, object]:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", "utf-8")
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n", "utf-8")
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True,
                          text=True, cwd=Path.cwd(), timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_imported_modules_leave_no_source_lines_behind(tmp_path: Path) -> None:
    result = run_child(tmp_path)
    assert result["cached"] == []
    # Without the change every module imported after PySide6 is there (hundreds).
    assert result["cached_sources"] == 0


def test_pyside_still_tells_modules_that_use_it_from_the_others(tmp_path: Path) -> None:
    result = run_child(tmp_path)
    # PySide's values: 0 = uses PySide (features may switch), -1 = ignore the module.
    assert result["uses_qt"] == 0
    assert result["plain_module"] == -1
