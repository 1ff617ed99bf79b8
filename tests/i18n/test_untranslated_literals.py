"""No Vietnamese text in jpf_desk/ui reaches the window without Qt Linguist (issue 17).

An AST walk over every ui/ module: a string constant with Vietnamese letters must be an
argument of tr/translate/QT_TRANSLATE_NOOP/QT_TR_NOOP (lupdate extracts those), never an
f-string part (lupdate cannot read f-strings: a translated template and .format/.replace
instead). Allowed: docstrings, the message catalogue's own entries (values under a "vi"/"fr"/
"en" key, translated by domain/messages.py) and a line that says why with a
`# not translated:` comment on it or just above it (a language's own name in a chooser).
"""

from __future__ import annotations

import ast

from tests.i18n.catalogue import ROOT, is_vietnamese

UI = ROOT / "jpf_desk" / "ui"
TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
LANGUAGE_KEYS = {"vi", "fr", "en"}
MARK = "# not translated:"


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of each Vietnamese string constant outside Qt's translation calls."""
    tree = ast.parse(source)
    lines = source.splitlines()
    skipped: set[int] = set()  # ids of constants that are allowed
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)):
            skipped.add(id(body[0].value))  # docstring
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in LANGUAGE_KEYS:
                    skipped.update(id(n) for n in ast.walk(value))
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, translated: bool, in_fstring: bool) -> None:
        if isinstance(node, ast.Call) and _called_name(node) in TRANSLATING:
            if in_fstring:
                found.append((node.lineno, "a translation call inside an f-string"))
            translated = True
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and is_vietnamese(node.value) and id(node) not in skipped
                and (not translated or in_fstring)
                and not any(MARK in line for line in lines[max(0, node.lineno - 2):node.lineno])):
            found.append((node.lineno, node.value))
        for child in ast.iter_child_nodes(node):
            visit(child, translated, in_fstring)

    visit(tree, False, False)
    return found


def test_every_vietnamese_literal_in_the_window_code_goes_through_qt_linguist():
    modules = [p for p in UI.rglob("*.py") if "generated" not in p.parts]
    assert len(modules) > 50
    found = [f"{path.relative_to(ROOT)}:{line}: {text!r}" for path in modules
             for line, text in untranslated(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_walk_finds_a_plain_literal_and_an_f_string():
    source = (
        'def f(self, n):\n'
        '    """Docstring: Tiếng Việt ở đây là được."""\n'
        '    self.label.setText("Lưu hồ sơ")\n'
        '    self.title = f"Khách hàng {n}"\n'
        '    self.ok = self.tr("Đồng ý")\n'
        '    self.bad = f"{self.tr(\'Hủy\')} {n}"\n'
        '    self.count = self.tr("%1 khách").replace("%1", str(n))\n'
        '    register({"x": {"vi": "Câu tiếng Việt", "fr": "Phrase"}})\n'
        '    name = "Tiếng Việt"  # not translated: its own name\n'
    )
    assert untranslated(source) == [
        (3, "Lưu hồ sơ"), (4, "Khách hàng "),
        (6, "a translation call inside an f-string"), (6, "Hủy"),
    ]
