"""Centre codes ("HN1", "HN-KM"): one spelling, since head office matches centres by code.

A code typed "hn 1" at the first start would otherwise be kept as typed and later clash
with, or fail to match, the "HN1" head office knows.
"""

from __future__ import annotations

import re
import unicodedata

from jpf_desk.domain import messages
from jpf_desk.domain.errors import ValidationError

_CODE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")
MAX_CODE_LENGTH = 12

messages.register({
    "centre.code_invalid": {
        "vi": "Mã cơ sở chỉ gồm chữ không dấu, chữ số và dấu gạch ngang (ví dụ HN1, HN-KM).",
        "fr": "Le code du centre ne contient que des lettres sans accent, des chiffres et des "
              "tirets (par ex. HN1, HN-KM).",
        "en": "A centre code has only unaccented letters, digits and hyphens (e.g. HN1, HN-KM).",
    },
})


def normalise_centre_code(typed: str) -> str:
    """Upper case, spaces dropped ("hn 1" -> "HN1"); anything else not a code is refused."""
    code = "".join(unicodedata.normalize("NFKC", typed).split()).upper()
    if not (2 <= len(code) <= MAX_CODE_LENGTH and code.isascii() and _CODE.fullmatch(code)):
        raise ValidationError("centre.code_invalid", field="centre_code")
    return code
