"""Every window string has a finished translation in each language, and the committed .ts
files hold every string the forms and ui/ code ask for (issue 17)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.i18n.catalogue import (
    LANGUAGES,
    ROOT,
    Message,
    is_vietnamese,
    read_messages,
    ts_path,
)

PLACEHOLDER = re.compile(r"%(?:\d+|n|s|d)|\{\w*\}")
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def keys(messages: list[Message]) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in messages}


def unfinished(messages: list[Message]) -> list[tuple[str, str]]:
    return [(m.context, m.source) for m in messages
            if not m.finished or not m.forms or any(not form.strip() for form in m.forms)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_a_finished_translation(lang):
    messages = read_messages(ts_path(lang))
    assert len(messages) > 500, "the window has hundreds of strings"
    assert unfinished(messages) == []


def test_the_check_sees_a_missing_translation(tmp_path):
    """A message lupdate adds for a new string is unfinished and empty: the check names it."""
    ts = tmp_path / "jpf_desk_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_FR">'
        "<context><name>Demo</name>"
        "<message><source>Lưu</source><translation>Enregistrer</translation></message>"
        "<message><source>Mới</source><translation type=\"unfinished\"></translation></message>"
        "</context></TS>\n", encoding="utf-8")
    assert unfinished(read_messages(ts)) == [("Demo", "Mới")]


def test_the_three_languages_hold_the_same_messages():
    vietnamese = keys(read_messages(ts_path("vi")))
    for lang in ("fr", "en"):
        assert keys(read_messages(ts_path(lang))) == vietnamese, lang


def test_every_message_has_the_context_it_is_looked_up_in():
    """lupdate files a bare tr() outside a class (a local helper) under no context, where
    no lookup at run time finds it: the string would stay Vietnamese."""
    assert [m.source for m in read_messages(ts_path("vi")) if not m.context] == []


def test_vietnamese_translations_are_the_source_text():
    for m in read_messages(ts_path("vi")):
        assert all(form == m.source for form in m.forms), (m.context, m.source)


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_translations_keep_placeholders_and_accelerators(lang):
    wrong = []
    for m in read_messages(ts_path(lang)):
        for form in m.forms:
            if (Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(m.source))
                    or form.count("&") != m.source.count("&")):
                wrong.append((m.context, m.source, form))
    assert wrong == []


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_french_and_english_translations_are_not_vietnamese(lang):
    assert [(m.context, m.source) for m in read_messages(ts_path(lang))
            if any(is_vietnamese(form) for form in m.forms)] == []


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_plural_messages_have_a_singular_and_a_plural(lang):
    plural = [m for m in read_messages(ts_path(lang)) if m.numerus]
    assert plural, "the window counts things (%n)"
    assert [m.source for m in plural if len(m.forms) != 2] == []


def test_the_committed_sources_hold_every_string_of_the_forms_and_code(tmp_path):
    """lupdate run afresh over forms/*.ui and jpf_desk/ui: a string added to the window
    without `make translations-update` is missing from the committed .ts and fails here."""
    sources = sorted(str(p) for p in (ROOT / "forms").glob("*.ui"))
    sources += sorted(str(p) for p in (ROOT / "jpf_desk" / "ui").rglob("*.py")
                      if "generated" not in p.parts)
    fresh = tmp_path / "jpf_desk_vi.ts"
    subprocess.run([str(LUPDATE), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, cwd=ROOT, capture_output=True)
    asked = keys(read_messages(fresh))
    assert len(asked) > 500
    assert sorted(asked - keys(read_messages(ts_path("vi")))) == []
