"""Picking a printed document's words in the language it is printed in.

Each document keeps its own table, key -> (vi, fr, en), beside its layout, so a label
is written once per document and the three languages of a word sit on one line, where
a missing translation shows at a glance. Enum values are not here: domain/labels.py.
"""

from __future__ import annotations

from collections.abc import Mapping

from jpf_desk.domain.messages import DEFAULT_LANG, LANGUAGES

WordTable = Mapping[str, tuple[str, str, str]]


def pick_words(table: WordTable, lang: str) -> dict[str, str]:
    """Every word of `table` in `lang` (an unknown language falls back to Vietnamese)."""
    index = LANGUAGES.index(lang) if lang in LANGUAGES else LANGUAGES.index(DEFAULT_LANG)
    return {key: texts[index] for key, texts in table.items()}
