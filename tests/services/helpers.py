"""Small builders for service tests (invented people only)."""

from __future__ import annotations

from datetime import date

from jpf_desk.services.customers.input import CustomerInput, GuardianInput

TODAY = date(2026, 11, 25)


def adult(**overrides: object) -> CustomerInput:
    values: dict[str, object] = dict(
        family_name="Nguyễn", middle_name="Thị", given_name="Ánh",
        birth_date=date(1999, 3, 4), sex="female", phone="0912 345 678",
        id_kind="cccd", id_number="001199012345",
    )
    values.update(overrides)
    return CustomerInput(**values)  # type: ignore[arg-type]


def minor(**overrides: object) -> CustomerInput:
    values: dict[str, object] = dict(
        family_name="Trần", middle_name="Gia", given_name="Huy",
        birth_date=date(2016, 5, 1), sex="male", phone="",
    )
    values.update(overrides)
    return CustomerInput(**values)  # type: ignore[arg-type]


def guardian(**overrides: object) -> GuardianInput:
    values: dict[str, object] = dict(
        full_name="Trần Văn Bình", relationship="father", phone="0987 654 321",
        id_kind="cccd", id_number="001085012345",
    )
    values.update(overrides)
    return GuardianInput(**values)  # type: ignore[arg-type]
