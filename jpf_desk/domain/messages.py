"""Message catalogue: every error or warning code rendered in vi (default), fr or en.

Each domain module registers its own codes at import time, so the catalogue is
complete once the modules that can raise those codes are imported.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from jpf_desk.domain.errors import DomainError, DomainWarning

LANGUAGES: tuple[str, ...] = ("vi", "fr", "en")
DEFAULT_LANG = "vi"

_CATALOGUE: dict[str, dict[str, str]] = {}


def register(catalogue: Mapping[str, Mapping[str, str]]) -> None:
    """Add or replace the translations of some codes."""
    for code, texts in catalogue.items():
        _CATALOGUE.setdefault(code, {}).update(texts)


def registered_codes() -> frozenset[str]:
    """All known codes; tests use it to check that every code is translated."""
    return frozenset(_CATALOGUE)


def translations(code: str) -> Mapping[str, str]:
    """The raw templates of one code (empty when unknown)."""
    return dict(_CATALOGUE.get(code, {}))


class _KeepMissing(dict[str, object]):
    """Leaves unknown ``{placeholders}`` visible instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_FORMATTER = string.Formatter()


def render(code: str, params: Mapping[str, object] | None = None, lang: str = DEFAULT_LANG) -> str:
    """The user-facing sentence for ``code``; falls back to vi, then to the code."""
    texts = _CATALOGUE.get(code)
    if not texts:
        return code
    template = texts.get(lang) or texts.get(DEFAULT_LANG)
    if template is None:
        return code
    try:
        return _FORMATTER.vformat(template, (), _KeepMissing(params or {}))
    except (ValueError, IndexError, AttributeError):
        # A broken template must never crash the UI.
        return template


def render_error(err: DomainError | DomainWarning, lang: str = DEFAULT_LANG) -> str:
    """Render an error or warning with its own params."""
    return render(err.code, err.params, lang)
