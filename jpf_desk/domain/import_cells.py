"""Turning spreadsheet cells into what the intake form would have received.

Spreadsheets mangle personal data in known ways: Excel stores a phone number as a
number and drops its leading 0 (and may show 912345678.0 once exported to CSV), a CCCD
typed as a number loses its leading 0 too, dates arrive as real dates, as text in
any usual order or as Excel's day numbers. Each helper undoes one of those, so the
row can then go through the same validation as a form.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from jpf_desk.domain import messages
from jpf_desk.domain.dates import format_date, parse_date
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.domain.people import Relationship, Sex
from jpf_desk.domain.search_key import search_key
from jpf_desk.domain.text import clean

Cell = str | int | float | date | datetime | None

# Excel's day 1 is 1 January 1900, and it counts a 29 February 1900 that never was.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_LAST = 2_958_465  # 31/12/9999
_INTEGRAL_TEXT = re.compile(r"([0-9]+)\.0+")

messages.register({
    "import.sex_unknown": {
        "vi": "Không hiểu giới tính (dùng Nam hoặc Nữ).",
        "fr": "Sexe non reconnu (utilisez Homme ou Femme).",
        "en": "Sex not understood (use Male or Female).",
    },
    "import.amount_unknown": {
        "vi": "Không hiểu số tiền đã đóng (ví dụ: 1.500.000 hoặc 1500000).",
        "fr": "Montant payé non reconnu (par exemple : 1.500.000 ou 1500000).",
        "en": "Amount paid not understood (e.g. 1.500.000 or 1500000).",
    },
    "import.payment_method_unknown": {
        "vi": "Không hiểu hình thức đóng (Tiền mặt, Chuyển khoản hoặc Thẻ).",
        "fr": "Mode de paiement non reconnu (Espèces, Virement ou Carte).",
        "en": "Payment method not understood (Cash, Transfer or Card).",
    },
    "import.relationship_unknown": {
        "vi": "Không hiểu quan hệ với học viên (ví dụ: Mẹ, Bố, Ông/bà).",
        "fr": "Lien avec l'élève non reconnu (par exemple : Mère, Père, Grand-parent).",
        "en": "Relationship to the student not understood (e.g. Mother, Father, Grandparent).",
    },
})


def cell_text(value: Cell) -> str:
    """The cell as the person would read it: numbers without ".0", dates dd/mm/yyyy."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, datetime):
        return format_date(value.date())
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    text = clean(value)
    if m := _INTEGRAL_TEXT.fullmatch(text):
        return m.group(1)
    return text


def _serial(number: float, field: str) -> date:
    if not 1 <= number <= _EXCEL_LAST:
        raise ValidationError("date.invalid", field=field)
    return _EXCEL_EPOCH + timedelta(days=int(number))


