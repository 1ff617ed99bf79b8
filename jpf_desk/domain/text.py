"""Text clean-up shared by every field that a person types."""

from __future__ import annotations

import unicodedata


def clean(text: str) -> str:
    """NFC, trimmed, inner whitespace runs collapsed: NFD input (macOS, PDFs) looks the same
    on screen but would compare unequal if stored as is."""
    return " ".join(unicodedata.normalize("NFC", text).split())
