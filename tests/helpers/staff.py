"""Acting as a signed-in staff member in tests, the way the program does: by signing in.

Every test store's staff share TEST_PASSWORD; passwords are hashed with TEST_COST
(argon2id, 1 pass over 8 KiB, 1 lane: thousands of times cheaper than production's
3 passes over 64 MiB, 4 lanes) so that signing in many times stays fast. The
production cost is tested on its own (tests/staff/test_passwords.py).
"""

from __future__ import annotations

from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import sign_in
from jpf_desk.services.staff.passwords import HashCost
from jpf_desk.store.engine import Store

TEST_PASSWORD = "test-pass-2026"
TEST_COST = HashCost(time_cost=1, memory_kib=8, parallelism=1)
FIRST_MANAGER = "Lê Thu Trang"  # the template store's manager (tests/conftest.py)


def sign_in_as(store: Store, name: str, password: str = TEST_PASSWORD) -> Desk:
    return sign_in.sign_in(store, sign_in.find_staff(store, name), password)


def signed_in(manager: Desk, name: str, role: Role) -> Desk:
    """A new staff member with `role`, added by `manager`, signed in with TEST_PASSWORD."""
    setup.add_staff(manager, name, role, password=TEST_PASSWORD, must_change=False)
    return sign_in_as(manager.store, name)


def signed_in_args(name: str = FIRST_MANAGER) -> list[str]:
    """The options of a command that signs in, the password then read from stdin."""
    return ["--staff", name, "--password-stdin"]


def password_on_stdin(monkeypatch: object, password: str = TEST_PASSWORD) -> None:
    """For `main([...])` run in the test's process: the password as the first stdin line."""
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))  # type: ignore[attr-defined]
