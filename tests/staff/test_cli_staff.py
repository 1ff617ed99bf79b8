"""`jpf-desk staff`: a manager adds staff and resets passwords from the command line; an
upgraded store's manager chooses the first password there too. Passwords come from
stdin (the signing-in one first, then the new one), never from an argument."""

from __future__ import annotations

import io

import pytest

from jpf_desk.cli import main
from jpf_desk.domain.staff import Role
from jpf_desk.services.staff import sign_in
from jpf_desk.store.engine import open_store
from jpf_desk.store.models import StaffCredential
from tests.helpers.staff import FIRST_MANAGER, TEST_PASSWORD, signed_in


def stdin(monkeypatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def test_a_manager_adds_a_receptionist_who_then_signs_in(desk, monkeypatch, capsys):
    data_dir = str(desk.store.path.parent)
    desk.store.close()
    stdin(monkeypatch, TEST_PASSWORD, "khoa-tam-2026")
    assert main(["staff", "add", "Đỗ Minh Khoa", "--role", "receptionist", "--data-dir",
                 data_dir, "--staff", FIRST_MANAGER, "--password-stdin"]) == 0
    new_id = capsys.readouterr().out.strip()
    store = open_store(desk.store.path.parent)
    try:
        signed = sign_in.sign_in(store, new_id, "khoa-tam-2026")
        assert sign_in.must_change_password(signed)
    finally:
        store.close()


@pytest.mark.parametrize(("role", "allowed"), [
    ("receptionist", False), ("consultant", False), ("manager", True)])
def test_only_a_manager_adds_or_resets(desk, monkeypatch, capsys, role, allowed):
    actor = signed_in(desk, "Người Thử", Role(role))
    assert actor is not None
    data_dir = str(desk.store.path.parent)
    desk.store.close()
    stdin(monkeypatch, TEST_PASSWORD, "mat-khau-moi-1")
    added = main(["staff", "add", "Hồ Văn Mới", "--data-dir", data_dir,
                  "--staff", "Người Thử", "--password-stdin"])
    stdin(monkeypatch, TEST_PASSWORD, "tam-thoi-2026")
    reset = main(["staff", "reset", FIRST_MANAGER, "--data-dir", data_dir,
                  "--staff", "Người Thử", "--password-stdin"])
    err = capsys.readouterr().err
    if allowed:
        assert (added, reset) == (0, 0)
        return
    assert (added, reset) == (2, 2)
    assert err.count("Chỉ quản lý mới được thêm nhân viên hoặc đặt lại mật khẩu.") == 2


def test_an_upgraded_store_gets_its_first_manager_password_from_the_cli(desk, monkeypatch,
                                                                        capsys):
    with desk.tx() as s:  # as after the upgrade: no staff member has a password yet
        s.query(StaffCredential).delete()
    data_dir = str(desk.store.path.parent)
    desk.store.close()
    stdin(monkeypatch, "")
    assert main(["search", "giang", "--data-dir", data_dir, "--staff", FIRST_MANAGER,
                 "--password-stdin"]) == 2
    assert "chưa có mật khẩu trên máy này" in capsys.readouterr().err
    stdin(monkeypatch, "trang-moi-2026")
    assert main(["staff", "first-password", "--data-dir", data_dir, "--staff", "le thu trang",
                 "--password-stdin"]) == 0
    stdin(monkeypatch, "trang-moi-2026")
    assert main(["search", "giang", "--data-dir", data_dir, "--staff", FIRST_MANAGER,
                 "--password-stdin"]) == 0
    stdin(monkeypatch, "another-pass-9")  # once a manager can sign in, no more
    assert main(["staff", "first-password", "--data-dir", data_dir, "--staff", FIRST_MANAGER,
                 "--password-stdin"]) == 2
