"""What a receptionist typed in the search box, read for ranking by closeness.

A query is matched accent-free (see search_key), but ranked by how close each found
name is to what was typed: the words typed with their marks ("Thủy") are kept, with
the other placements of the same tone ("Thuỷ"), because a name that carries the very
marks typed is the one meant, and the same marks placed otherwise is the same name
written by another keyboard.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from jpf_desk.domain.labels import register_labels
from jpf_desk.domain.search_key import _NON_ALNUM, digits_only, drop_invisible, query_tokens

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aeiouyAEIOUY")


class Matched(StrEnum):
    """Which field of a customer the query matched; the list tells the receptionist,
    since an ID number is masked on screen and its digits would explain nothing."""

    NAME = "name"
    PHONE = "phone"
    ID_NUMBER = "id_number"


register_labels(Matched, {
    "name": {"vi": "Tên", "fr": "Nom", "en": "Name"},
    "phone": {"vi": "Số điện thoại", "fr": "Téléphone", "en": "Phone number"},
    "id_number": {"vi": "Số giấy tờ", "fr": "N° de pièce d'identité", "en": "ID number"},
})


def tone_placements(word: str) -> frozenset[str]:
    """``word`` (NFC) with its tone mark on each of its vowels in turn: "hoà" gives
    {"hòa", "hoà"}. A word without a tone gives itself only."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) != 1:
        return frozenset({word})
    bare = [ch for ch in decomposed if ch not in _TONES]
    out = set()
    for i, ch in enumerate(bare):
        if ch in _VOWELS:
            end = i + 1
            while end < len(bare) and unicodedata.combining(bare[end]):
                end += 1  # after the vowel's own circumflex, breve or horn
            out.add(unicodedata.normalize("NFC", "".join(bare[:end] + tones + bare[end:])))
    return frozenset(out | {word})


def _cases(word: str) -> frozenset[str]:
    """Names are stored as written, capitalised or in capitals; SQLite folds only ASCII."""
    return frozenset({word, word.capitalize(), word.upper()})


@dataclass(frozen=True)
class MarkedWord:
    """A typed word with marks: its forms as typed, and with the tone placed otherwise."""

    exact: frozenset[str]
    placed: frozenset[str]


@dataclass(frozen=True)
class SearchQuery:
    tokens: tuple[str, ...]  # accent-free words, as stored keys are
    marked: tuple[MarkedWord, ...]  # words typed with marks, in order
    digits: str  # every digit typed, for phone and ID search
    has_letters: bool

    @property
    def blank(self) -> bool:
        return not self.tokens and not self.digits


def parse_query(text: str) -> SearchQuery:
    visible = unicodedata.normalize("NFC", drop_invisible(text))
    marked = []
    for word in _NON_ALNUM.sub(" ", visible.casefold()).split():
        if not word.isascii():
            placed = frozenset(v for p in tone_placements(word) for v in _cases(p))
            marked.append(MarkedWord(_cases(word), placed))
    return SearchQuery(tuple(query_tokens(visible)), tuple(marked), digits_only(visible),
                       any(ch.isalpha() for ch in visible))
