"""The TrueType font embedded in every PDF: DejaVu Sans, shipped under resources/fonts.

The 14 standard PDF fonts have no Vietnamese glyphs (they print black boxes), and the
machine's fonts may differ from desk to desk, so the program brings its own.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jpf_desk.domain.resources import resources_dir

REGULAR = "JPFSans"
BOLD = "JPFSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts once per process; returns (regular, bold) names for reportlab."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


def nfc(text: str) -> str:
    """Text as drawn: NFC, so that it extracts back exactly as stored (NFD would not)."""
    return unicodedata.normalize("NFC", text)
