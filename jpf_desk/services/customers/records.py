"""Registering, editing and reading customers (and their guardians)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainWarning
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.search_key import reversed_key
from jpf_desk.domain.staff import Action
from jpf_desk.services.customers.duplicates import DuplicatesFound, find_duplicates
from jpf_desk.services.customers.input import CustomerInput, ValidCustomer, validate
from jpf_desk.services.customers.views import (
    CustomerView,
    FieldChangeView,
    customer_view,
)
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Customer, FieldChange, Guardian


@dataclass(frozen=True)
class SaveResult:
    customer: CustomerView
    warnings: tuple[DomainWarning, ...]


def apply_values(c: Customer, v: ValidCustomer) -> None:
    """Copy validated values onto a row, with the derived search columns."""
    c.family_name, c.middle_name = v.name.family, v.name.middle
    c.given_name, c.full_name = v.name.given, v.name.full
    c.search_key, c.sort_key = v.name.search_key, v.name.sort_key
    c.birth_date = v.birth_date
    c.sex = v.sex.value if v.sex else None
    c.phone_e164 = v.phone.e164 if v.phone else None
    digits = v.phone.search_digits if v.phone else None
    c.phone_digits, c.phone_rev = digits, reversed_key(digits)
    c.email = v.email
    doc = v.id_document
    c.id_kind = doc.kind.value if doc else None
    c.id_number = doc.number if doc else None
    c.id_rev = reversed_key(doc.number) if doc else None
    c.id_expiry = doc.expiry if doc else None
    c.province_code, c.commune_code = v.address.province_code, v.address.commune_code
    c.street, c.address_as_written = v.address.street, v.address.as_written
    c.notes = v.notes


def guardian_rows(minor_id: str, v: ValidCustomer) -> list[Guardian]:
    return [
        Guardian(
            minor_id=minor_id, linked_customer_id=g.linked_customer_id,
            relationship=g.relationship.value, family_name=g.name.family,
            middle_name=g.name.middle, given_name=g.name.given, full_name=g.name.full,
            phone_e164=g.phone.e164,
            id_kind=g.id_document.kind.value if g.id_document else None,
            id_number=g.id_document.number if g.id_document else None,
        )
        for g in v.guardians
    ]


def _guardians_of(session: Session, customer_id: str) -> list[Guardian]:
    query = select(Guardian).where(Guardian.minor_id == customer_id).order_by(Guardian.created_at)
    return list(session.scalars(query))


def _load(session: Session, customer_id: str) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None or row.status == "deleted":
        raise not_found("customer", customer_id)
    return row


def create_customer(
    desk: Desk, data: CustomerInput, *, allow_duplicates: bool = False, today: date | None = None
) -> SaveResult:
    """Register a new customer; DuplicatesFound unless the user chose to go on."""
    day = today or today_vn()
    valid = validate(data, day)
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        if not allow_duplicates:
            found = find_duplicates(s, valid)
            if found:
                raise DuplicatesFound(found)
        row = Customer()
        apply_values(row, valid)
        s.add(row)
        s.flush()
        guardians = guardian_rows(row.id, valid)
        s.add_all(guardians)
        s.flush()
        return SaveResult(customer_view(row, guardians, day), valid.warnings)


def update_customer(
    desk: Desk, customer_id: str, data: CustomerInput, *, reason: str = "",
    allow_duplicates: bool = False, today: date | None = None,
) -> SaveResult:
    """Edit a customer; every changed field is kept in its history."""
    day = today or today_vn()
    valid = validate(data, day)
    with desk.tx(reason) as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        row = _load(s, customer_id)
        if not allow_duplicates:
            found = find_duplicates(s, valid, exclude_id=customer_id)
            if found:
                raise DuplicatesFound(found)
        apply_values(row, valid)
        existing = _guardians_of(s, customer_id)
        for old in existing[len(valid.guardians):]:
            s.delete(old)
        wanted = guardian_rows(customer_id, valid)
        for old, new in zip(existing, wanted, strict=False):
            for attr in ("linked_customer_id", "relationship", "family_name", "middle_name",
                         "given_name", "full_name", "phone_e164", "id_kind", "id_number"):
                setattr(old, attr, getattr(new, attr))
        s.add_all(wanted[len(existing):])
        s.flush()
        return SaveResult(customer_view(row, _guardians_of(s, customer_id), day), valid.warnings)


def get_customer(desk: Desk, customer_id: str, today: date | None = None) -> CustomerView:
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        row = _load(s, customer_id)
        return customer_view(row, _guardians_of(s, customer_id), today or today_vn())


def as_input(view: CustomerView) -> CustomerInput:
    """The form values of a saved customer, to edit them."""
    from jpf_desk.services.customers.input import GuardianInput

    return CustomerInput(
        family_name=view.family_name, middle_name=view.middle_name,
        given_name=view.given_name, full_name=view.full_name, birth_date=view.birth_date,
        sex=view.sex or "", phone=view.phone_e164 or "", email=view.email or "",
        id_kind=view.id_kind or "", id_number=view.id_number or "",
        id_expiry=view.id_expiry, province_code=view.province_code or "",
        commune_code=view.commune_code or "", street=view.street,
        address_as_written=view.address_as_written, notes=view.notes,
        guardians=[
            GuardianInput(g.full_name, g.relationship, g.phone_e164 or "", g.id_kind or "",
                          g.id_number or "", g.linked_customer_id)
            for g in view.guardians
        ],
    )


def field_history(desk: Desk, customer_id: str) -> list[FieldChangeView]:
    """Every change of the customer's fields, newest first."""
    with desk.tx() as s:
        query = (
            select(FieldChange)
            .where(FieldChange.table_name == "customers", FieldChange.row_id == customer_id)
            .order_by(FieldChange.created_at.desc())
        )
        return [
            FieldChangeView(r.field, r.old_value, r.new_value, r.changed_by, r.created_at,
                            r.reason)
            for r in s.scalars(query)
        ]
