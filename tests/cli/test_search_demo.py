"""The real `jpf-desk` command, run as a subprocess on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from jpf_desk.services.demo.build import DEMO_PASSWORD


def jpf(*args: str, env_dir: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, JPF_DESK_LOG_DIR=str(env_dir / "logs"))
    return subprocess.run([sys.executable, "-m", "jpf_desk", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False, input=stdin)


def test_demo_then_search_json(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    made = jpf("demo", "--data-dir", str(data), "--customers", "300", env_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    again = jpf("demo", "--data-dir", str(data), "--customers", "300", "--if-empty",
                env_dir=tmp_path)
    assert again.returncode == 0
    assert f"demo password: {DEMO_PASSWORD}" in made.stderr
    as_demo_manager = ["--staff", "Dao Thu Ha", "--password-stdin"]  # typed without accents
    everyone = jpf("search", "--data-dir", str(data), "nguyen", "--json", "--limit", "1000",
                   *as_demo_manager, env_dir=tmp_path, stdin=DEMO_PASSWORD + "\n")
    assert everyone.returncode == 0, everyone.stderr
    rows = json.loads(everyone.stdout)
    assert rows, "demo data has Nguyễn customers"
    for row in rows:
        assert {"id", "full_name", "phone"} <= row.keys()
        assert row["full_name"].startswith("Nguyễn")
        assert row["phone"] is None or row["phone"].startswith("+84")
    with_phone = next(r for r in rows if r["phone"])
    national = "0" + with_phone["phone"][3:]
    typed = f"{national[:4]} {national[4:7]} {national[7:]}"
    by_phone = json.loads(jpf("search", "--data-dir", str(data), typed, "--json",
                              *as_demo_manager, env_dir=tmp_path,
                              stdin=DEMO_PASSWORD + "\n").stdout)
    assert with_phone["id"] in [r["id"] for r in by_phone]


def test_demo_refuses_the_default_store(tmp_path: Path) -> None:
    result = jpf("demo", "--customers", "1", env_dir=tmp_path)
    assert result.returncode == 2
    assert "--data-dir" in result.stderr


def test_search_in_a_folder_without_a_store_says_so_and_makes_none(tmp_path: Path) -> None:
    """A mistyped --data-dir is said, and no empty store appears there."""
    result = jpf("search", "--data-dir", str(tmp_path / "empty"), "anh", env_dir=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "Không có kho dữ liệu JPF Desk trong thư mục" in result.stderr
    assert not (tmp_path / "empty").exists()
