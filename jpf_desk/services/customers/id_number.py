"""Showing a customer's ID number in full: screens show it masked, the full number is
shown on request only, and each time is recorded in the access log."""

from __future__ import annotations

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.staff import Action
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check
from jpf_desk.store.models import Customer


def reveal_id_number(desk: Desk, customer_id: str) -> str:
    """The full number ("" when the customer has none: nothing to record)."""
    with desk.tx() as s:
        check(s, desk.actor.staff_id, Action.WORK_WITH_CUSTOMERS)
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise not_found("customer", customer_id)
        number, kind = customer.id_number or "", customer.id_kind or ""
    if number:  # recorded before it is handed over
        note_access(desk, AccessKind.ID_NUMBER_SHOWN, customer_id=customer_id, detail=kind)
    return number


def customer_for_editing(desk: Desk, customer_id: str) -> CustomerInput:
    """The record's values for the edit form, which shows the ID number in full: that
    showing is recorded like the record's "show in full" button."""
    values = records.as_input(records.get_customer(desk, customer_id))
    if values.id_number:
        note_access(desk, AccessKind.ID_NUMBER_SHOWN, customer_id=customer_id,
                    detail="edit_form")
    return values
