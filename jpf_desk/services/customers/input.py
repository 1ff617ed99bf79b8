"""What the intake form sends, and its validation into values ready to store.

Validation collects every problem at once, each tied to its form field, so the form
can show all of them beside their fields in one go and keep what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from jpf_desk.domain.addresses import Address, make_address
from jpf_desk.domain.emails import parse_email
from jpf_desk.domain.errors import DomainError, DomainWarning, ValidationError
from jpf_desk.domain.id_documents import IdDocument, IdKind, check_id
from jpf_desk.domain.messages import register
from jpf_desk.domain.names import PersonName
from jpf_desk.domain.people import Relationship, Sex, is_minor, validate_birth_date
from jpf_desk.domain.phones import Phone, parse_phone

T = TypeVar("T")


@dataclass
class GuardianInput:
    full_name: str = ""
    relationship: str = ""
    phone: str = ""
    id_kind: str = ""
    id_number: str = ""
    linked_customer_id: str | None = None


@dataclass
class CustomerInput:
    family_name: str = ""
    middle_name: str = ""
    given_name: str = ""
    full_name: str = ""
    birth_date: date | None = None
    sex: str = ""
    phone: str = ""
    email: str = ""
    id_kind: str = ""
    id_number: str = ""
    id_expiry: date | None = None
    province_code: str = ""
    commune_code: str = ""
    street: str = ""
    address_as_written: str = ""
    notes: str = ""
    guardians: list[GuardianInput] = field(default_factory=list)


@dataclass(frozen=True)
class ValidGuardian:
    name: PersonName
    relationship: Relationship
    phone: Phone
    id_document: IdDocument | None
    linked_customer_id: str | None


@dataclass(frozen=True)
class ValidCustomer:
    name: PersonName
    birth_date: date | None
    sex: Sex | None
    phone: Phone | None
    email: str | None
    id_document: IdDocument | None
    address: Address
    notes: str
    guardians: tuple[ValidGuardian, ...]
    warnings: tuple[DomainWarning, ...]


class IntakeInvalid(Exception):
    """The form has errors; each names its field (guardian fields: guardians.N.field)."""

    def __init__(self, errors: list[DomainError]) -> None:
        super().__init__(", ".join(str(e) for e in errors))
        self.errors = errors


register({
    "intake.guardian_required": {
        "vi": "Khách hàng dưới 16 tuổi: cần ít nhất một người giám hộ.",
        "fr": "Client de moins de 16 ans : au moins un représentant légal est requis.",
        "en": "Customer under 16: at least one guardian is required.",
    },
    "intake.relationship_required": {
        "vi": "Hãy chọn quan hệ với học viên.",
        "fr": "Choisissez le lien avec l'élève.",
        "en": "Choose the relationship to the student.",
    },
    "intake.guardian_phone_required": {
        "vi": "Cần số điện thoại của người giám hộ.",
        "fr": "Le téléphone du représentant légal est requis.",
        "en": "The guardian's phone number is required.",
    },
    "intake.guardian_id_required": {
        "vi": "Cần số giấy tờ tùy thân của người giám hộ.",
        "fr": "La pièce d'identité du représentant légal est requise.",
        "en": "The guardian's ID number is required.",
    },
    "intake.contact_required": {
        "vi": "Cần ít nhất một số điện thoại hoặc email.",
        "fr": "Un téléphone ou un e-mail est requis.",
        "en": "A phone number or an e-mail is required.",
    },
    "intake.birth_date_required": {
        "vi": "Cần ngày sinh (để biết khách hàng có phải trẻ vị thành niên không).",
        "fr": "La date de naissance est requise (pour savoir s'il s'agit d'un mineur).",
        "en": "The date of birth is required (to know whether this is a minor).",
    },
    "intake.email_invalid": {
        "vi": "Địa chỉ email không hợp lệ.",
        "fr": "Adresse e-mail non valide.",
        "en": "Invalid e-mail address.",
    },
    "intake.sex_invalid": {
        "vi": "Giới tính không hợp lệ.",
        "fr": "Sexe non valide.",
        "en": "Invalid sex.",
    },
})


class _Collector:
    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.errors: list[DomainError] = []

    def run(self, fn: Callable[[], T]) -> T | None:
        try:
            return fn()
        except DomainError as err:
            self.add(err)
            return None

    def add(self, err: DomainError) -> None:
        if self.prefix:
            err.field = f"{self.prefix}{err.field or ''}"
        self.errors.append(err)


def _id_doc(
    kind: str, number: str, expiry: date | None, birth: date | None, sex: Sex | None,
    today: date, out: _Collector, warnings: list[DomainWarning],
) -> IdDocument | None:
    if not number.strip():
        return None
    try:
        id_kind = IdKind(kind or IdKind.CCCD.value)
    except ValueError:
        out.add(ValidationError("id.kind_invalid", field="id_kind"))
        return None
    result = out.run(lambda: check_id(
        id_kind, number, birth_date=birth, sex=sex, expiry=expiry, today=today
    ))
    if result is None:
        return None
    warnings.extend(result[1])
    return result[0]


def _guardian(g: GuardianInput, n: int, today: date, errors: _Collector) -> ValidGuardian | None:
    out = _Collector(f"guardians.{n}.")
    name = out.run(lambda: PersonName.from_full(g.full_name))
    rel: Relationship | None = None
    try:
        rel = Relationship(g.relationship)
    except ValueError:
        out.add(ValidationError("intake.relationship_required", field="relationship"))
    phone = None
    if g.phone.strip():
        phone = out.run(lambda: parse_phone(g.phone))
    else:
        out.add(ValidationError("intake.guardian_phone_required", field="phone"))
    doc = None
    if g.linked_customer_id is None and not g.id_number.strip():
        out.add(ValidationError("intake.guardian_id_required", field="id_number"))
    else:
        doc = _id_doc(g.id_kind, g.id_number, None, None, None, today, out, [])
    for err in out.errors:
        errors.errors.append(err)
    if out.errors or name is None or rel is None or phone is None:
        return None
    return ValidGuardian(name, rel, phone, doc, g.linked_customer_id)


def validate(data: CustomerInput, today: date) -> ValidCustomer:
    """Check the whole form; raise IntakeInvalid listing every field in error."""
    out = _Collector()
    warnings: list[DomainWarning] = []
    name = out.run(lambda: PersonName.from_parts(
        data.family_name, data.middle_name, data.given_name, data.full_name or None
    ))
    birth = data.birth_date
    if birth is None:
        out.add(ValidationError("intake.birth_date_required", field="birth_date"))
    else:
        out.run(lambda: validate_birth_date(birth, today))
    sex: Sex | None = None
    if data.sex:
        try:
            sex = Sex(data.sex)
        except ValueError:
            out.add(ValidationError("intake.sex_invalid", field="sex"))
    phone = out.run(lambda: parse_phone(data.phone)) if data.phone.strip() else None
    if phone is not None and phone.converted_from_old:
        warnings.append(DomainWarning("phone.converted", field="phone", params={"national": phone.national}))
    email = out.run(lambda: parse_email(data.email)) if data.email.strip() else None
    minor = birth is not None and is_minor(birth, today)
    if not data.phone.strip() and not data.email.strip() and not minor:
        out.add(ValidationError("intake.contact_required", field="phone"))
    doc = _id_doc(data.id_kind, data.id_number, data.id_expiry, birth, sex, today, out, warnings)
    address = out.run(lambda: make_address(
        data.province_code or None, data.commune_code or None, data.street,
        data.address_as_written,
    ))
    guardians = [_guardian(g, n, today, out) for n, g in enumerate(data.guardians)]
    if minor and not data.guardians:
        out.add(ValidationError("intake.guardian_required", field="guardians"))
    if out.errors:
        raise IntakeInvalid(out.errors)
    assert name is not None and address is not None
    return ValidCustomer(
        name=name, birth_date=birth, sex=sex, phone=phone, email=email, id_document=doc,
        address=address, notes=data.notes.strip(),
        guardians=tuple(g for g in guardians if g is not None), warnings=tuple(warnings),
    )