def cell_date(value: Cell, field: str = "birth_date") -> date | None:
    """A date cell: a real date, an Excel day number (as a number or five digits of
    text) or text such as 03/08/2001 or 2001-08-03; None when empty."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        return _serial(float(value), field)
    text = cell_text(value)
    if not text:
        return None
    if text.isdecimal() and len(text) == 5:
        return _serial(float(text), field)
    try:
        return parse_date(text)
    except ValidationError:
        raise ValidationError("date.invalid", field=field) from None


def cell_id_number(value: Cell) -> str:
    """An ID number; one typed as a number gets back the leading zeros it lost
    (CCCD: 12 digits, and Hà Nội's start with "001"; CMND: 9)."""
    text = cell_text(value).replace(" ", "")
    if text.isdecimal():
        if len(text) in (10, 11):
            return text.zfill(12)
        if len(text) in (7, 8):
            return text.zfill(9)
    return text


_SEX_WORDS = {
    "nam": Sex.MALE, "trai": Sex.MALE, "m": Sex.MALE, "male": Sex.MALE, "man": Sex.MALE,
    "h": Sex.MALE, "homme": Sex.MALE, "masculin": Sex.MALE,
    "nu": Sex.FEMALE, "gai": Sex.FEMALE, "f": Sex.FEMALE, "female": Sex.FEMALE,
    "woman": Sex.FEMALE, "femme": Sex.FEMALE, "feminin": Sex.FEMALE,
}


def cell_sex(value: Cell) -> str:
    """The stored sex code of "Nam", "Nữ", "F", "Homme"...; empty when the cell is."""
    words = search_key(cell_text(value))
    if not words:
        return ""
    found = _SEX_WORDS.get(words)
    if found is None:
        raise ValidationError("import.sex_unknown", field="sex")
    return found.value


_RELATIONSHIP_WORDS = {
    "me": Relationship.MOTHER, "ma": Relationship.MOTHER, "mother": Relationship.MOTHER,
    "mere": Relationship.MOTHER, "maman": Relationship.MOTHER, "mum": Relationship.MOTHER,
    "bo": Relationship.FATHER, "cha": Relationship.FATHER, "father": Relationship.FATHER,
    "pere": Relationship.FATHER, "papa": Relationship.FATHER, "dad": Relationship.FATHER,
    "ong": Relationship.GRANDPARENT, "ong ba": Relationship.GRANDPARENT,
    "grandparent": Relationship.GRANDPARENT, "grand parent": Relationship.GRANDPARENT,
    "grand mere": Relationship.GRANDPARENT, "grand pere": Relationship.GRANDPARENT,
    "anh": Relationship.SIBLING, "chi": Relationship.SIBLING, "anh chi em": Relationship.SIBLING,
    "sibling": Relationship.SIBLING, "frere": Relationship.SIBLING,
    "soeur": Relationship.SIBLING,
    "giam ho": Relationship.LEGAL_GUARDIAN, "nguoi giam ho": Relationship.LEGAL_GUARDIAN,
    "tuteur": Relationship.LEGAL_GUARDIAN, "legal guardian": Relationship.LEGAL_GUARDIAN,
    "khac": Relationship.OTHER, "other": Relationship.OTHER, "autre": Relationship.OTHER,
}


def cell_relationship(value: Cell) -> str:
    """The stored relationship code of "Mẹ", "Bố", "Mère"...; empty when the cell is.
    "Bà" is left out on purpose: a grandmother in the North, a father in the South."""
    words = search_key(cell_text(value))
    if not words:
        return ""
    found = _RELATIONSHIP_WORDS.get(words)
    if found is None:
        raise ValidationError("import.relationship_unknown", field="guardians.0.relationship")
    return found.value


_AMOUNT = re.compile(r"[0-9]{1,3}([., ][0-9]{3})*|[0-9]+")
_CURRENCY = re.compile(r"\s*(vnd|vnđ|đồng|dong|đ|d)\s*$", re.IGNORECASE)


def cell_amount(value: Cell) -> int | None:
    """Whole đồng from 1500000, 1.500.000, "1,500,000 đ" or "1 500 000 VND"; None when
    the cell is empty. A decimal part is refused: đồng have none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        if not value.is_integer() or value < 0:
            raise ValidationError("import.amount_unknown", field="fee_paid")
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValidationError("import.amount_unknown", field="fee_paid")
        return value
    text = _CURRENCY.sub("", cell_text(value)).strip()
    if not _AMOUNT.fullmatch(text):
        raise ValidationError("import.amount_unknown", field="fee_paid")
    return int(re.sub(r"[., ]", "", text))


_METHOD_WORDS = {
    "tien mat": PaymentMethod.CASH, "cash": PaymentMethod.CASH, "especes": PaymentMethod.CASH,
    "chuyen khoan": PaymentMethod.TRANSFER, "ck": PaymentMethod.TRANSFER,
    "transfer": PaymentMethod.TRANSFER, "bank transfer": PaymentMethod.TRANSFER,
    "virement": PaymentMethod.TRANSFER,
    "the": PaymentMethod.CARD, "quet the": PaymentMethod.CARD, "card": PaymentMethod.CARD,
    "carte": PaymentMethod.CARD,
}


def cell_payment_method(value: Cell) -> str:
    """The stored method code of "Tiền mặt", "CK", "Virement"...; empty when the cell is."""
    words = search_key(cell_text(value))
    if not words:
        return ""
    found = _METHOD_WORDS.get(words)
    if found is None:
        raise ValidationError("import.payment_method_unknown", field="payment_method")
    return found.value
