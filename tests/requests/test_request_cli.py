"""`jpf-desk requests list --json` and `requests access-report`, run as the real command."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pdfplumber

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.store.engine import open_store
from tests.helpers.staff import FIRST_MANAGER, TEST_PASSWORD, sign_in_as, signed_in_args
from tests.helpers.stores import child_keyring_env
from tests.requests.builders import NAME, TODAY


def jpf(*args: str, log_dir: Path, stdin: str = TEST_PASSWORD + "\n"
        ) -> subprocess.CompletedProcess[str]:
    env = dict(child_keyring_env(log_dir), JPF_DESK_LOG_DIR=str(log_dir))
    return subprocess.run([sys.executable, "-m", "jpf_desk", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False, input=stdin)


def test_requests_list_json(desk, person, tmp_path):
    access = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    delete = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    requests.acknowledge(desk, delete.id)
    data_dir = str(desk.store.path.parent)
    done = jpf("requests", "list", "--data-dir", data_dir, "--json", *signed_in_args(),
               log_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    by_id = {r["id"]: r for r in rows}
    assert by_id[access.id]["kind"] == "access" and by_id[access.id]["status"] == "received"
    # Wed 25 Nov + 10 = Sat 5 Dec: by default a due date on a day off moves back to Fri 4.
    assert by_id[access.id]["due_date"] == "2026-12-04"
    assert by_id[delete.id]["status"] == "acknowledged"
    assert by_id[delete.id]["due_date"] == "2026-12-15"
    out = tmp_path / "report.json"
    desk.store.close()  # writing the report answers the request: the command takes the lock
    made = jpf("requests", "access-report", person.id, "--data-dir", data_dir,
               *signed_in_args(), "--json", str(out), log_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["sections"][0]["items"][0]["Họ và tên"] == NAME


def test_access_report_from_the_cli_answers_the_open_access_request(desk, person, tmp_path):
    access = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.ACCESS, received_on=TODAY), today=TODAY)
    delete = requests.file_request(desk, RequestInput(
        customer_id=person.id, kind=RequestKind.DELETE, received_on=TODAY), today=TODAY)
    data_dir = desk.store.path.parent
    desk.store.close()  # the command takes the single-desk lock to write
    pdf = tmp_path / "bao-cao.pdf"
    made = jpf("requests", "access-report", person.id, "--data-dir", str(data_dir),
               *signed_in_args(), "--pdf", str(pdf), log_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.split("\t")[:2] == [access.number, "done"]
    with pdfplumber.open(io.BytesIO(pdf.read_bytes())) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "DỮ LIỆU CÁ NHÂN JPF ĐANG LƯU GIỮ" in text and NAME in text
    assert "JPF Hà Nội – Cơ sở 1" in text and access.number in text
    report = json.loads((tmp_path / "bao-cao.json").read_text(encoding="utf-8"))
    assert report["customer_id"] == person.id
    assert report["sections"][0]["items"][0]["Họ và tên"] == NAME
    store = open_store(data_dir, lock=False)
    try:
        reopened = sign_in_as(store, FIRST_MANAGER)
        answered = requests.get_request(reopened, access.id)
        assert answered.status == "done"
        assert answered.outcome == "Đã cung cấp báo cáo dữ liệu (PDF và JSON)"
        assert answered.customer_told_on == today_vn()  # the day the files were handed over
        assert requests.get_request(reopened, delete.id).status == "received"  # untouched
    finally:
        store.close()
