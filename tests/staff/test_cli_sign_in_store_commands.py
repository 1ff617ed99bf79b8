"""The commands that once ran with nobody signed in: `sync` (run, status, connect),
`verify`, `receipts paper-form`, `restore` and `recover`. Each is refused without
`--staff` and with a wrong password (exit 2, the reason in the user's language, nothing
about a customer), refused for a role the permission table leaves out, and works once
signed in. `restore` and `recover` on a store that cannot be opened take their own
secret instead (README, "Who signs in for what"), and `demo` never adds to a real store.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import keyring
import pytest

from jpf_desk.cli import main
from jpf_desk.domain.staff import Role
from jpf_desk.services import backups, recovery
from jpf_desk.store.engine import open_store
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.staff import (
    FIRST_MANAGER,
    TEST_PASSWORD,
    sign_in_as,
    signed_in,
)
from tests.requests.builders import NAME, make_person

CLERK, CONSULTANT = "Đỗ Minh Khoa", "Trần Ngọc Lan"

# Written out: the refusals as the person reads them, in each language.
STAFF_REQUIRED = {
    "vi": "Lệnh này đụng đến dữ liệu khách hàng: hãy đăng nhập bằng --staff",
    "fr": "Cette commande touche aux données des clients : identifiez-vous avec --staff",
    "en": "This command touches customers' data: sign in with --staff",
}
WRONG_PASSWORD = {
    "vi": "Tên nhân viên hoặc mật khẩu không đúng.",
    "fr": "Nom ou mot de passe incorrect.",
    "en": "Wrong staff name or password.",
}
NOT_A_MANAGER_CONNECT = {
    "vi": "Chỉ quản lý mới được đặt máy chủ trụ sở chính.",
    "fr": "Seul un responsable peut définir le serveur du siège.",
    "en": "Only a manager can set the head-office server.",
}
NOT_A_MANAGER_VERIFY = {
    "vi": "Chỉ quản lý mới được kiểm tra bằng chứng đồng ý và nhật ký truy cập.",
    "fr": "Seul un responsable peut vérifier les preuves de consentement et le journal des "
          "accès.",
    "en": "Only a manager can check the consent proof and the access log.",
}
NOT_A_MANAGER_STORE = {
    "vi": "Chỉ quản lý mới được sao lưu, khôi phục kho dữ liệu hoặc in phiếu khôi phục.",
    "fr": "Seul un responsable peut sauvegarder ou restaurer le dépôt, ou imprimer la fiche "
          "de secours.",
    "en": "Only a manager can back up or restore the store, or print the recovery sheet.",
}


@pytest.fixture
def prepared(desk, tmp_path):
    """A customer with a receipt, a receptionist and a consultant, a backup of it all
    and the store's recovery words; the store closed (the commands take its lock)."""
    make_person(desk)
    signed_in(desk, CLERK, Role.RECEPTIONIST)
    signed_in(desk, CONSULTANT, Role.CONSULTANT)
    archive = tmp_path / "sao-luu.jpfbak"
    backups.make_backup(desk.store, archive)
    words = " ".join(recovery.kit_for(desk.store).words)
    data_dir = desk.store.path.parent
    desk.store.close()
    return data_dir, archive, words


def commands(data_dir: Path, archive: Path, out: Path) -> dict[str, list[str]]:
    d = ["--data-dir", str(data_dir)]
    return {
        "sync": ["sync", *d, "--json"],
        "sync status": ["sync", *d, "status", "--json"],
        "sync connect": ["sync", *d, "connect", "--host", "ho.example.org", "--user",
                         "jpf_centre_x", "--sslmode", "require"],
        "verify": ["verify", *d, "--offline"],
        "paper-form": ["receipts", "paper-form", *d, "--pdf", str(out)],
        "restore": ["restore", str(archive), *d],
        "recover": ["recover", *d],
        "sync conflicts resolve": ["sync", *d, "conflicts", "resolve", "no-such-conflict",
                                   "--keep", "local"],
    }


COMMANDS = ["sync", "sync status", "sync connect", "verify", "paper-form", "restore",
            "recover", "sync conflicts resolve"]
