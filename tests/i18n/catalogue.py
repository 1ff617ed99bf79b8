"""Reading the committed Qt Linguist sources (translations/*.ts) for the i18n tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("vi", "fr", "en")
# Letters only Vietnamese writes (French shares à â é è ê ô ù, so those prove nothing).
VIETNAMESE_ONLY = re.compile(
    "[áăđơưảãạằắẳẵặầấẩẫậẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # one translation, or one per plural form


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"jpf_desk_{lang}.ts"


def read_messages(path: Path) -> list[Message]:
    """The live messages of a .ts (lupdate keeps vanished ones only without -no-obsolete)."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: no <translation> in {name}"
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (tuple(form.text or "" for form in translation.iter("numerusform"))
                     if numerus else (translation.text or "",))
            found.append(Message(name, message.findtext("source") or "", numerus,
                                 kind != "unfinished", forms))
    return found


def is_vietnamese(text: str) -> bool:
    return VIETNAMESE_ONLY.search(text) is not None
