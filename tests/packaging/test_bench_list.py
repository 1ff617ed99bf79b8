"""`make bench` runs every bench script: a new script in bench/ is listed in the
Makefile's BENCHES, or named here as a helper of the others."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HELPERS = {"machine"}  # the slow line is tests/helpers/line_proxy.py


def test_make_bench_lists_every_bench_script() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^BENCHES := (.+)$", makefile, re.MULTILINE)
    assert listed is not None
    scripts = {p.stem for p in (ROOT / "bench").glob("*.py")} - HELPERS
    assert set(listed.group(1).split()) == scripts
    assert {"search", "receipt", "sync", "imports", "startup"} <= scripts
