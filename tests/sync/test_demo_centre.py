"""A centre whose first desk made its catalogue itself (`jpf-desk demo`) connects later:
nothing hanging on that catalogue is lost at head office or at a desk that joins."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jpf_desk.cli import main
from jpf_desk.services import setup
from jpf_desk.services.demo.build import DEMO_PASSWORD
from jpf_desk.services.head_office.admin import init_head_office
from jpf_desk.services.staff import sign_in
from jpf_desk.store.engine import STORE_FILE, open_store
from jpf_desk.sync.rows import synced_tables
from tests.helpers.staff import password_on_stdin, signed_in_args
from tests.sync.conftest import HeadOffice

DEMO_MANAGER = signed_in_args("Đào Thu Hà")


def demo_password_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    password_on_stdin(monkeypatch, DEMO_PASSWORD)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr()
    return capsys.readouterr().out


def make_demo(capsys: pytest.CaptureFixture[str], data_dir: Path) -> str:
    run_cli(capsys, "demo", "--data-dir", str(data_dir), "--customers", "40")
    store = open_store(data_dir)
    try:
        ident = setup.identity(store)
        assert ident is not None
        return ident.centre_id
    finally:
        store.close()


def connect_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                head_office: HeadOffice, data_dir: Path, centre_id: str,
                action: tuple[str, ...] = ("sync", "connect")) -> tuple[str, str]:
    role = init_head_office(head_office.admin_dsn, [centre_id]).roles[0]
    assert role.password is not None
    # The demo manager signs in (first line), then head office's password.
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{DEMO_PASSWORD}\n{role.password}\n"))
    run_cli(capsys, *action[:1], "--data-dir", str(data_dir), *action[1:],
            "--host", str(head_office.server.dir), "--port", str(head_office.server.port),
            "--dbname", head_office.dbname, "--user", role.role_name, "--sslmode", "disable",
            *DEMO_MANAGER)
    return role.role_name, role.password


def table_counts(data_dir: Path) -> dict[str, int]:
    store = open_store(data_dir, lock=False)
    try:
        with store.session(None, None) as s:
            return {name: s.scalar(select(func.count()).select_from(spec.table)) or 0
                    for name, spec in synced_tables().items()}
    finally:
        store.close()


def test_a_demo_centre_connects_and_a_second_desk_joins_with_every_row(
        tmp_path: Path, head_office: HeadOffice, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "demo", tmp_path / "second"
    centre_id = make_demo(capsys, first)
    role, password = connect_cli(capsys, monkeypatch, head_office, first, centre_id)
    demo_password_on_stdin(monkeypatch)
    report = json.loads(run_cli(capsys, "sync", "--data-dir", str(first), "--json",
                                *DEMO_MANAGER))
    assert report["refused"] == 0
    # Head office has no catalogue yet: every shared row the demo made is offered.
    assert report["settled"]["offered"] > 0 and report["settled"]["rekeyed"] == 0

    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    run_cli(capsys, "join", "--data-dir", str(second), "--host", str(head_office.server.dir),
            "--port", str(head_office.server.port), "--dbname", head_office.dbname,
            "--user", role, "--sslmode", "disable", "--password-stdin",
            "--staff-name", "Đào Thu Hà")
    here, there = table_counts(first), table_counts(second)
    assert here == there
    for table in ("classes", "enrolments", "payments", "consent_receipts", "consent_events",
                  "disclosures", "courses", "partners"):
        assert here[table] > 0, table
    # The joined desk's manager chooses a password there first (as the window asks).
    joined = open_store(second)
    manager = sign_in.managers_without_password(joined)[0]
    assert manager.full_name == "Đào Thu Hà"
    sign_in.choose_first_password(joined, manager.id, DEMO_PASSWORD, DEMO_PASSWORD)
    joined.close()
    for desk in (first, second):  # exit 0: the chain checks out (1 would name a receipt)
        demo_password_on_stdin(monkeypatch)
        run_cli(capsys, "verify", "--data-dir", str(desk), *DEMO_MANAGER)


def test_the_same_centre_code_twice_is_refused_with_its_cause(
        tmp_path: Path, head_office: HeadOffice, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for data_dir in (one, two):
        centre_id = make_demo(capsys, data_dir)
        connect_cli(capsys, monkeypatch, head_office, data_dir, centre_id)
    demo_password_on_stdin(monkeypatch)
    run_cli(capsys, "sync", "--data-dir", str(one), *DEMO_MANAGER)
    demo_password_on_stdin(monkeypatch)
    assert main(["--lang", "en", "sync", "--data-dir", str(two), *DEMO_MANAGER]) != 0
    err = capsys.readouterr().err
    assert "HN-KM" in err and "another centre" in err
    with head_office.admin() as conn:
        codes = conn.execute("SELECT data->>'code' FROM ho.rows "
                             "WHERE table_name = 'centres'").fetchall()
    assert codes == [("HN-KM",)]
    assert (two / STORE_FILE).exists()
