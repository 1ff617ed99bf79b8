"""Every error or warning code the program raises has words in vi, fr and en.

A code without catalogue text reaches the person as the bare code ("id.kind_invalid");
the codes are read from the source, where they are raised, so a new one cannot slip by.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import jpf_desk
from jpf_desk.domain import messages

RAISED = re.compile(
    r"\b(?:ValidationError|DomainError|DomainWarning|_problem|_refuse)\(\s*\"([a-z_]+(?:\.[a-z_0-9]+)+)\"")
PACKAGE = Path(jpf_desk.__file__).parent


def raised_codes() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        if "generated" in path.parts:
            continue
        for code in RAISED.findall(path.read_text(encoding="utf-8")):
            found.setdefault(code, str(path.relative_to(PACKAGE)))
    return found


@pytest.fixture(scope="module", autouse=True)
def _load_every_catalogue() -> None:
    for sub in ("domain", "services", "printing", "commands", "sync", "ui"):
        package = importlib.import_module(f"jpf_desk.{sub}")
        for info in pkgutil.walk_packages(package.__path__, f"jpf_desk.{sub}."):
            importlib.import_module(info.name)


def test_the_source_raises_codes_this_test_can_see():
    codes = raised_codes()
    assert "id.kind_invalid" in codes and "intake.email_invalid" in codes


@pytest.mark.parametrize("code", sorted(raised_codes()))
def test_every_raised_code_has_words_in_three_languages(code):
    for lang in messages.LANGUAGES:
        assert messages.render(code, {}, lang) != code, (code, lang, raised_codes()[code])
