"""Vietnamese alphabetical order as a plain string key, so SQLite can sort by it.

Receptionists expect the dictionary order of Vietnamese (a ă â b c d đ e ê …, then
tones ngang < huyền < hỏi < ngã < sắc < nặng), which ICU's ``vi`` collation gives; ICU
is too heavy to ship and SQLite sorts by bytes, so the order is written out here and
turned into a key whose byte order is that order. Like ICU, the key compares letters
first over the whole text, then tones, then case (lower before upper).
"""

from __future__ import annotations

import unicodedata
from itertools import product

# Base letters with their shape marks (breve, circumflex, horn, stroke), in order.
_ALPHABET = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
_PRIMARY = {letter: chr(0x30 + i) for i, letter in enumerate(_ALPHABET)}
# Tone marks in dictionary order; none is "0".
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_PART = "\x1f"  # separates the parts of a name (given, family, middle)
_LEVEL = "\x01"  # below every letter, space and separator: a shorter text sorts first


def _letters(text: str) -> list[tuple[str, str, bool]]:
    """(letter with shape marks, tone mark or "", upper case) for each character."""
    out: list[tuple[str, str, bool]] = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in _TONES and out:
            base, _tone, upper = out[-1]
            out[-1] = (base, ch, upper)
        elif unicodedata.combining(ch) and out:
            base, tone, upper = out[-1]
            out[-1] = (unicodedata.normalize("NFC", base + ch), tone, upper)
        elif not unicodedata.category(ch).startswith("C") or ch in "\x1f\t":
            out.append((ch.lower(), "", ch != ch.lower()))
    return out


def vi_sort_key(text: str) -> str:
    """A key whose plain (byte) order is Vietnamese alphabetical order.

    Tone placement ("hoà"/"hòa") gives the same key: a word's tone counts once.
    Characters outside the alphabet keep their own code (punctuation before letters,
    other scripts after them).
    """
    letters = _letters(text)
    primary = "".join(_PRIMARY.get(base, " " if base.isspace() and base != _PART else base)
                      for base, _tone, _upper in letters)
    tones, word_tone, in_word = [], "0", False
    for base, tone, _upper in letters:
        if base in _PRIMARY:
            in_word, word_tone = True, tone and _TONES[tone] or word_tone
        elif in_word:
            tones.append(word_tone)
            in_word, word_tone = False, "0"
    if in_word:
        tones.append(word_tone)
    cases = "".join("1" if upper else "0" for _base, _tone, upper in letters)
    return _LEVEL.join((primary, "".join(tones), cases))


# Each base letter's last variant in the alphabet ("d" → "đ", "o" → "ơ").
_LAST_VARIANT = {"a": "â", "d": "đ", "e": "ê", "o": "ơ", "u": "ư"}


def prefix_range(folded: str) -> tuple[str, str]:
    """Bounds of the keys of every text that begins with a spelling of ``folded`` (an
    accent-free word, as search keys hold): "duc" spans "Dục…" to "Đừc…". Keys in
    [low, high) include them all (and some others between them, to filter out)."""
    low = "".join(_PRIMARY.get(ch, ch) for ch in folded)
    last = "".join(_PRIMARY.get(_LAST_VARIANT.get(ch, ch), ch) for ch in folded)
    return low, last + "\U0010ffff"


# The letters an accent-free letter may stand for, in the alphabet's order.
_SPELLINGS = {"a": "aăâ", "d": "dđ", "e": "eê", "o": "oôơ", "u": "uư"}
MAX_SPELLINGS = 32


def word_key_ranges(folded: str) -> list[tuple[str, str]] | None:
    """Bounds of the keys of every text whose first part (up to the first part
    separator) is exactly a spelling of ``folded`` ("duc": Duc, Dục, Đức, Đừc...), one
    range per spelling, in key order: walked one after the other they give those texts
    in Vietnamese order, and nothing else. None when the word has more than
    MAX_SPELLINGS spellings (prefix_range then bounds them, with more to filter out)."""
    options = [_SPELLINGS.get(ch, ch) for ch in folded]
    count = 1
    for letters in options:
        count *= len(letters)
    if count > MAX_SPELLINGS:
        return None
    keys = sorted("".join(_PRIMARY.get(ch, ch) for ch in spelling) + _PART
                  for spelling in product(*options))
    return [(key, key + "\U0010ffff") for key in keys]
