"""A store from before passwords (every head but 0008, staff with data): nobody can sign in
with nothing; at the next start a manager chooses the desk's first password."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpf_desk.domain.errors import NotAllowed, ValidationError
from jpf_desk.services import setup
from jpf_desk.services.staff import sign_in
from jpf_desk.store import migrate
from jpf_desk.store.engine import STORE_FILE, open_store
from tests.helpers.staff import TEST_PASSWORD
from tests.helpers.stores import key_of, open_raw

STAMP = "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1"


def _previous_version_store(folder: Path) -> Path:
    """A store as the version before passwords left it: no 0008 tables, its staff rows
    (a manager and a receptionist) and settings, as an older program wrote them."""
    open_store(folder).close()  # every head, then 0008 taken back out as before it
    conn = open_raw(folder / STORE_FILE)
    with conn:
        for action in ("update", "delete"):
            conn.execute(f"DROP TRIGGER access_events_no_{action}")
        conn.execute("DROP TABLE access_events")
        conn.execute("DROP TABLE staff_credentials")
        conn.execute("DELETE FROM alembic_version WHERE version_num = '0008_staff_auth'")
        conn.execute("INSERT INTO centres (id, centre_id, created_at, updated_at, revision, code,"
                     f" name, address, phone) VALUES ('k1', 'k1', {STAMP}, 'HN1', 'JPF Hà Nội',"
                     " '', '')")
        for sid, name, role in (("m1", "Lê Thu Trang", "manager"),
                                ("r1", "Đỗ Minh Khoa", "receptionist")):
            conn.execute("INSERT INTO staff (id, centre_id, created_at, updated_at, revision, "
                         f"full_name, role, active) VALUES ('{sid}', 'k1', {STAMP}, '{name}',"
                         f" '{role}', 1)")
        for key, value in (("store_id", "d1"), ("centre_id", "k1"), ("staff_id", "r1")):
            conn.execute("INSERT INTO store_settings (key, value) VALUES (?, ?)", (key, value))
    conn.close()
    assert "0008_staff_auth" not in migrate.current_revisions(folder / STORE_FILE,
                                                              key_of(folder / STORE_FILE))
    return folder


def test_an_upgraded_store_makes_a_manager_choose_a_password(tmp_path):
    store = open_store(_previous_version_store(tmp_path / "old"))  # upgrades to every head
    try:
        assert migrate.current_revisions(store.path, store.key) == migrate.head_revisions()
        assert setup.is_set_up(store)
        for who in ("m1", "r1"):  # nobody signs in with nothing, whoever was last at the desk
            for typed in ("", TEST_PASSWORD):
                with pytest.raises(NotAllowed) as err:
                    sign_in.sign_in(store, who, typed)
                assert err.value.code == "sign_in.no_password"
        waiting = sign_in.managers_without_password(store)
        assert [(m.id, m.full_name) for m in waiting] == [("m1", "Lê Thu Trang")]
        with pytest.raises(NotAllowed):  # a receptionist cannot take the manager's place
            sign_in.choose_first_password(store, "r1", TEST_PASSWORD, TEST_PASSWORD)
        with pytest.raises(ValidationError) as weak:
            sign_in.choose_first_password(store, "m1", "1234", "1234")
        assert weak.value.field == "password"
        desk = sign_in.choose_first_password(store, "m1", TEST_PASSWORD, TEST_PASSWORD)
        assert desk.actor.staff_id == "m1"
        assert sign_in.managers_without_password(store) == []
        with pytest.raises(NotAllowed):  # once done, only a manager's reset sets passwords
            sign_in.choose_first_password(store, "m1", "another-pass-1", None)
        assert sign_in.sign_in(store, "m1", TEST_PASSWORD).actor.staff_id == "m1"
        with pytest.raises(NotAllowed) as still:
            sign_in.sign_in(store, "r1", "")
        assert still.value.code == "sign_in.no_password"
    finally:
        store.close()


def test_an_empty_store_reaches_the_new_head_too(tmp_path):
    open_store(tmp_path).close()
    path = tmp_path / STORE_FILE
    assert "0008_staff_auth" in migrate.current_revisions(path, key_of(path))
