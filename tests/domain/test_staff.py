"""Who may take a manager's decisions, for every role; the roles' labels."""

from __future__ import annotations

import pytest

from jpf_desk.domain.errors import DomainError, NotAllowed
from jpf_desk.domain.labels import label
from jpf_desk.domain.staff import Role, may_decide, require_manager

# Written out, not derived from the code under test.
MAY_DECIDE = {"receptionist": False, "consultant": False, "manager": True, "admin": True}


def test_the_table_covers_every_role():
    assert {r.value for r in Role} == set(MAY_DECIDE)


@pytest.mark.parametrize(("role", "allowed"), sorted(MAY_DECIDE.items()))
def test_may_decide_known_answers(role, allowed):
    assert may_decide(role) is allowed
    assert may_decide(Role(role)) is allowed


@pytest.mark.parametrize(("role", "allowed"), sorted(MAY_DECIDE.items()))
def test_require_manager_refuses_with_the_callers_code(role, allowed):
    if allowed:
        require_manager(role, "erasure.manager_only")
        return
    with pytest.raises(NotAllowed) as err:
        require_manager(role, "erasure.manager_only")
    assert err.value.code == "erasure.manager_only"
    assert isinstance(err.value, DomainError)


@pytest.mark.parametrize("role", [None, "", "MANAGER", "director"])
def test_unknown_staff_or_role_may_not_decide(role):
    assert may_decide(role) is False
    with pytest.raises(NotAllowed):
        require_manager(role, "holidays.manager_only")


def test_role_labels_in_three_languages():
    assert [label(r) for r in Role] == ["Lễ tân", "Tư vấn viên", "Quản lý", "Quản trị"]
    assert [label(r, "fr") for r in Role] == [
        "Réceptionniste", "Conseiller", "Responsable", "Administrateur"]
    assert [label(r, "en") for r in Role] == [
        "Receptionist", "Consultant", "Manager", "Administrator"]
