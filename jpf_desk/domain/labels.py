"""Display labels of the project's enums, from the one message catalogue (vi, fr, en).

An enum is defined once in `domain/`; its labels live once in the catalogue under
``label.<EnumClassName>.<value>``, so the window, the printed documents and the command
line can never disagree about what a stored code is called. Enum class names are unique
across `domain/` for that reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from jpf_desk.domain.messages import DEFAULT_LANG, register, render, translations


def label_code(member: StrEnum) -> str:
    return f"label.{type(member).__name__}.{member.value}"


def register_labels(enum: type[StrEnum], texts: Mapping[str, Mapping[str, str]]) -> None:
    """Register the vi/fr/en labels of every member of ``enum`` (keyed by value).

    Raises ValueError when a member is missing or a value is unknown, so a new member
    cannot ship without its labels.
    """
    values = {m.value for m in enum}
    if set(texts) != values:
        missing = sorted(values - set(texts))
        unknown = sorted(set(texts) - values)
        raise ValueError(f"labels of {enum.__name__}: missing {missing}, unknown {unknown}")
    register({f"label.{enum.__name__}.{value}": dict(t) for value, t in texts.items()})


def label(member: StrEnum, lang: str = DEFAULT_LANG) -> str:
    """The label of ``member`` in ``lang`` (vi when that language is missing)."""
    return render(label_code(member), lang=lang)


def stored_label(enum: type[StrEnum], code: str | None, lang: str = DEFAULT_LANG) -> str:
    """The label of a stored code of `enum`; a code this version does not know (an older
    row, a newer desk) is shown as it is, an empty one as empty."""
    if not code:
        return ""
    try:
        return label(enum(code), lang)
    except ValueError:
        return code


def has_label(member: StrEnum) -> bool:
    return bool(translations(label_code(member)))
