"""Signing in: the password decides, failures are slowed down, hashes are argon2id."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jpf_desk.domain.errors import NotAllowed, ValidationError
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.staff import accounts, passwords, sign_in
from jpf_desk.store.models import StaffCredential
from tests.helpers.staff import FIRST_MANAGER, TEST_PASSWORD, sign_in_as

T0 = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)


def manager_id(store):
    found = sign_in.find_staff(store, FIRST_MANAGER)
    assert found is not None
    return found


def test_the_right_password_signs_in_as_that_person(store):
    desk = sign_in.sign_in(store, manager_id(store), TEST_PASSWORD)
    assert desk.actor.staff_id == manager_id(store)
    assert sign_in.find_staff(store, "le thu trang") == manager_id(store)  # without accents


@pytest.mark.parametrize("typed", ["", "test-pass-2025", "TEST-PASS-2026", "test-pass-2026 "])
def test_a_wrong_password_is_refused(store, typed):
    with pytest.raises(NotAllowed) as err:
        sign_in.sign_in(store, manager_id(store), typed)
    assert err.value.code == "sign_in.failed"


def test_an_unknown_or_inactive_person_reads_the_same_refusal(desk):
    with pytest.raises(NotAllowed) as unknown:
        sign_in.sign_in(desk.store, None, TEST_PASSWORD)
    assert unknown.value.code == "sign_in.failed"
    added = setup.add_staff(desk, "Hồ Văn Nghỉ", Role.RECEPTIONIST, password=TEST_PASSWORD)
    with desk.tx() as s:
        from jpf_desk.store.models import Staff

        s.get(Staff, added.id).active = False
    with pytest.raises(NotAllowed) as inactive:
        sign_in.sign_in(desk.store, added.id, TEST_PASSWORD)
    assert inactive.value.code == "sign_in.failed"


def test_a_member_without_a_password_cannot_sign_in_with_nothing(desk):
    added = setup.add_staff(desk, "Hồ Văn Mới", Role.RECEPTIONIST)
    for typed in ("", TEST_PASSWORD):
        with pytest.raises(NotAllowed) as err:
            sign_in.sign_in(desk.store, added.id, typed)
        assert err.value.code == "sign_in.no_password"


def test_repeated_failures_are_slowed_down_and_the_wait_doubles(store):
    who = manager_id(store)
    for n in range(3):  # three free tries
        with pytest.raises(NotAllowed) as err:
            sign_in.sign_in(store, who, "wrong-password", now=T0 + timedelta(seconds=n))
        assert err.value.code == "sign_in.failed"
    # The third failure at T0+2s starts a 30 s wait: even the right password waits.
    with pytest.raises(NotAllowed) as wait:
        sign_in.sign_in(store, who, TEST_PASSWORD, now=T0 + timedelta(seconds=12))
    assert wait.value.code == "sign_in.wait" and wait.value.params == {"seconds": 20}
    with pytest.raises(NotAllowed):  # a fourth failure after the wait: 60 s now
        sign_in.sign_in(store, who, "wrong-again", now=T0 + timedelta(seconds=40))
    with pytest.raises(NotAllowed) as longer:
        sign_in.sign_in(store, who, TEST_PASSWORD, now=T0 + timedelta(seconds=41))
    assert longer.value.params == {"seconds": 59}
    desk = sign_in.sign_in(store, who, TEST_PASSWORD, now=T0 + timedelta(seconds=100))
    assert desk.actor.staff_id == who
    with desk.tx() as s:  # a good sign-in starts the count again
        cred = s.get(StaffCredential, who)
        assert (cred.failures, cred.locked_until) == (0, None)


def test_the_wait_never_exceeds_fifteen_minutes():
    assert [sign_in.wait_after(n).total_seconds() for n in (0, 2, 3, 4, 5, 8, 9, 40)] == [
        0, 0, 30, 60, 120, 900, 900, 900]


def test_the_password_is_stored_only_as_an_argon2id_hash(store):
    with store.session(None, None) as s:
        stored = s.get(StaffCredential, manager_id(store)).password_hash
    assert stored.startswith("$argon2id$v=19$")
    assert TEST_PASSWORD.encode() not in store.path.read_bytes()


def test_production_cost_is_rfc9106_low_memory_and_tests_use_the_cheap_one():
    assert passwords.HashCost(time_cost=3, memory_kib=65536,
                                                      parallelism=4) == passwords.PRODUCTION
    assert passwords.current_cost() == passwords.HashCost(1, 8, 1)  # tests/conftest.py
    previous = passwords.use_cost(passwords.PRODUCTION)
    try:
        made = passwords.hash_password("một-mật-khẩu")
    finally:
        passwords.use_cost(previous)
    assert made.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify_password(made, "một-mật-khẩu")
    assert not passwords.verify_password(made, "mot-mat-khau")


def test_a_cheap_hash_is_redone_at_the_current_cost_on_a_good_sign_in(store):
    previous = passwords.use_cost(passwords.HashCost(2, 16, 1))
    try:
        sign_in.sign_in(store, manager_id(store), TEST_PASSWORD)
    finally:
        passwords.use_cost(previous)
    with store.session(None, None) as s:
        assert "$m=16,t=2,p=1$" in s.get(StaffCredential, manager_id(store)).password_hash


def test_a_reset_password_must_be_changed_by_its_owner(desk):
    added = setup.add_staff(desk, "Hồ Văn Mới", Role.RECEPTIONIST)
    accounts.reset_password(desk, added.id, "tam-thoi-2026", "tam-thoi-2026")
    newcomer = sign_in.sign_in(desk.store, added.id, "tam-thoi-2026")
    assert sign_in.must_change_password(newcomer)
    with pytest.raises(NotAllowed):
        accounts.change_own_password(newcomer, "not-it-at-all", "ma-rieng-2026", "ma-rieng-2026")
    accounts.change_own_password(newcomer, "tam-thoi-2026", "ma-rieng-2026", "ma-rieng-2026")
    assert not sign_in.must_change_password(newcomer)
    with pytest.raises(NotAllowed):
        sign_in.sign_in(desk.store, added.id, "tam-thoi-2026")
    assert sign_in_as(desk.store, "Hồ Văn Mới", "ma-rieng-2026").actor.staff_id == added.id


@pytest.mark.parametrize(("typed", "repeated", "code", "field"), [
    ("", "", "password.required", "password"),
    ("12345", "12345", "password.pin_too_short", "password"),
    ("ngắn-7c", "ngắn-7c", "password.too_short", "password"),
    ("aaaaaaaaaa", "aaaaaaaaaa", "password.one_character", "password"),
    ("mat-khau-dai", "mat-khau-dai ", "password.mismatch", "repeat"),
])
def test_a_weak_or_mistyped_password_is_refused_on_its_field(desk, typed, repeated, code,
                                                             field):
    added = setup.add_staff(desk, "Hồ Văn Mới", Role.RECEPTIONIST)
    with pytest.raises(ValidationError) as err:
        accounts.reset_password(desk, added.id, typed, repeated)
    assert (err.value.code, err.value.field) == (code, field)


def test_a_six_digit_pin_is_accepted(desk):
    added = setup.add_staff(desk, "Hồ Văn Mới", Role.RECEPTIONIST, password="246810",
                            must_change=False)
    assert sign_in.sign_in(desk.store, added.id, "246810").actor.staff_id == added.id


def test_sign_in_logs_ids_never_names_or_passwords(store, caplog):
    caplog.set_level("INFO", logger="jpf_desk")
    with pytest.raises(NotAllowed):
        sign_in.sign_in(store, manager_id(store), "doan-thu-mat-khau-9")
    sign_in.sign_in(store, manager_id(store), TEST_PASSWORD)
    assert f"sign-in refused: sign_in.failed (staff {manager_id(store)})" in caplog.text
    for secret in ("doan-thu-mat-khau-9", TEST_PASSWORD, FIRST_MANAGER):
        assert secret not in caplog.text
