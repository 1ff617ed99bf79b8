"""The interface language of this run, for messages rendered from service error codes."""

from __future__ import annotations

from jpf_desk.domain.messages import DEFAULT_LANG, LANGUAGES

_current = DEFAULT_LANG


def current_lang() -> str:
    return _current


def set_lang(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT_LANG
