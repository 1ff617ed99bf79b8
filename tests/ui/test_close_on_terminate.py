"""SIGTERM (a shutdown, a logout) closes the real window the way a person would: the
program shuts its window and store down and exits 0 instead of dying mid-write."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.helpers.program_run import open_and_close_window, program_env, run_ok


def test_sigterm_closes_the_window_and_the_store(tmp_path: Path) -> None:
    env = program_env(tmp_path)
    program = [sys.executable, "-m", "jpf_desk"]
    data = tmp_path / "demo"
    run_ok([*program, "demo", "--data-dir", data, "--customers", "3"], env, tmp_path)
    said = open_and_close_window([*program, "--data-dir", data], env, tmp_path)
    assert "SIGTERM received" in said
    # closed cleanly, so the store opens again at once (its lock was released)
    said_again = open_and_close_window([*program, "--data-dir", data], env, tmp_path)
    assert "SIGTERM received" in said_again
