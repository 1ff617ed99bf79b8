"""The window reaches the store only through services (the developers' guide)."""

from __future__ import annotations

import ast
from pathlib import Path

import jpf_desk.ui

UI = Path(jpf_desk.ui.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _store_imports(path: Path) -> set[str]:
    return {n for n in _imported_modules(path) if n == "jpf_desk.store"
            or n.startswith("jpf_desk.store.")}


def test_the_check_sees_a_store_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from jpf_desk.store.engine import Store\nfrom jpf_desk import store\n"
                      "from jpf_desk.services.storage import Store as S\n", encoding="utf-8")
    assert _store_imports(sample) == {"jpf_desk.store.engine", "jpf_desk.store.engine.Store",
                                      "jpf_desk.store"}


def test_no_ui_module_imports_the_store():
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 30  # the whole ui package, generated forms included
    offenders = {str(p.relative_to(UI)): sorted(_store_imports(p)) for p in files}
    assert {k: v for k, v in offenders.items() if v} == {}
