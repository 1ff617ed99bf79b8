"""`jpf-desk head-office init` and `jpf-desk sync connect / run / status`, end to end;
the centre's password ends up in the keyring and nowhere in the store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from jpf_desk.cli import main
from jpf_desk.services import setup
from jpf_desk.services.staff import sign_in
from jpf_desk.store.engine import STORE_FILE, open_store
from tests.helpers.staff import TEST_PASSWORD, password_on_stdin, signed_in_args
from tests.sync.conftest import HeadOffice, MakeDesk
from tests.sync.helpers import head_office_rows


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_connect_and_sync_from_the_command_line(
        tmp_path: Path, head_office: HeadOffice, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, memory_keyring: object) -> None:
    data_dir = tmp_path / "desk"
    store = open_store(data_dir)
    centre_id = setup.initialise(store, "DN1", "JPF Đà Nẵng", "Võ Thị Thử",
                                 password=TEST_PASSWORD).actor.centre_id
    store.close()

    out = run_cli(capsys, "head-office", "init", "--dsn", head_office.admin_dsn,
                  "--centre", centre_id, "--json")
    (role,) = json.loads(out)["roles"]
    assert role["password"] and role["centre_id"] == centre_id
    again = json.loads(run_cli(capsys, "head-office", "init", "--dsn", head_office.admin_dsn,
                               "--centre", centre_id, "--json"))
    assert again["applied_versions"] == [] and again["roles"][0]["password"] is None

    # The staff member's password first, then head office's: one line each.
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{TEST_PASSWORD}\n{role['password']}\n"))
    run_cli(capsys, "sync", "--data-dir", str(data_dir), "connect",
            "--host", str(head_office.server.dir), "--port", str(head_office.server.port),
            "--dbname", head_office.dbname, "--user", role["role"], "--sslmode", "disable",
            "--staff", "Võ Thị Thử", "--password-stdin")
    password_on_stdin(monkeypatch)
    report = json.loads(run_cli(capsys, "sync", "--data-dir", str(data_dir), "--json",
                                *signed_in_args("Võ Thị Thử")))
    assert report["pushed"] >= 2 and report["conflicts"] == 0
    assert report["overbooked"] == []
    password_on_stdin(monkeypatch)
    status = json.loads(run_cli(capsys, "sync", "--data-dir", str(data_dir), "status",
                                "--json", *signed_in_args("Võ Thị Thử")))
    assert status["pending_changes"] == 0 and status["last_error"] == ""
    assert status["centre_id"] == centre_id
    assert {r[0] for r in head_office_rows(head_office, centre_id)} >= {"centres", "staff"}

    assert role["password"] in memory_keyring.values.values()  # type: ignore[attr-defined]
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert role["password"].encode() not in path.read_bytes(), path.name
    assert (data_dir / STORE_FILE).exists()


def test_sync_without_connection_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         head_office: HeadOffice,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "desk"
    store = open_store(data_dir)
    setup.initialise(store, "DN2", "JPF Đà Nẵng 2", "Võ Thị Thử", password=TEST_PASSWORD)
    store.close()
    password_on_stdin(monkeypatch)
    assert main(["sync", "--data-dir", str(data_dir), *signed_in_args("Võ Thị Thử")]) == 2
    assert "chưa được kết nối" in capsys.readouterr().err


def test_join_a_centre_from_the_command_line(
        tmp_path: Path, make_desk: MakeDesk, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from jpf_desk.services.head_office.sync import connection_settings, sync_now
    from tests.sync.helpers import add_customers

    first = make_desk("HN1")
    customers = add_customers(first.desk, 3)
    sync_now(first.desk)
    settings = connection_settings(first.desk)
    data_dir = tmp_path / "second"
    monkeypatch.setattr("sys.stdin", io.StringIO(first.password + "\n"))
    joined = json.loads(run_cli(
        capsys, "join", "--data-dir", str(data_dir), "--host", settings.host,
        "--port", str(settings.port), "--dbname", settings.dbname, "--user", settings.user,
        "--sslmode", "disable", "--password-stdin", "--staff-name", "Phạm Thu Hà", "--json"))
    assert joined["centre_id"] == first.desk.actor.centre_id
    assert (joined["parked"], joined["quarantined"]) == (0, 0)
    # The joined desk has the centre's manager, with no password on this desk yet: they
    # choose one (as the window asks at the next start) and sign in to search.
    joined_store = open_store(data_dir)
    manager = sign_in.managers_without_password(joined_store)[0]
    sign_in.choose_first_password(joined_store, manager.id, TEST_PASSWORD, TEST_PASSWORD)
    joined_store.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(TEST_PASSWORD + "\n"))
    found = json.loads(run_cli(capsys, "search", "--data-dir", str(data_dir), "khach",
                               "--json", "--staff", manager.full_name, "--password-stdin"))
    assert {c["id"] for c in found} == customers
    monkeypatch.setattr("sys.stdin", io.StringIO(TEST_PASSWORD + "\n"))
    status = json.loads(run_cli(capsys, "sync", "--data-dir", str(data_dir), "status",
                                "--json", *signed_in_args(manager.full_name)))
    assert status["configured"] and status["last_error"] == ""


def test_old_batch_records_are_pruned(make_desk: MakeDesk, head_office: HeadOffice,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from jpf_desk.services.head_office.sync import sync_now
    from tests.sync.helpers import add_customers, applied_batches

    a = make_desk("HN1")
    add_customers(a.desk, 3)
    sync_now(a.desk)
    recent = applied_batches(head_office)
    assert recent
    with head_office.admin() as conn:
        conn.execute("ALTER TABLE ho.applied_batches NO FORCE ROW LEVEL SECURITY")
        conn.execute("INSERT INTO ho.applied_batches (batch_id, centre_id, store_id, "
                     "row_count, result, applied_at) VALUES ('old', %s, 's', 1, '{}', "
                     "now() - interval '200 days')", (a.desk.actor.centre_id,))
        conn.execute("ALTER TABLE ho.applied_batches FORCE ROW LEVEL SECURITY")
    out = json.loads(run_cli(capsys, "head-office", "prune-batches", "--dsn",
                             head_office.admin_dsn, "--json"))
    assert out == {"pruned": 1}
    assert sorted(applied_batches(head_office)) == sorted(recent)
    with head_office.admin() as conn:  # the table is locked down again
        forced = conn.execute("SELECT relforcerowsecurity FROM pg_class "
                              "WHERE oid = 'ho.applied_batches'::regclass").fetchone()
    assert forced == (True,)
    add_customers(a.desk, 1)
    assert sync_now(a.desk).pushed > 0  # syncing goes on
