"""The PyInstaller folder (dist/jpf-desk), run as a front-desk PC would: offscreen, no
Python, no checkout. Run by `make installer` right after the build (and so by CI);
deselected from `make test`'s suite, which builds no installer (marker `installer`).

JPF_DESK_BUNDLE names the folder to check; without it this module builds one first
(`build_installer.py`, into dist/), so running it alone never skips.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from tests.helpers.program_run import (
    as_demo_manager,
    open_and_close_window,
    program_env,
    run_ok,
)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.installer, pytest.mark.slow]


@pytest.fixture(scope="module")
def bundle() -> Path:
    named = os.environ.get("JPF_DESK_BUNDLE")
    if not named:
        run_ok([sys.executable, ROOT / "build_installer.py"], dict(os.environ), ROOT)
    folder = Path(named or ROOT / "dist" / "jpf-desk").resolve()
    assert (folder / "jpf-desk").is_file(), folder
    return folder


def test_the_bundled_program_makes_a_store_prints_verifies_and_opens_its_window(
        bundle: Path, tmp_path: Path) -> None:
    env = program_env(tmp_path)
    program = [bundle / "jpf-desk"]
    # reportlab imports its C accelerator inside exec(), out of PyInstaller's sight
    assert list(bundle.rglob("_rl_accel*")), "rl_accel is bundled"

    def jpf(*args: str | Path) -> subprocess.CompletedProcess[str]:
        signed, stdin = as_demo_manager(args)
        return run_ok([*program, *signed], env, tmp_path, stdin)

    data = tmp_path / "store"
    jpf("demo", "--data-dir", data, "--customers", "30")  # a new store, migrated by Alembic
    found = json.loads(jpf("search", "--data-dir", data, "nguyen", "--json").stdout)
    assert found and all(c["full_name"].startswith("Nguyễn") for c in found)
    receipts = json.loads(jpf("receipts", "list", "--data-dir", data, "--json").stdout)
    assert receipts
    pdf = tmp_path / "receipt.pdf"
    jpf("receipts", "export", receipts[0]["id"], "--data-dir", data, "--pdf", pdf)
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        text = (page.extract_text() or "").replace("\n", "")
        fonts = {char["fontname"].split("+")[-1] for char in page.chars}
    assert "PHIẾU XÁC NHẬN ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN" in text
    assert fonts <= {"JPFSans", "JPFSans-Bold", "DejaVuSans", "DejaVuSans-Bold"}, fonts
    policy = ROOT / "jpf_desk" / "resources" / "policy" / "2025-11-jpf-v1" / "policy.vi.txt"
    assert hashlib.sha256(policy.read_bytes()).hexdigest() in text
    jpf("verify", "--data-dir", data, "--offline")
    open_and_close_window([*program, "--data-dir", data], env, tmp_path)
