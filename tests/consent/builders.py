"""Invented customers for consent and printing tests."""

from __future__ import annotations

from datetime import date, datetime

from jpf_desk.domain.dates import VN_TZ
from jpf_desk.services.customers import records as customers
from jpf_desk.services.customers.input import CustomerInput, GuardianInput
from jpf_desk.services.desk import Desk

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=VN_TZ)
TODAY = NOW.date()
ADULT_NAME = "Phạm Thị Hoà Nguyễn"


def new_adult(desk: Desk, name: str = ADULT_NAME) -> str:
    family, middle, given = name.split(" ")[0], " ".join(name.split(" ")[1:-1]), name.split(" ")[-1]
    data = CustomerInput(
        family_name=family, middle_name=middle, given_name=given, birth_date=date(1998, 7, 14),
        sex="female", phone="0903 123 456", id_kind="cccd", id_number="001198012345",
    )
    return customers.create_customer(desk, data, today=TODAY, allow_duplicates=True).customer.id


def new_minor(desk: Desk, birth: date = date(2016, 3, 2)) -> str:
    data = CustomerInput(
        family_name="Đỗ", middle_name="Minh", given_name="Khôi", birth_date=birth, sex="male",
        guardians=[GuardianInput("Đỗ Thị Lụa", "mother", "0987 111 222", "cccd",
                                 "001185012345")],
    )
    return customers.create_customer(desk, data, today=TODAY, allow_duplicates=True).customer.id


def new_partner(desk: Desk, name: str, country: str, scopes: dict[str, tuple[str, ...]]):
    """A real partner row with the items agreed per purpose (invented names)."""
    from jpf_desk.domain.disclosure_items import DisclosurePurpose, PartnerKind
    from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope

    view = save_partner(desk, PartnerInput(name, PartnerKind.SCHOOL, country))
    for purpose, items in scopes.items():
        view = set_scope(desk, view.id, DisclosurePurpose(purpose), items)
    return view
