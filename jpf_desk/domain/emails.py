"""E-mail addresses typed at the desk: syntax checked by email-validator, nothing looked up.

A desk is often offline and a lookup would tell the mail provider who is being
registered, so deliverability is never checked; the syntax is what a typo breaks.
"""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email

from jpf_desk.domain.errors import ValidationError


def parse_email(typed: str) -> str:
    """The address without its outer spaces (NFC), or `intake.email_invalid` on "email".

    Inner white space (a space, a pasted newline) is refused rather than collapsed:
    "an nguyen@gmail.com" is not anyone's address.
    """
    text = unicodedata.normalize("NFC", typed).strip()
    if any(ch.isspace() for ch in text):
        raise ValidationError("intake.email_invalid", field="email")
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError("intake.email_invalid", field="email") from None
    return text
