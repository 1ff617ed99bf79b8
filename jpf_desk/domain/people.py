"""Age rules: minors need a guardian, and from age 7 the child's own consent too."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from jpf_desk.domain import messages
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.labels import register_labels

MINOR_AGE = 16
CHILD_CONSENT_AGE = 7
MAX_AGE = 120

messages.register(
    {
        "birth_date.in_future": {
            "vi": "Ngày sinh không thể ở tương lai.",
            "fr": "La date de naissance ne peut pas être dans le futur.",
            "en": "The date of birth cannot be in the future.",
        },
        "birth_date.too_old": {
            "vi": "Ngày sinh không hợp lệ: tuổi vượt quá {max_age}.",
            "fr": "Date de naissance invalide : plus de {max_age} ans.",
            "en": "Invalid date of birth: older than {max_age} years.",
        },
    }
)


class Sex(StrEnum):
    """Sex as written on identity documents (CCCD encodes it)."""

    MALE = "male"
    FEMALE = "female"


class Relationship(StrEnum):
    """A guardian's relationship to the customer."""

    MOTHER = "mother"
    FATHER = "father"
    GRANDPARENT = "grandparent"
    SIBLING = "sibling"
    LEGAL_GUARDIAN = "legal_guardian"
    OTHER = "other"


register_labels(Sex, {
    "male": {"vi": "Nam", "fr": "Homme", "en": "Male"},
    "female": {"vi": "Nữ", "fr": "Femme", "en": "Female"},
})

register_labels(Relationship, {
    "mother": {"vi": "Mẹ", "fr": "Mère", "en": "Mother"},
    "father": {"vi": "Bố", "fr": "Père", "en": "Father"},
    "grandparent": {"vi": "Ông/bà", "fr": "Grand-parent", "en": "Grandparent"},
    "sibling": {"vi": "Anh/chị/em", "fr": "Frère/sœur", "en": "Sibling"},
    "legal_guardian": {"vi": "Người giám hộ hợp pháp", "fr": "Tuteur légal",
                       "en": "Legal guardian"},
    "other": {"vi": "Khác", "fr": "Autre", "en": "Other"},
})


def age_on(birth: date, day: date) -> int:
    """Completed years on ``day``; a 29 February birthday counts from 1 March in common years.

    Negative when ``day`` is before ``birth``.
    """
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def is_minor(birth: date, day: date) -> bool:
    """Under 16 on ``day``: a guardian must consent for them."""
    return age_on(birth, day) < MINOR_AGE


def child_must_consent(birth: date, day: date) -> bool:
    """A minor aged 7 or more must also consent personally."""
    return is_minor(birth, day) and age_on(birth, day) >= CHILD_CONSENT_AGE


def validate_birth_date(birth: date, today: date) -> None:
    """Reject typing mistakes: a birth date in the future or over 120 years ago."""
    if birth > today:
        raise ValidationError("birth_date.in_future", field="birth_date")
    if age_on(birth, today) > MAX_AGE:
        raise ValidationError("birth_date.too_old", field="birth_date", max_age=MAX_AGE)
