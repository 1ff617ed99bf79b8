"""The command line signs in: `--staff NAME` and the password from stdin (or a prompt);
each role against each command on personal data; files written are the person's alone."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from jpf_desk.cli import main
from jpf_desk.domain.staff import Role
from tests.helpers.staff import TEST_PASSWORD, password_on_stdin, signed_in
from tests.requests.builders import make_person

NAMES = {"receptionist": "Đỗ Minh Khoa", "consultant": "Trần Ngọc Lan", "manager": "Vũ Thanh Mai"}


@pytest.fixture
def prepared(desk):
    """A customer with a receipt, and one signed-in member of each role; the store is
    closed afterwards, as the commands take the desk's lock to write."""
    person = make_person(desk)
    for role, name in NAMES.items():
        signed_in(desk, name, Role(role))
    data_dir = str(desk.store.path.parent)
    desk.store.close()
    return person.id, data_dir


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_command_on_personal_data_needs_a_staff_member(prepared, capsys):
    customer_id, data_dir = prepared
    assert main(["requests", "access-report", customer_id, "--data-dir", data_dir]) == 2
    assert "--staff" in capsys.readouterr().err
    assert main(["search", "giang", "--data-dir", data_dir, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "--staff" in captured.err  # nothing about the customer


def test_a_wrong_password_is_refused_in_words(prepared, capsys, monkeypatch):
    customer_id, data_dir = prepared
    password_on_stdin(monkeypatch, "not-the-password")
    code = main(["search", "giang", "--data-dir", data_dir, "--json",
                 "--staff", NAMES["manager"], "--password-stdin"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "Tên nhân viên hoặc mật khẩu không đúng." in captured.err


def test_an_unknown_name_reads_the_same_refusal(prepared, capsys, monkeypatch):
    _, data_dir = prepared
    password_on_stdin(monkeypatch)
    code = main(["search", "giang", "--data-dir", data_dir, "--staff", "Không Có Ai",
                 "--password-stdin"])
    assert code == 2 and "Tên nhân viên hoặc mật khẩu không đúng." in capsys.readouterr().err


def _access_report(tmp_path, customer_id):
    return ["requests", "access-report", customer_id, "--pdf", str(tmp_path / "r.pdf")]


def _search(tmp_path, customer_id):
    return ["search", "giang", "--json"]


def _requests_list(tmp_path, customer_id):
    return ["requests", "list", "--json"]


def _receipt_export(tmp_path, customer_id):
    return ["receipts", "list", "--json", "--customer", customer_id]


def _dossier_report(tmp_path, customer_id):
    return ["dossiers", "report", customer_id, "--out", str(tmp_path / "who.pdf")]


def _dossier_board(tmp_path, customer_id):
    return ["dossiers", "board", "--json"]


def _marketing_list(tmp_path, customer_id):
    return ["lists", "marketing", "--csv", str(tmp_path / "r.pdf")]


def _analytics_export(tmp_path, customer_id):
    return ["lists", "analytics"]


def _handovers(tmp_path, customer_id):
    return ["handovers", "--json"]


def _retention(tmp_path, customer_id):
    return ["retention", "--json"]


def _transfer_filing(tmp_path, customer_id):
    return ["transfers", "--filed", "FR"]  # refused before "no transfer to FR" is said


# Written out: which roles each command lets through (the rest exit 2 with the reason).
CLI_EXPECTED = {
    "access_report": ({"manager"}, "Chỉ quản lý mới được lập báo cáo", _access_report),
    "search": ({"receptionist", "consultant", "manager"}, "", _search),
    "requests_list": ({"receptionist", "consultant", "manager"}, "", _requests_list),
    "receipts_list": ({"receptionist", "consultant", "manager"}, "", _receipt_export),
    "dossiers_report": ({"receptionist", "consultant", "manager"}, "", _dossier_report),
    "dossiers_board": ({"receptionist", "consultant", "manager"}, "", _dossier_board),
    "lists_marketing": ({"manager"}, "Chỉ quản lý mới được xuất danh sách", _marketing_list),
    "lists_analytics": ({"manager"}, "Chỉ quản lý mới được xuất danh sách", _analytics_export),
    "handovers": ({"receptionist", "consultant", "manager"}, "", _handovers),
    "retention": ({"manager"}, "Chỉ quản lý mới được xem dữ liệu quá thời hạn", _retention),
}


@pytest.mark.parametrize("role", ["receptionist", "consultant"])
def test_only_a_manager_records_a_transfer_filing(prepared, tmp_path, capsys, monkeypatch,
                                                   role):
    _, data_dir = prepared
    password_on_stdin(monkeypatch)
    code = main([*_transfer_filing(tmp_path, ""), "--data-dir", data_dir,
                 "--staff", NAMES[role], "--password-stdin"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "Chỉ quản lý mới được ghi nhận việc nộp hồ sơ" in captured.err
    password_on_stdin(monkeypatch)
    code = main([*_transfer_filing(tmp_path, ""), "--data-dir", data_dir,
                 "--staff", NAMES["manager"], "--password-stdin"])
    assert code == 2 and "chưa cần nộp hồ sơ" in capsys.readouterr().err  # past the check


@pytest.mark.parametrize("role", sorted(NAMES))
@pytest.mark.parametrize("command", sorted(CLI_EXPECTED))
def test_role_against_command(prepared, tmp_path, capsys, monkeypatch, role, command):
    customer_id, data_dir = prepared
    allowed, refusal, argv = CLI_EXPECTED[command]
    args = argv(tmp_path, customer_id)
    password_on_stdin(monkeypatch, TEST_PASSWORD)
    sign = ["--data-dir", data_dir, "--staff", NAMES[role], "--password-stdin"]
    # `dossiers` takes its options before its own subcommand
    argv_all = [args[0], *sign, *args[1:]] if args[0] == "dossiers" else [*args, *sign]
    code = main(argv_all)
    captured = capsys.readouterr()
    if role in allowed:
        assert code == 0, captured.err
        return
    assert code == 2 and refusal in captured.err
    assert captured.out == "" and not (tmp_path / "r.pdf").exists()


def test_files_the_command_writes_are_readable_by_their_owner_only(prepared, tmp_path,
                                                                   monkeypatch, capsys):
    customer_id, data_dir = prepared
    as_manager = ["--staff", NAMES["manager"], "--password-stdin"]
    password_on_stdin(monkeypatch)
    assert main(["requests", "access-report", customer_id, "--data-dir", data_dir,
                 *as_manager, "--pdf", str(tmp_path / "r.pdf"),
                 "--json", str(tmp_path / "r.json")]) == 0
    password_on_stdin(monkeypatch)
    assert main(["dossiers", "--data-dir", data_dir, *as_manager, "report", customer_id,
                 "--out", str(tmp_path / "who.pdf")]) == 0
    password_on_stdin(monkeypatch)
    assert main(["receipts", "list", "--data-dir", data_dir, *as_manager, "--json",
                 "--customer", customer_id]) == 0
    import json

    listed = capsys.readouterr().out.strip().splitlines()
    receipt_id = json.loads("\n".join(listed[listed.index("["):]))[0]["id"]
    password_on_stdin(monkeypatch)
    assert main(["receipts", "export", receipt_id, "--data-dir", data_dir, *as_manager,
                 "--pdf", str(tmp_path / "rc.pdf"), "--json", str(tmp_path / "rc.json")]) == 0
    for name in ("r.pdf", "r.json", "who.pdf", "rc.pdf", "rc.json"):
        assert mode(tmp_path / name) == 0o600, name


def test_lists_the_command_line_prints_are_recorded(prepared, monkeypatch, capsys):
    from jpf_desk.services.access_log.views import list_access_events
    from jpf_desk.store.engine import open_store
    from tests.helpers.staff import sign_in_as

    customer_id, data_dir = prepared
    as_clerk = ["--staff", NAMES["receptionist"], "--password-stdin"]
    for argv in (["search", "giang"], ["search", "giang", "--json"],
                 ["requests", "list"], ["receipts", "list", "--customer", customer_id]):
        password_on_stdin(monkeypatch)
        assert main([*argv, "--data-dir", data_dir, *as_clerk]) == 0
    for argv in (["board"], ["disclosures", customer_id]):
        password_on_stdin(monkeypatch)
        assert main(["dossiers", "--data-dir", data_dir, *as_clerk, *argv]) == 0
    password_on_stdin(monkeypatch)
    assert main(["handovers", "--data-dir", data_dir, *as_clerk]) == 0
    as_manager = ["--staff", NAMES["manager"], "--password-stdin"]
    for argv in (["retention", "--json"], ["lists", "marketing"], ["lists", "analytics"]):
        password_on_stdin(monkeypatch)
        assert main([*argv, "--data-dir", data_dir, *as_manager]) == 0
    capsys.readouterr()
    store = open_store(Path(data_dir))
    try:
        manager = sign_in_as(store, NAMES["manager"])
        seen = [(e.staff_name, e.kind, e.customer_id, e.detail)
                for e in reversed(list_access_events(manager))]
    finally:
        store.close()
    clerk = NAMES["receptionist"]
    assert seen == [
        (clerk, "list_exported", None, "search:text"),
        (clerk, "list_exported", None, "search:json"),
        (clerk, "list_exported", None, "requests:text"),
        (clerk, "list_exported", customer_id, "receipts:text"),
        (clerk, "list_exported", None, "dossier_board:text"),
        (clerk, "list_exported", customer_id, "disclosures:json"),
        (clerk, "list_exported", None, "handovers:text"),
        (NAMES["manager"], "list_exported", None, "retention:json"),
        (NAMES["manager"], "list_exported", None, "lists:marketing:text"),
        (NAMES["manager"], "list_exported", None, "lists:analytics:text"),
    ]
