"""printing/ draws documents from its own inputs: it imports only domain/ and itself,
and the window and the command line reach it only through services."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "jpf_desk"


def project_imports(folder: Path) -> list[tuple[str, str]]:
    """(file, module) for every jpf_desk import below `folder`, nested ones included."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            found += [(path.name, n) for n in names if n.split(".")[0] == "jpf_desk"]
    return found


def test_printing_imports_only_domain_and_printing():
    outside = [(f, m) for f, m in project_imports(PACKAGE / "printing")
               if not m.startswith(("jpf_desk.domain", "jpf_desk.printing"))]
    assert outside == []


def test_window_and_commands_do_not_import_printing():
    direct = [(f, m) for folder in ("ui", "commands")
              for f, m in project_imports(PACKAGE / folder) if m.startswith("jpf_desk.printing")]
    assert direct == []


def test_the_check_sees_imports_at_any_depth(tmp_path):
    (tmp_path / "doc.py").write_text(
        "import io\nfrom jpf_desk.domain.dates import format_date\n"
        "def f():\n    from jpf_desk.services.desk import Desk\n    import jpf_desk.paths\n",
        encoding="utf-8")
    assert project_imports(tmp_path) == [
        ("doc.py", "jpf_desk.domain.dates"), ("doc.py", "jpf_desk.services.desk"),
        ("doc.py", "jpf_desk.paths")]
