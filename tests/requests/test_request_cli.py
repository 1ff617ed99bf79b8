"""`jpf-desk requests list --json` and `requests access-report`, run as the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.requests import RequestInput
from tests.requests.builders import NAME, TODAY


def jpf(*args: str, log_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, JPF_DESK_LOG_DIR=str(log_dir))
    return subprocess.run([sys.executable, "-m", "jpf_desk", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_requests_list_json(desk, person, tmp_path):
    access = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    delete = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    requests.acknowledge(desk, delete.id)
    data_dir = str(desk.store.path.parent)
    done = jpf("requests", "list", "--data-dir", data_dir, "--json", log_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    by_id = {r["id"]: r for r in rows}
    assert by_id[access.id]["kind"] == "access" and by_id[access.id]["status"] == "received"
    assert by_id[access.id]["due_date"] == "2026-12-05"
    assert by_id[delete.id]["status"] == "acknowledged"
    assert by_id[delete.id]["due_date"] == "2026-12-15"
    out = tmp_path / "report.json"
    made = jpf("requests", "access-report", person.id, "--data-dir", data_dir,
               "--json", str(out), log_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["sections"][0]["items"][0]["Họ và tên"] == NAME
