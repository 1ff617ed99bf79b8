"""Temporary bridge to the shared font module (jpf_desk/printing/fonts.py).

Kept only until the consent engineer's module lands; then font_names() delegates.
"""

from __future__ import annotations


def font_names() -> tuple[str, str]:
    """(regular, bold) registered font names with full Vietnamese coverage."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from jpf_desk.paths import resources_dir

    fonts = resources_dir() / "fonts"
    if "JPFSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("JPFSans", str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("JPFSans-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    return "JPFSans", "JPFSans-Bold"
