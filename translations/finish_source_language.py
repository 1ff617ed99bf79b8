"""The Vietnamese .ts: every message's translation is its source text, marked finished.

Vietnamese is the language the window's strings are written in, so its catalogue needs no
translator; it exists so that lupdate keeps the three files in step and a test can check
every language the same way. Run by `make translations-update` after lupdate.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def finish(path: Path) -> int:
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":  # Vietnamese has one plural form
            if len(forms) == 1 and forms[0].text == source and "type" not in translation.attrib:
                continue
            for form in forms:
                translation.remove(form)
            translation.text = None
            ET.SubElement(translation, "numerusform").text = source
        elif translation.text != source or "type" in translation.attrib:
            translation.text = source
        else:
            continue
        translation.attrib.pop("type", None)
        changed += 1
    if changed:
        ET.indent(tree, space="    ")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                        + ET.tostring(tree.getroot(), encoding="unicode") + "\n",
                        encoding="utf-8")
    return changed


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {finish(Path(name))} messages finished with their source text")
