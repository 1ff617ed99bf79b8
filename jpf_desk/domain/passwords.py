"""What a staff member may choose as a password or PIN.

A desk PC is shared and its store holds every customer's ID number: a PIN of six
digits is the shortest a receptionist types many times a day, with sign-in failures
slowed down (services/staff/sign_in.py); anything else must be at least eight
characters. The text is never stripped or normalised beyond NFC, so what was typed
is what is checked.
"""

from __future__ import annotations

import unicodedata

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register

PIN_LENGTH = 6
PASSWORD_LENGTH = 8


def normalise(text: str) -> str:
    """The same Vietnamese password typed on two keyboards (composed or not) is one."""
    return unicodedata.normalize("NFC", text)


def check_new_password(text: str, repeated: str) -> str:
    """The password to hash; ValidationError (field "password" or "repeat") otherwise."""
    password = normalise(text)
    if not password.strip():
        raise ValidationError("password.required", field="password")
    if password.isdigit() and password.isascii():
        if len(password) < PIN_LENGTH:
            raise ValidationError("password.pin_too_short", field="password", length=PIN_LENGTH)
    elif len(password) < PASSWORD_LENGTH:
        raise ValidationError("password.too_short", field="password", length=PASSWORD_LENGTH)
    if len(set(password)) == 1:
        raise ValidationError("password.one_character", field="password")
    if normalise(repeated) != password:
        raise ValidationError("password.mismatch", field="repeat")
    return password


register({
    "password.required": {
        "vi": "Hãy nhập mật khẩu hoặc mã PIN.",
        "fr": "Saisissez un mot de passe ou un code PIN.",
        "en": "Type a password or a PIN.",
    },
    "password.pin_too_short": {
        "vi": "Mã PIN cần ít nhất {length} chữ số.",
        "fr": "Le code PIN doit compter au moins {length} chiffres.",
        "en": "A PIN needs at least {length} digits.",
    },
    "password.too_short": {
        "vi": "Mật khẩu cần ít nhất {length} ký tự.",
        "fr": "Le mot de passe doit compter au moins {length} caractères.",
        "en": "A password needs at least {length} characters.",
    },
    "password.one_character": {
        "vi": "Mật khẩu không được chỉ lặp lại một ký tự.",
        "fr": "Le mot de passe ne peut pas répéter un seul caractère.",
        "en": "A password cannot be one character repeated.",
    },
    "password.mismatch": {
        "vi": "Hai lần nhập mật khẩu không giống nhau.",
        "fr": "Les deux saisies du mot de passe diffèrent.",
        "en": "The two passwords typed differ.",
    },
})
