"""Malformed input on the command line gets a sentence in the user's language, never
"unexpected error" (issue 13's list), checked one by one and then by hypothesis over
every command with arbitrary arguments and data folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpf_desk.cli import main
from jpf_desk.services.demo.build import DEMO_PASSWORD
from jpf_desk.store.engine import STORE_FILE
from tests.helpers.staff import TEST_PASSWORD, password_on_stdin, signed_in_args

UNEXPECTED = "lỗi không mong muốn"


def run(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's own refusals (usage shown)
        code = int(exit_.code or 0)
    return code, capsys.readouterr().err


def said(code: int, err: str, words: str) -> None:
    assert UNEXPECTED not in err
    assert code not in (0, 1), err
    assert words in err, err


@pytest.fixture
def data_dir(store) -> Path:
    folder = store.path.parent
    store.close()
    return folder


@pytest.mark.parametrize("damage", ["truncated", "random", "text"])
def test_damaged_store_file(capsys, data_dir, damage):
    raw = (data_dir / STORE_FILE).read_bytes()
    body = {"truncated": raw[:3000], "random": os.urandom(len(raw)),
            "text": "họ tên,điện thoại\n".encode() * 100}[damage]
    (data_dir / STORE_FILE).write_bytes(body)
    Path(str(data_dir / STORE_FILE) + "-wal").unlink(missing_ok=True)
    said(*run(capsys, "search", "--data-dir", str(data_dir), "anh"), "jpf-desk restore")


def test_data_folder_that_is_a_file(capsys, tmp_path):
    (tmp_path / "d").write_text("x")
    said(*run(capsys, "search", "--data-dir", str(tmp_path / "d"), "anh"),
         "Không dùng được thư mục dữ liệu")


def test_lock_that_is_a_folder(capsys, data_dir, tmp_path):
    (data_dir / ".lock").unlink(missing_ok=True)
    (data_dir / ".lock").mkdir()
    said(*run(capsys, "backup", "--data-dir", str(data_dir), "--daily-folder", str(tmp_path)),
         ".lock")


def test_read_only_data_folder(capsys, data_dir, tmp_path):
    """As root, permissions do not stop a write: use a read-only mount there."""
    ro = tmp_path / "ro"
    ro.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(ro)],
                          capture_output=True, check=False).returncode != 0:
            pytest.skip("cannot mount a tmpfs here")
        try:
            shutil.copytree(data_dir, ro / "d")
            subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
            said(*run(capsys, "backup", "--data-dir", str(ro / "d"), "--daily-folder",
                      str(tmp_path)), "không có quyền ghi")
        finally:
            subprocess.run(["umount", str(ro)], check=False)
    else:
        shutil.copytree(data_dir, ro / "d")
        os.chmod(ro / "d", 0o500)
        try:
            said(*run(capsys, "backup", "--data-dir", str(ro / "d"), "--daily-folder",
                      str(tmp_path)), "không có quyền ghi")
        finally:
            os.chmod(ro / "d", 0o700)


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_output_path(capsys, data_dir, tmp_path, where):
    target = tmp_path / "nope" / "x.pdf" if where == "missing-folder" else tmp_path
    code, err = run(capsys, "receipts", "paper-form", "--data-dir", str(data_dir),
                    "--pdf", str(target))
    said(code, err, str(target))


def test_unknown_customer_for_reports(capsys, data_dir, tmp_path, monkeypatch):
    password_on_stdin(monkeypatch)
    said(*run(capsys, "requests", "access-report", "no-such-id", "--data-dir", str(data_dir),
              *signed_in_args(), "--pdf", str(tmp_path / "r.pdf")), "Không tìm thấy khách hàng")
    password_on_stdin(monkeypatch)
    said(*run(capsys, "dossiers", "--data-dir", str(data_dir), *signed_in_args(), "report",
              "no-such-id", "--out", str(tmp_path / "r.pdf")), "Không tìm thấy khách hàng")
    password_on_stdin(monkeypatch)
    said(*run(capsys, "dossiers", "--data-dir", str(data_dir), *signed_in_args(),
              "disclosures", "no-such-id"), "Không tìm thấy khách hàng")


@pytest.mark.parametrize("change", ["changed", "missing"])
def test_changed_or_missing_policy_file(capsys, data_dir, monkeypatch, tmp_path, change):
    from jpf_desk.services.consent import policy

    copy = tmp_path / "policy"
    shutil.copytree(policy.policy_root(), copy)
    texts = [p for p in copy.rglob("*") if p.is_file() and p.suffix != ".json"]
    for text in texts:
        if change == "changed":
            text.write_bytes(text.read_bytes() + b" ")
        else:
            text.unlink()
    monkeypatch.setattr(policy, "policy_root", lambda: copy)
    policy.all_policies.cache_clear()
    password_on_stdin(monkeypatch)
    try:
        said(*run(capsys, "receipts", "paper-form", "--data-dir", str(data_dir), "--pdf",
                  str(tmp_path / "f.pdf"), *signed_in_args()), "cài lại chương trình")
    finally:
        policy.all_policies.cache_clear()


def test_head_office_bad_sslmode_and_unreachable(capsys):
    said(*run(capsys, "head-office", "init", "--dsn", "host=localhost dbname=x sslmode=bogus",
              "--centre", "c"), "sslmode")
    said(*run(capsys, "head-office", "init", "--dsn", "host=/nonexistent dbname=x user=y",
              "--centre", "c"), "văn phòng trung tâm")


@pytest.mark.postgres
def test_head_office_missing_database_and_wrong_password(capsys, pg_server):
    said(*run(capsys, "head-office", "init", "--dsn", pg_server.dsn("no_such_db"),
              "--centre", "c"), "dbname")
    said(*run(capsys, "head-office", "init", "--dsn", pg_server.dsn(password="wrong"),
              "--centre", "c"), "mật khẩu")


def test_sync_connect_without_keyring(capsys, data_dir, monkeypatch):
    import io

    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{TEST_PASSWORD}\nsecret\n"))  # staff, HO
    # the store's own key is already known to this process; only the keyring write fails
    from jpf_desk.store.engine import open_store

    open_store(data_dir).close()
    keys_before = dict(keyring.get_keyring().values)
    keyring.set_keyring(FailKeyring())
    from tests.helpers.memory_keyring import MemoryKeyring

    class StoreKeyOnly(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            from keyring.errors import KeyringLocked

            raise KeyringLocked("locked")

    locked = StoreKeyOnly()
    locked.values.update(keys_before)
    keyring.set_keyring(locked)
    said(*run(capsys, "--data-dir", str(data_dir), "sync", "connect", "--host", "h",
              "--dbname", "d", "--user", "u", "--sslmode", "require", *signed_in_args()),
         "keyring")


def test_newer_schema_names_no_placeholder(capsys, data_dir, store):
    from jpf_desk.store.engine import connect

    conn = connect(data_dir / STORE_FILE, store.key)
    conn.execute("UPDATE alembic_version SET version_num='0099_future' "
                 "WHERE rowid = (SELECT min(rowid) FROM alembic_version)")
    conn.commit()
    conn.close()
    code, err = run(capsys, "search", "--data-dir", str(data_dir), "anh")
    said(code, err, "phiên bản JPF Desk mới hơn")
    assert "{" not in err


def test_demo_with_a_negative_count(capsys, tmp_path):
    said(*run(capsys, "demo", "--data-dir", str(tmp_path / "d"), "--customers", "-5"),
         "từ 1 đến 1.000.000")
    assert not (tmp_path / "d").exists()


def test_mistyped_data_dir_makes_nothing_and_keeps_folder_modes(capsys, tmp_path):
    unrelated = tmp_path / "photos"
    unrelated.mkdir(mode=0o755)
    os.chmod(unrelated, 0o755)
    said(*run(capsys, "search", "--data-dir", str(unrelated), "anh"), "Không có kho dữ liệu")
    said(*run(capsys, "verify", "--data-dir", str(tmp_path / "typo")), "Không có kho dữ liệu")
    assert unrelated.stat().st_mode & 0o777 == 0o755
    assert list(unrelated.iterdir()) == []
    assert not (tmp_path / "typo").exists()


def test_broken_pipe(tmp_path):
    """`jpf-desk search … --json | head -1` on a demo store: no error message."""
    env = dict(os.environ, JPF_DESK_LOG_DIR=str(tmp_path))
    data = tmp_path / "demo"
    subprocess.run([sys.executable, "-m", "jpf_desk", "demo", "--data-dir", str(data),
                    "--customers", "300"], env=env, check=True, capture_output=True, timeout=300)
    search = subprocess.Popen([sys.executable, "-m", "jpf_desk", "search", "--data-dir",
                               str(data), "a", "--json", "--staff", "Đào Thu Hà",
                               "--password-stdin"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, stdin=subprocess.PIPE)
    assert search.stdout is not None and search.stdin is not None and search.stderr is not None
    search.stdin.write(f"{DEMO_PASSWORD}\n".encode())
    search.stdin.close()
    search.stdout.readline()
    search.stdout.close()  # what `head -1` does
    search.wait(timeout=120)
    err = search.stderr.read()
    assert UNEXPECTED not in err.decode() and "Traceback" not in err.decode()
    assert search.returncode in (0, 141)


# -- hypothesis: every command, arbitrary arguments, good and bad data folders --------
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=30)
IDS = st.one_of(TEXT, st.uuids().map(str))


def commands(folder: str, out: str) -> st.SearchStrategy[list[str]]:
    d = ["--data-dir", folder]
    return st.one_of(
        st.tuples(TEXT).map(lambda t: ["search", *d, t[0]]),
        st.tuples(TEXT).map(lambda t: ["search", *d, t[0], "--json"]),
        st.tuples(IDS).map(lambda t: ["dossiers", *d, "report", t[0], "--out", out]),
        st.tuples(IDS).map(lambda t: ["dossiers", *d, "disclosures", t[0]]),
        st.tuples(IDS).map(lambda t: ["requests", "access-report", t[0], *d, "--json", out]),
        st.tuples(IDS).map(lambda t: ["receipts", "export", t[0], *d]),
        st.just(["receipts", "paper-form", *d, "--pdf", out]),
        st.just(["receipts", "list", *d, "--json"]),
        st.just(["requests", "list", *d, "--json"]),
        st.just(["verify", *d]),
        st.just(["sync", *d, "status"]),
        st.just(["recovery-sheet", *d, "--pdf", out]),
        st.just(["backup", *d, "--to", out]),
        st.tuples(TEXT).map(lambda t: ["restore", t[0] or "x", *d]),
        st.integers(-10**7, 0).map(lambda n: ["demo", *d, "--customers", str(n)]),
    )


FOLDERS = ["good", "missing", "file", "damaged", "lock-folder", "no-key-note"]
OUTS = ["ok.out", "missing/x.out", ".", "weird ? name.out"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_command_says_something_clear(capsys, tmp_path, template_store, data):
    from tests.helpers.stores import copy_store

    kind = data.draw(st.sampled_from(FOLDERS))
    base = Path(tempfile.mkdtemp(dir=tmp_path))  # one fresh folder per example
    folder = base / "d"
    if kind in ("good", "damaged", "lock-folder", "no-key-note"):
        copy_store(template_store, folder)
    if kind == "file":
        folder.write_text("not a folder")
    if kind == "damaged":
        (folder / STORE_FILE).write_bytes(os.urandom(8192))
    if kind == "lock-folder":
        (folder / ".lock").mkdir()
    if kind == "no-key-note":
        (folder / "jpf-desk.key.json").unlink()
    out = str(base / data.draw(st.sampled_from(OUTS)))
    argv = data.draw(commands(str(folder), out))
    try:
        code, err = run(capsys, *argv)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    assert UNEXPECTED not in err, (argv, err)
    assert code in (0, 2, 3, 141) or (code == 1 and argv[0] == "verify"), (argv, code, err)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.text(max_size=300), blob=st.binary(max_size=2000))
def test_any_recovery_words_or_backup_file_is_refused_plainly(capsys, data_dir, monkeypatch,
                                                              tmp_path, words, blob):
    """Typed words that are not the sheet's, or a file that is not a backup: a sentence,
    and the store stays as it was. The store opens, so its manager signs in first (the
    password's line, then the words)."""
    import io

    before = (data_dir / STORE_FILE).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{TEST_PASSWORD}\n{words}"))
    code, err = run(capsys, "recover", "--data-dir", str(data_dir), *signed_in_args())
    assert UNEXPECTED not in err and code == 2 and "24 từ" in err, (words, err)
    fake = tmp_path / "fake.jpfbak"
    fake.write_bytes(blob)
    password_on_stdin(monkeypatch)
    code, err = run(capsys, "restore", str(fake), "--data-dir", str(data_dir),
                    *signed_in_args())
    assert UNEXPECTED not in err and code == 2 and "không có gì bị thay thế" in err, err
    assert (data_dir / STORE_FILE).read_bytes() == before
