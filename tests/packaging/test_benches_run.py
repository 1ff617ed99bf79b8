"""Every bench of `make bench` still runs, at a tiny size.

Benches are scripts, not tests: their figures are never asserted here. But they are run
by hand, so nothing noticed when one stopped working (the receipt bench's baseline read
fields the receipt had lost, for two sessions). Each one runs here with small inputs and
must finish and print the lines that carry its figures.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.test_bench_list import HELPERS

ROOT = Path(__file__).resolve().parents[2]

# (script and tiny arguments, a line the bench prints with its figures)
TINY = {
    "search": (["--customers", "300", "--rounds", "1"], r"^targets \(p95"),
    "receipt": ([], r"^reprint/preview: receipt [\d.]+ ms"),
    "sync": (["--rounds", "1", "--customers", "50"],
             r"^sync speed / COPY speed, changed rows: +[\d.]+|^skipped: PostgreSQL"),
    "imports": (["--rows", "200", "--rounds", "1"], r"^import of 200 rows"),
    "startup": (["--customers", "300", "--rounds", "1"], r"^targets: sign-in box"),
    "desk_push": (["--rounds", "1"], r"^desk CPU per 2000-row batch, changed rows"),
}


def test_every_bench_script_runs_here() -> None:
    scripts = {p.stem for p in (ROOT / "bench").glob("*.py")} - HELPERS
    assert set(TINY) == scripts  # make bench runs them all (test_bench_list.py)


@pytest.mark.parametrize("name", sorted(TINY))
def test_the_bench_runs(name: str, tmp_path: Path) -> None:
    arguments, expected = TINY[name]
    if name in ("search", "startup"):  # their demo store here, not left in /tmp
        arguments = [*arguments, "--data-dir", str(tmp_path / "store")]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / f"{name}.py"), *arguments],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert re.search(expected, done.stdout, re.MULTILINE), done.stdout[-2000:]
