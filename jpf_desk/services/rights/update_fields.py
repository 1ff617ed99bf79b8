"""The customer fields an update request may change: old value, new value, validation.

New values are checked with the intake validation when the request is filed (so the
desk sees a wrong phone number at once, beside its field) and again when applied.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.customer_fields import CustomerField
from jpf_desk.domain.dates import format_date, parse_date
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import DEFAULT_LANG, register
from jpf_desk.domain.names import PersonName
from jpf_desk.domain.text import clean
from jpf_desk.services.customers.input import CustomerInput, ValidCustomer, validate
from jpf_desk.services.customers.records import apply_values, as_input
from jpf_desk.services.customers.views import CustomerView, customer_view
from jpf_desk.store.models import Customer, Guardian

# The fields an update request may change, in form order.
EDITABLE: tuple[CustomerField, ...] = (
    CustomerField.FULL_NAME, CustomerField.BIRTH_DATE, CustomerField.SEX,
    CustomerField.PHONE_E164, CustomerField.EMAIL, CustomerField.ID_NUMBER,
    CustomerField.ID_EXPIRY, CustomerField.STREET, CustomerField.ADDRESS_AS_WRITTEN,
    CustomerField.NOTES,
)
# A request names a field as the form does (the key stored in its field rows): the
# column name, except the phone, typed as a national number but stored as E.164.
_FORM_NAMES = {CustomerField.PHONE_E164: "phone"}


def request_key(field: CustomerField) -> str:
    return _FORM_NAMES.get(field, field.value)


REQUEST_KEYS: tuple[str, ...] = tuple(request_key(f) for f in EDITABLE)


def requested_field(key: str) -> CustomerField | None:
    """The field a stored request key names (None for a key no longer editable)."""
    return next((f for f in EDITABLE if request_key(f) == key), None)


def field_words(key: str, lang: str = DEFAULT_LANG) -> str:
    """A request key in words; a key no longer known shows as it is."""
    field = requested_field(key)
    return label(field, lang) if field is not None else key


DATE_FIELDS = frozenset({"birth_date", "id_expiry"})

register({
    "request.changes_required": {
        "vi": "Hãy nhập ít nhất một thông tin cần sửa.",
        "fr": "Indiquez au moins une donnée à corriger.",
        "en": "Enter at least one value to change."},
    "request.field_unknown": {
        "vi": "Không thể sửa thông tin này qua yêu cầu.",
        "fr": "Cette donnée ne peut pas être corrigée par une demande.",
        "en": "This field cannot be changed through a request."},
    "request.value_unchanged": {
        "vi": "Giá trị mới giống giá trị hiện tại.",
        "fr": "La nouvelle valeur est identique à l'actuelle.",
        "en": "The new value is the same as the current one."},
})


@dataclass(frozen=True)
class FieldChangeSpec:
    field: str
    old_value: str | None
    new_value: str | None


def _current(view: CustomerView, name: str) -> str | None:
    value: object = view.phone_e164 if name == "phone" else getattr(view, name)
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if value not in (None, "") else None


def _with_value(data: CustomerInput, name: str, raw: str) -> CustomerInput:
    text = clean(raw)
    if name == "full_name":
        parts = PersonName.from_full(text)
        return replace(data, family_name=parts.family, middle_name=parts.middle,
                       given_name=parts.given, full_name=parts.full)
    out = replace(data)
    if name in DATE_FIELDS:
        try:
            setattr(out, name, parse_date(text) if text else None)
        except ValidationError as err:
            raise ValidationError(err.code, field=f"changes.{name}") from None
        return out
    setattr(out, name, text)
    return out


def _load(session: Session, customer_id: str, today: date) -> tuple[Customer, CustomerView]:
    row = session.get(Customer, customer_id)
    if row is None:
        raise ValidationError("request.customer_required", field="customer")
    guardians = list(session.scalars(select(Guardian).where(Guardian.minor_id == customer_id)
                                     .order_by(Guardian.created_at)))
    return row, customer_view(row, guardians, today)


def _validated(view: CustomerView, changes: Mapping[str, str],
               today: date) -> tuple[ValidCustomer, CustomerView]:
    data = as_input(view)
    for name, raw in changes.items():
        if requested_field(name) is None:
            raise ValidationError("request.field_unknown", field=f"changes.{name}")
        data = _with_value(data, name, raw)
    return validate(data, today), view


def check_changes(session: Session, customer_id: str, changes: Mapping[str, str],
                  today: date) -> list[FieldChangeSpec]:
    """Old and new value of each asked change; IntakeInvalid when a new value is wrong."""
    if not changes:
        raise ValidationError("request.changes_required", field="changes")
    _, view = _load(session, customer_id, today)
    valid, _ = _validated(view, changes, today)
    probe = Customer()
    apply_values(probe, valid)
    after = customer_view(probe, [], today)
    specs = []
    for name in changes:
        old, new = _current(view, name), _current(after, name)
        if old == new:
            raise ValidationError("request.value_unchanged", field=f"changes.{name}")
        specs.append(FieldChangeSpec(name, old, new))
    return specs


def apply_changes(session: Session, customer_id: str, specs: list[tuple[str, str | None]],
                  today: date) -> None:
    """Write the new values on the customer row; store.tracking keeps the field history."""
    row, view = _load(session, customer_id, today)
    changes = {name: _display(name, new) for name, new in specs}
    valid, _ = _validated(view, changes, today)
    apply_values(row, valid)


def _display(name: str, stored: str | None) -> str:
    """A stored value back as the form would show it (dates as dd/mm/yyyy)."""
    if stored is None:
        return ""
    if name in DATE_FIELDS:
        return format_date(date.fromisoformat(stored))
    return stored
