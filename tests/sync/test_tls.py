"""TLS to head office: verify-full by default, weak modes to another machine only when
asked for explicitly (and then shown in red), TLS failures named as such."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jpf_desk.cli import main
from jpf_desk.domain.errors import ValidationError
from jpf_desk.services import setup
from jpf_desk.services.head_office.sync import (
    check_connection,
    connect_head_office,
    connection_settings,
    sync_now,
    sync_status,
)
from jpf_desk.store.engine import open_store
from jpf_desk.sync.connection import ConnectionSettings, save_settings
from jpf_desk.sync.errors import SyncFailed
from jpf_desk.ui.sync.view import SyncView
from tests.helpers.line_proxy import LineProxy
from tests.helpers.staff import TEST_PASSWORD, password_on_stdin, signed_in_args
from tests.sync.conftest import HeadOffice, MakeDesk


def test_default_mode_is_verify_full() -> None:
    assert ConnectionSettings().sslmode == "verify-full"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_weak_modes_to_another_machine_need_insecure(mode: str) -> None:
    remote = ConnectionSettings(host="ho.example.org", user="jpf_centre_x", sslmode=mode)
    with pytest.raises(ValidationError) as caught:
        check_connection(remote, "secret")
    assert (caught.value.code, caught.value.field) == ("sync.insecure_tls", "sslmode")
    check_connection(replace(remote, insecure=True), "secret")
    for local in ("/var/run/postgresql", "localhost", "127.0.0.1"):
        check_connection(replace(remote, host=local), "secret")
    for strong in ("require", "verify-ca", "verify-full"):
        check_connection(replace(remote, sslmode=strong), "secret")


def test_the_command_line_refuses_then_takes_insecure_and_status_shows_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "desk"
    store = open_store(data_dir)
    setup.initialise(store, "DN1", "JPF Đà Nẵng", "Võ Thị Thử", password=TEST_PASSWORD)
    store.close()
    signing_in = signed_in_args("Võ Thị Thử")
    args = ["sync", "--data-dir", str(data_dir), "connect", "--host", "ho.example.org",
            "--user", "jpf_centre_x", "--sslmode", "prefer", *signing_in]
    staff_then_head_office = f"{TEST_PASSWORD}\nsecret\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(staff_then_head_office))
    assert main(["--lang", "en", *args]) != 0
    assert "unencrypted" in capsys.readouterr().err
    status = ["sync", "--data-dir", str(data_dir), "status", "--json", *signing_in]
    password_on_stdin(monkeypatch)
    assert main(status) == 0
    assert json.loads(capsys.readouterr().out)["configured"] is False
    monkeypatch.setattr("sys.stdin", io.StringIO(staff_then_head_office))
    assert main([*args, "--insecure"]) == 0
    capsys.readouterr()
    password_on_stdin(monkeypatch)
    assert main(status) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["sslmode"], shown["insecure"]) == ("prefer", True)


def test_weak_settings_kept_from_before_are_refused_at_sync(make_desk: MakeDesk) -> None:
    a = make_desk("HN1")
    settings = replace(connection_settings(a.desk), host="ho.invalid", sslmode="prefer")
    with a.desk.tx() as s:
        save_settings(s, settings)
    with pytest.raises(SyncFailed) as caught:
        sync_now(a.desk)
    assert caught.value.code == "sync.insecure_tls"


def test_a_tls_failure_is_reported_as_tls_not_network(make_desk: MakeDesk,
                                                      head_office: HeadOffice) -> None:
    a = make_desk("HN1")
    proxy = LineProxy(head_office.server.socket_path)  # TCP, and no TLS behind it
    try:
        settings = connection_settings(a.desk)
        connect_head_office(a.desk, replace(settings, host="127.0.0.1", port=proxy.port,
                                            sslmode="require"), a.password)
        with pytest.raises(SyncFailed) as caught:
            sync_now(a.desk)
        assert caught.value.code == "sync.tls"
        assert sync_status(a.desk).last_error == "sync.tls"
    finally:
        proxy.close()


def test_the_sync_section_says_insecure_in_red(qtbot: QtBot, make_desk: MakeDesk) -> None:
    a = make_desk("HN1")
    settings = connection_settings(a.desk)
    view = SyncView(a.desk)
    qtbot.addWidget(view)
    # a socket: no network; the mode in words, not PostgreSQL's code
    assert view.ui.connectionLabel.text().endswith("không mã hóa (không an toàn)")
    assert "--insecure" not in view.ui.connectionLabel.text()
    assert "b00020" not in view.ui.connectionLabel.styleSheet()
    connect_head_office(a.desk, replace(settings, host="ho.example.org", sslmode="disable",
                                        insecure=True), a.password)
    view.refresh()
    assert "--insecure" in view.ui.connectionLabel.text()
    assert "b00020" in view.ui.connectionLabel.styleSheet()
