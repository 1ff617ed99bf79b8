"""Fixtures for request tests (see builders.py)."""

from __future__ import annotations

import pytest

from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from tests.requests.builders import Person, make_person


@pytest.fixture
def person(desk: Desk) -> Person:
    return make_person(desk)


@pytest.fixture
def receptionist(desk: Desk) -> Desk:
    staff = setup.add_staff(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)
    return desk.as_staff(staff.id)


@pytest.fixture
def second_manager(desk: Desk) -> Desk:
    staff = setup.add_staff(desk, "Vũ Thanh Mai", Role.MANAGER)
    return desk.as_staff(staff.id)
