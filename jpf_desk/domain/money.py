"""Vietnamese đồng: whole numbers, thousands grouped with "." (1.500.000 ₫)."""

from __future__ import annotations

import re
import unicodedata

from jpf_desk.domain import messages
from jpf_desk.domain.errors import ValidationError

CURRENCY_SIGN = "₫"
# Far above any school fee, well inside SQLite's 64-bit integers.
MAX_VND = 10**15

messages.register(
    {
        "money.invalid": {
            "vi": "Số tiền không hợp lệ. Chỉ nhập số không âm, ví dụ 1.500.000.",
            "fr": "Montant invalide. Saisissez un nombre positif, par exemple 1.500.000.",
            "en": "Invalid amount. Enter a non-negative whole number, e.g. 1.500.000.",
        },
    }
)

# Currency words people type around the number, compared case-insensitively.
_CURRENCY = re.compile(r"(₫|vnđ|vnd|đồng|dong|đ)", re.IGNORECASE)
_PLAIN = re.compile(r"[0-9]+")
_GROUPED_DOT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_GROUPED_COMMA = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_GROUPED_SPACE = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+")


def format_vnd(amount: int) -> str:
    """1500000 → "1.500.000 ₫"; negative amounts (refunds, balances) get a leading "-"."""
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(amount):,}".replace(",", ".")
    return f"{sign}{grouped} {CURRENCY_SIGN}"


def parse_vnd(text: str) -> int:
    """Parse a typed amount: digits, optionally grouped by ".", "," or spaces, optional ₫/VND.

    Decimals and abbreviations ("1.5tr") are refused rather than guessed.
    """
    s = _CURRENCY.sub(" ", unicodedata.normalize("NFC", text))
    s = " ".join(s.split())
    if not any(p.fullmatch(s) for p in (_PLAIN, _GROUPED_DOT, _GROUPED_COMMA, _GROUPED_SPACE)):
        raise ValidationError("money.invalid", field="amount")
    amount = int(re.sub(r"[^0-9]", "", s))
    if amount > MAX_VND:
        raise ValidationError("money.invalid", field="amount")
    return amount
