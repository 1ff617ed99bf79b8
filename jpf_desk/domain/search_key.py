"""Accent- and case-insensitive search keys for Vietnamese text.

SQLite's LIKE and FTS5 do not fold Vietnamese diacritics, so the application stores
this key next to names and addresses and searches on it.
"""

from __future__ import annotations

import re
import unicodedata

# "đ" has no decomposition in Unicode; look-alikes (eth, African D) come from old
# encodings and pasted text.
_D_MAP = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ɖ": "d", "Ɖ": "d"})
_NON_ALNUM = re.compile(r"[\W_]+")


def drop_invisible(text: str) -> str:
    """``text`` without format characters (zero-width space and joiners, soft hyphen,
    BOM, direction marks): pasted text carries them inside words, where they would
    otherwise split one word in two and find nothing."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def search_key(text: str) -> str:
    """Fold ``text`` so "Nguyễn Thị Ánh", "nguyen thi anh" and NFD input all match.

    Invisible characters dropped, NFKD (a superset of NFD that also folds full-width letters), marks removed,
    đ → d, case folded, every run of non-alphanumerics → one space.
    """
    s = unicodedata.normalize("NFKD", drop_invisible(text))
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    s = s.translate(_D_MAP)
    return _NON_ALNUM.sub(" ", s).strip()


def query_tokens(text: str) -> list[str]:
    """The words of a search query, folded like stored keys."""
    return [token for token in search_key(text).split(" ") if token]


def digits_only(text: str) -> str:
    """ASCII digits of ``text`` (full-width and other decimal digits converted)."""
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def reversed_key(value: str | None) -> str | None:
    """A value backwards (phone_rev, id_rev): a search by its ending becomes a prefix
    search on an index. None for no value."""
    return value[::-1] if value else None