NOT_A_MANAGER_CONFLICT = {
    "vi": "Chỉ quản lý mới được chọn giá trị giữ lại khi đồng bộ bị xung đột.",
    "fr": "Seul un responsable peut choisir la valeur gardée lors d'un conflit.",
    "en": "Only a manager can choose the value kept in a sync conflict.",
}


def signing_in(argv: list[str], who: str) -> list[str]:
    """The sign-in options where the command takes them (`conflicts` before its action)."""
    options = ["--staff", who, "--password-stdin"]
    if "conflicts" in argv:
        at = argv.index("conflicts") + 1
        return [*argv[:at], *options, *argv[at:]]
    return [*argv, *options]


def run(capsys, argv: list[str], stdin: str) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def store_files(data_dir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file() and p.name != ".lock"}


@pytest.mark.parametrize("lang", ["vi", "fr", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_refused_without_signing_in(prepared, tmp_path, capsys, memory_keyring, lang,
                                    command):
    data_dir, archive, words = prepared
    before = store_files(data_dir)
    argv = commands(data_dir, archive, tmp_path / "form.pdf")[command]
    code, out, err = run(capsys, ["--lang", lang, *argv], f"{words}\nsecret\n")
    assert code == 2, err
    assert STAFF_REQUIRED[lang] in err
    assert out == "" and NAME.split()[0] not in err
    assert not (tmp_path / "form.pdf").exists()
    assert store_files(data_dir) == before  # nothing replaced, nothing connected


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_refused_with_a_wrong_password(prepared, tmp_path, capsys, memory_keyring, lang,
                                       command):
    data_dir, archive, words = prepared
    argv = commands(data_dir, archive, tmp_path / "form.pdf")[command]
    code, out, err = run(capsys, ["--lang", lang, *signing_in(argv, FIRST_MANAGER)],
                         f"not-the-password\n{words}\n")
    assert code == 2, err
    assert WRONG_PASSWORD[lang] in err
    assert out == "" and NAME.split()[0] not in err
    assert not (tmp_path / "form.pdf").exists()
    assert not (data_dir / "backups").exists() or not list(
        (data_dir / "backups").glob("replaced-*"))
    status = open_store(data_dir)
    try:  # the connection was not saved by the refused `sync connect`
        from jpf_desk.services.head_office.sync import sync_status

        assert sync_status(sign_in_as(status, FIRST_MANAGER)).configured is False
    finally:
        status.close()


# Written out: which roles each of these commands lets through.
MANAGERS_ONLY = {"verify": NOT_A_MANAGER_VERIFY, "restore": NOT_A_MANAGER_STORE,
                 "recover": NOT_A_MANAGER_STORE,
                 "sync conflicts resolve": NOT_A_MANAGER_CONFLICT,
                 "sync connect": NOT_A_MANAGER_CONNECT}


@pytest.mark.parametrize("lang", ["vi", "fr", "en"])
@pytest.mark.parametrize("who", [CLERK, CONSULTANT])
@pytest.mark.parametrize("command", sorted(MANAGERS_ONLY))
def test_refused_for_a_role_without_the_permission(prepared, tmp_path, capsys, lang, who,
                                                   command):
    data_dir, archive, words = prepared
    argv = commands(data_dir, archive, tmp_path / "form.pdf")[command]
    code, out, err = run(capsys, ["--lang", lang, *signing_in(argv, who)],
                         f"{TEST_PASSWORD}\n{words}\n")
    assert code == 2, err
    assert MANAGERS_ONLY[command][lang] in err
    assert out == "" and NAME.split()[0] not in err
    assert not (data_dir / "backups").exists() or not list(
        (data_dir / "backups").glob("replaced-*"))  # nothing was replaced


def test_a_receptionist_syncs_and_prints_the_blank_form_a_manager_connects(
        prepared, tmp_path, capsys, memory_keyring):
    """Every role has the Sync section and the blank form in the window: past the sign-in
    here too (the sync itself then says this desk is not connected yet). Where the rows
    go is a manager's choice (a receptionist's `sync connect` is refused above)."""
    data_dir, archive, _ = prepared
    listed = commands(data_dir, archive, tmp_path / "form.pdf")
    as_clerk = ["--staff", CLERK, "--password-stdin"]
    code, out, err = run(capsys, [*listed["sync status"], *as_clerk], f"{TEST_PASSWORD}\n")
    assert code == 0, err
    assert json.loads(out)["configured"] is False
    code, out, err = run(capsys, [*listed["sync"], *as_clerk], f"{TEST_PASSWORD}\n")
    assert code == 2 and "Máy này chưa được kết nối với văn phòng trung tâm" in err
    code, out, err = run(capsys, signing_in(listed["sync connect"], FIRST_MANAGER),
                         f"{TEST_PASSWORD}\nmat-khau-tru-so\n")  # staff, then head office
    assert code == 0, err
    code, out, err = run(capsys, [*listed["sync status"], *as_clerk], f"{TEST_PASSWORD}\n")
    assert (json.loads(out)["configured"], json.loads(out)["host"]) == (True, "ho.example.org")
    assert "mat-khau-tru-so" in memory_keyring.values.values()
    code, out, err = run(capsys, [*listed["paper-form"], *as_clerk], f"{TEST_PASSWORD}\n")
    assert code == 0, err
    assert (tmp_path / "form.pdf").read_bytes().startswith(b"%PDF")


def test_a_manager_verifies_and_settles_conflicts(prepared, tmp_path, capsys):
    data_dir, archive, _ = prepared
    listed = commands(data_dir, archive, tmp_path / "f.pdf")
    code, out, err = run(capsys, signing_in(listed["verify"], FIRST_MANAGER),
                         f"{TEST_PASSWORD}\n")
    assert code == 0, err
    assert out.startswith("ĐÚNG: đã kiểm tra 1 biên nhận")
    code, out, err = run(capsys, signing_in(listed["sync conflicts resolve"], FIRST_MANAGER),
                         f"{TEST_PASSWORD}\n")
    assert code == 2 and "Xung đột này đã được xử lý." in err  # past the check: no such id


def test_the_password_line_comes_before_the_words_of_restore(prepared, capsys, tmp_path):
    """A manager of the store restores over it, the words following the password."""
    data_dir, archive, words = prepared
    code, _, err = run(capsys, ["restore", str(archive), "--data-dir", str(data_dir),
                                "--recovery-words", "--staff", FIRST_MANAGER,
                                "--password-stdin"], f"{TEST_PASSWORD}\n{words}\n")
    assert code == 0, err
    assert len(list((data_dir / "backups").glob("replaced-*"))) == 1


def test_a_store_that_cannot_be_opened_takes_the_recovery_words_instead(prepared, capsys):
    """Its key is not on this PC (a new keyring): nobody can sign in to it, and the words
    (the key itself) are the credential for `recover`, then `restore`."""
    data_dir, archive, words = prepared
    keyring.set_keyring(MemoryKeyring())
    code, _, err = run(capsys, ["recover", "--data-dir", str(data_dir)], words)
    assert code == 0, err
    keyring.set_keyring(MemoryKeyring())  # lost again: restore with the words
    code, _, err = run(capsys, ["restore", str(archive), "--data-dir", str(data_dir),
                                "--recovery-words"], words)
    assert code == 0, err
    # --password-stdin given anyway: its line is read and set aside, the words stay whole
    keyring.set_keyring(MemoryKeyring())
    code, _, err = run(capsys, ["recover", "--data-dir", str(data_dir), "--staff",
                                FIRST_MANAGER, "--password-stdin"], f"{TEST_PASSWORD}\n{words}")
    assert code == 0, err
    store = open_store(data_dir)
    try:
        sign_in_as(store, FIRST_MANAGER)  # the store is whole, and signing in works again
    finally:
        store.close()


def test_demo_never_adds_invented_people_to_a_real_store(prepared, capsys):
    """`demo` needs no sign-in: on a store it did not make, its own manager's published
    password is refused and nothing is added."""
    from sqlalchemy import func, select

    from jpf_desk.store.models import Customer

    data_dir, _, _ = prepared
    code, _, err = run(capsys, ["demo", "--data-dir", str(data_dir), "--customers", "5"], "")
    assert code == 2 and WRONG_PASSWORD["vi"] in err
    store = open_store(data_dir)
    try:
        with store.session(None, None) as s:
            assert s.scalar(select(func.count()).select_from(Customer)) == 1  # the one made
    finally:
        store.close()
