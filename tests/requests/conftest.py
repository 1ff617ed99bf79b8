"""Fixtures for request tests (see builders.py)."""

from __future__ import annotations

import pytest

from jpf_desk.domain.staff import Role
from jpf_desk.services.desk import Desk
from tests.helpers.staff import signed_in
from tests.requests.builders import Person, make_person


@pytest.fixture
def person(desk: Desk) -> Person:
    return make_person(desk)


@pytest.fixture
def receptionist(desk: Desk) -> Desk:
    return signed_in(desk, "Đỗ Minh Khoa", Role.RECEPTIONIST)


@pytest.fixture
def second_manager(desk: Desk) -> Desk:
    return signed_in(desk, "Vũ Thanh Mai", Role.MANAGER)
