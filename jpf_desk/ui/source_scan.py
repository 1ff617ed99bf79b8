"""PySide6 reads the source of every module imported after it, and keeps it (issue 16).

Its `__feature__` support (snake_case, true_property: this program uses neither) asks,
for each newly imported module, whether the module's source text mentions "PySide6",
through `inspect.getsource`. That leaves every module's source lines in `linecache` for
the life of the process: about 700 modules and 25 MiB at first results, a sixth of the
window's memory. The same question is answered here from the file's bytes, read and
dropped; a module without a source file is still "does not use PySide", as before.

The hook is PySide's own module-level function (`_mod_uses_pyside` in
PySide6.support.feature, shiboken's embedded support code, looked up at each call;
checked on 6.11); a binding without it is left alone (tests/ui/test_source_scan.py fails
if sources are kept again). A frozen program (no source files)
answered "no" before and still does.
"""

from __future__ import annotations

import linecache
import os
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads the feature support this module adjusts

_MARK = b"PySide6"


def mentions_pyside(module: ModuleType) -> bool:
    """PySide's own rule (the source text contains "PySide6"), without caching the text."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # a built-in or compiled module, a frozen program: no source
    try:
        with open(path, "rb") as handle:
            return _MARK in handle.read()
    except OSError:
        return False


def stop_keeping_sources() -> None:
    """Replace PySide's check, and drop the source files it has read into `linecache`
    so far (entries for real files only: they are read again if a traceback needs them;
    generated code registered by other libraries is kept)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    for name in [n for n in linecache.cache if os.path.isfile(n)]:
        linecache.cache.pop(name, None)
