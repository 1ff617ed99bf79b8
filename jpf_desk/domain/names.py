"""Vietnamese personal names: family, middle and given parts plus the name as written.

Lists sort by given name then family name ("Nguyễn Thị Minh Anh" files under "Anh"),
which is why the parts are kept apart instead of splitting the full name each time.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from jpf_desk.domain import messages
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.search_key import search_key as _search_key
from jpf_desk.domain.text import clean
from jpf_desk.domain.vi_collation import vi_sort_key

MAX_PART_LENGTH = 100
MAX_FULL_LENGTH = 3 * MAX_PART_LENGTH + 2
_SORT_SEPARATOR = "\x1f"

messages.register(
    {
        "name.given_required": {
            "vi": "Vui lòng nhập tên.",
            "fr": "Veuillez saisir le prénom.",
            "en": "Please enter the given name.",
        },
        "name.too_long": {
            "vi": "Tên quá dài (tối đa {max} ký tự).",
            "fr": "Nom trop long ({max} caractères au maximum).",
            "en": "Name is too long (at most {max} characters).",
        },
        "name.invalid_chars": {
            "vi": "Họ tên không được chứa chữ số hoặc ký tự điều khiển.",
            "fr": "Le nom ne doit contenir ni chiffres ni caractères de contrôle.",
            "en": "The name must not contain digits or control characters.",
        },
    }
)


def _check_part(value: str, field: str, max_length: int = MAX_PART_LENGTH) -> None:
    if len(value) > max_length:
        raise ValidationError("name.too_long", field=field, max=max_length)
    for ch in value:
        # Category C* = control, format, private use, unassigned, surrogates.
        if ch.isdigit() or unicodedata.category(ch).startswith("C"):
            raise ValidationError("name.invalid_chars", field=field)


@dataclass(frozen=True)
class PersonName:
    """A validated name; build it with :meth:`from_full` or :meth:`from_parts`."""

    family: str
    middle: str
    given: str
    full: str

    @classmethod
    def from_full(cls, full: str) -> PersonName:
        """Split a name typed in one box: first word family, last word given, rest middle."""
        words = clean(full).split(" ")
        words = [w for w in words if w]
        if not words:
            return cls.from_parts("", "", "")
        if len(words) == 1:
            return cls.from_parts("", "", words[0])
        return cls.from_parts(words[0], " ".join(words[1:-1]), words[-1], " ".join(words))

    @classmethod
    def from_parts(
        cls, family: str, middle: str, given: str, full: str | None = None
    ) -> PersonName:
        """Clean and validate the parts; ``full`` defaults to the parts joined."""
        family, middle, given = clean(family), clean(middle), clean(given)
        _check_part(family, "family_name")
        _check_part(middle, "middle_name")
        _check_part(given, "given_name")
        if not given:
            raise ValidationError("name.given_required", field="given_name")
        full_clean = clean(full) if full is not None else ""
        if not full_clean:
            full_clean = " ".join(p for p in (family, middle, given) if p)
        _check_part(full_clean, "full_name", MAX_FULL_LENGTH)
        return cls(family=family, middle=middle, given=given, full=full_clean)

    @property
    def sort_key(self) -> str:
        """Sorts by given name, then family, then middle, in Vietnamese order."""
        return vi_sort_key(_SORT_SEPARATOR.join((self.given, self.family, self.middle)))

    @property
    def search_key(self) -> str:
        """Folded full name for accent-insensitive search."""
        return _search_key(self.full)
