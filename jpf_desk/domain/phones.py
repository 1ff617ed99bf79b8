"""Phone numbers: stored as E.164, shown in Vietnamese national format.

phonenumbers knows today's numbering; old paper forms still carry the 11-digit
mobiles renumbered in 2018, so those are mapped to today's prefixes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from jpf_desk.domain import messages
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.search_key import digits_only
from jpf_desk.domain.text import clean

VN_COUNTRY_CODE = "84"

# 2018 renumbering of 11-digit mobiles, as national significant numbers
# (without the trunk "0"): 0162 → 032 becomes "162" → "32".
OLD_MOBILE_PREFIXES: dict[str, str] = {
    **{f"16{d}": f"3{d}" for d in range(2, 10)},
    "120": "70",
    "121": "79",
    "122": "77",
    "126": "76",
    "128": "78",
    "123": "83",
    "124": "84",
    "125": "85",
    "127": "81",
    "129": "82",
    "186": "56",
    "188": "58",
    "199": "59",
}

messages.register(
    {
        "phone.empty": {
            "vi": "Vui lòng nhập số điện thoại.",
            "fr": "Veuillez saisir un numéro de téléphone.",
            "en": "Please enter a phone number.",
        },
        "phone.invalid": {
            "vi": "Số điện thoại không hợp lệ. Ví dụ: 0912 345 678 hoặc +84 912 345 678.",
            "fr": "Numéro de téléphone invalide. Exemple : 0912 345 678 ou +84 912 345 678.",
            "en": "Invalid phone number. Example: 0912 345 678 or +84 912 345 678.",
        },
        "phone.converted": {
            "vi": "Số điện thoại 11 số cũ đã được chuyển sang đầu số mới: {national}.",
            "fr": "L'ancien numéro à 11 chiffres a été converti au nouveau préfixe : {national}.",
            "en": "The old 11-digit number was converted to its new prefix: {national}.",
        },
    }
)

# Characters people put between digits; anything else means "not a phone number".
_SEPARATORS = re.compile(r"[\s.\-()/]+")


@dataclass(frozen=True)
class Phone:
    """A valid number in E.164; ``converted_from_old`` asks the UI to warn ("phone.converted")."""

    e164: str
    converted_from_old: bool = False

    def _parsed(self) -> phonenumbers.PhoneNumber:
        return phonenumbers.parse(self.e164, None)

    @property
    def is_vietnamese(self) -> bool:
        return self.e164.startswith("+" + VN_COUNTRY_CODE)

    @property
    def national(self) -> str:
        """E.g. "0912 345 678" or "028 3822 1234"; foreign numbers in international format."""
        fmt = PhoneNumberFormat.NATIONAL if self.is_vietnamese else PhoneNumberFormat.INTERNATIONAL
        return str(phonenumbers.format_number(self._parsed(), fmt))

    @property
    def national_digits(self) -> str:
        """E.g. "0912345678"; foreign numbers keep their E.164 form (with "+")."""
        if self.is_vietnamese:
            return "0" + self.e164[1 + len(VN_COUNTRY_CODE) :]
        return self.e164

    @property
    def search_digits(self) -> str:
        """What a stored number is searched by (its phone_digits column): the national
        digits without the leading 0, as phone_query_digits reads what is typed."""
        return self.national_digits.lstrip("0")


def _map_old_mobile(nsn: str) -> tuple[str, bool]:
    """Map an old 10-digit national significant number to today's 9-digit one."""
    if len(nsn) == 10 and nsn[:3] in OLD_MOBILE_PREFIXES:
        return OLD_MOBILE_PREFIXES[nsn[:3]] + nsn[3:], True
    return nsn, False


def _split_international(text: str) -> tuple[bool, str] | None:
    """(typed with an international prefix, digits) or None when it is not a number."""
    s = _SEPARATORS.sub("", clean(text))
    international = s.startswith("+")
    if international:
        s = s[1:]
    if not s or not all(ch.isdecimal() for ch in s):
        return None
    digits = digits_only(s)
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    return international, digits


def _vn_nsn(international: bool, digits: str) -> str | None:
    """The Vietnamese national significant number, or None for a foreign number."""
    if international:
        return digits[len(VN_COUNTRY_CODE) :] if digits.startswith(VN_COUNTRY_CODE) else None
    if digits.startswith("0"):
        return digits[1:]
    # "84912345678": country code typed without "+" (9 or 10 digits follow).
    if digits.startswith(VN_COUNTRY_CODE) and len(digits) in (11, 12):
        return digits[len(VN_COUNTRY_CODE) :]
    return digits


def parse_phone(text: str) -> Phone:
    """Parse a number typed in any usual way; raise "phone.empty" or "phone.invalid"."""
    if not clean(text):
        raise ValidationError("phone.empty", field="phone")
    split = _split_international(text)
    if split is None:
        raise ValidationError("phone.invalid", field="phone")
    international, digits = split
    nsn = _vn_nsn(international, digits)
    converted = False
    if nsn is None:
        candidate = "+" + digits  # a foreign number, typed with + or 00
    else:
        nsn, converted = _map_old_mobile(nsn)
        candidate = "+" + VN_COUNTRY_CODE + nsn
    try:
        parsed = phonenumbers.parse(candidate, None)
    except NumberParseException:
        raise ValidationError("phone.invalid", field="phone") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError("phone.invalid", field="phone")
    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    return Phone(e164=e164, converted_from_old=converted)


def phone_query_digits(text: str) -> str | None:
    """Digits to search stored numbers with, without the leading 0 or +84.

    "+84 912 345" → "912345", "0168 123" → "38123" (old prefix mapped);
    None when the text is not (part of) a phone number, e.g. it has letters.
    """
    split = _split_international(text)
    if split is None:
        return None
    international, digits = split
    if international:
        if not digits.startswith(VN_COUNTRY_CODE):
            return digits or None
        nsn = digits[len(VN_COUNTRY_CODE) :]
    elif digits.startswith("0"):
        nsn = digits[1:]
    elif digits.startswith(VN_COUNTRY_CODE) and len(digits) in (11, 12):
        nsn = digits[len(VN_COUNTRY_CODE) :]
    else:
        # No anchor: a fragment from anywhere in the number, search it as typed.
        return digits or None
    # Anchored at the start, so an old prefix can be mapped safely.
    if len(nsn) >= 4 and nsn[:3] in OLD_MOBILE_PREFIXES:
        nsn = OLD_MOBILE_PREFIXES[nsn[:3]] + nsn[3:]
    return nsn or None
