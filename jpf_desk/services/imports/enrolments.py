"""The optional enrolment columns of a customer import: class code, fee paid, method.

Checked like the rest of the row (an unknown or finished class, an amount that is no
amount, more paid than the class costs: the row is refused with the reason), and
written in the import's own transaction, after the customers: a seat while the class
has one (awaiting confirmation, as at the desk), else the end of its waitlist, and what
was paid as the first instalment.

An imported enrolment is the centre's existing contract copied from its old books; it
presumes no consent: the customer is on the "consent to collect" list like every
imported customer, and the desk collects the "service" consent when it confirms the
seat at the next visit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.enrolments import EnrolmentStatus
from jpf_desk.domain.errors import DomainError, ValidationError
from jpf_desk.domain.import_cells import Cell, cell_amount, cell_payment_method, cell_text
from jpf_desk.domain.import_columns import ImportField
from jpf_desk.domain.messages import register
from jpf_desk.domain.money import format_vnd
from jpf_desk.services.bulk import insert_rows, row_values
from jpf_desk.services.courses.catalogue import seat_counts
from jpf_desk.services.desk import Desk
from jpf_desk.services.imports.rows import ColumnMap
from jpf_desk.store.models import CourseClass, Enrolment, Payment


@dataclass(frozen=True)
class ClassFacts:
    id: str
    code: str
    end_date: date
    capacity: int
    fee_vnd: int


@dataclass(frozen=True)
class EnrolmentPlan:
    """A good row's enrolment, to be written once the customer row exists."""

    klass: ClassFacts
    paid_vnd: int
    method: str  # a PaymentMethod code; "" when nothing was paid


class ClassIndex:
    """The store's classes by code (folded case), read once per import."""

    def __init__(self, session: Session) -> None:
        self.by_code: dict[str, list[ClassFacts]] = {}
        for k in session.scalars(select(CourseClass)):
            facts = ClassFacts(k.id, k.code, k.end_date, k.capacity, k.fee_vnd)
            self.by_code.setdefault(k.code.strip().casefold(), []).append(facts)

    def find(self, code: str) -> ClassFacts:
        found = self.by_code.get(code.strip().casefold(), [])
        if not found:
            raise ValidationError("import.class_unknown", field="class_code", class_code=code)
        if len(found) > 1:
            raise ValidationError("import.class_ambiguous", field="class_code", class_code=code)
        return found[0]


def uses_enrolments(mapping: ColumnMap) -> bool:
    return any(f in mapping for f in (ImportField.CLASS_CODE, ImportField.FEE_PAID,
                                      ImportField.PAYMENT_METHOD))


def check_enrolment(cells: Sequence[Cell], mapping: ColumnMap, index: ClassIndex,
                    today: date) -> tuple[EnrolmentPlan | None, list[DomainError]]:
    """The row's enrolment (None when it names no class), or why it cannot be made."""

    def get(f: ImportField) -> Cell:
        column = mapping.get(f)
        return cells[column] if column is not None and column < len(cells) else None

    errors: list[DomainError] = []
    code = cell_text(get(ImportField.CLASS_CODE))
    paid: int | None = None
    method = ""
    try:
        paid = cell_amount(get(ImportField.FEE_PAID))
    except DomainError as err:
        errors.append(err)
    try:
        method = cell_payment_method(get(ImportField.PAYMENT_METHOD))
    except DomainError as err:
        errors.append(err)
    if not code:
        if paid or method:
            errors.append(ValidationError("import.paid_without_class", field="class_code"))
        return None, errors
    try:
        klass = index.find(code)
    except DomainError as err:
        return None, [*errors, err]
    if klass.end_date < today:
        errors.append(ValidationError("import.class_ended", field="class_code", class_code=klass.code))
    if paid and paid > klass.fee_vnd:
        errors.append(ValidationError("import.paid_over_fee", field="fee_paid",
                                      fee=format_vnd(klass.fee_vnd)))
    if paid and not method:
        errors.append(ValidationError("import.payment_method_missing", field="payment_method"))
    if errors:
        return None, errors
    return EnrolmentPlan(klass, paid or 0, method), []


def write_enrolments(session: Session, desk: Desk, planned: Sequence[tuple[str, EnrolmentPlan]],
                     today: date, step: Callable[[], None] = lambda: None) -> list[str]:
    """Enrolments (seat or waitlist, in the file's order) and their first payments."""
    class_ids = sorted({plan.klass.id for _, plan in planned})
    taken = {k: counts[0] for k, counts in seat_counts(session, class_ids).items()}
    last_place = {k: session.scalar(select(func.max(Enrolment.waitlist_position))
                                    .where(Enrolment.class_id == k)) or 0 for k in class_ids}
    enrolments, payments = [], []
    for customer_id, plan in planned:
        k = plan.klass
        full = taken.get(k.id, 0) >= k.capacity
        if full:
            last_place[k.id] += 1
        else:
            taken[k.id] = taken.get(k.id, 0) + 1
        row = Enrolment(
            customer_id=customer_id, class_id=k.id,
            status=(EnrolmentStatus.WAITLISTED if full else EnrolmentStatus.PENDING).value,
            waitlist_position=last_place[k.id] if full else None, placement_result="",
            fee_vnd=k.fee_vnd, enrolled_on=today, note="")
        values = row_values(row, desk)
        enrolments.append(values)
        if plan.paid_vnd:
            payments.append(row_values(Payment(
                enrolment_id=values["id"], amount_vnd=plan.paid_vnd, method=plan.method,
                paid_on=today, instalment_no=1, reference="", note="", receipt_prints=0,
                received_by=None), desk))  # taken before this program: by nobody here
        step()
    insert_rows(session, Enrolment, enrolments)
    insert_rows(session, Payment, payments)
    return [e["id"] for e in enrolments]


register({
    "import.class_unknown": {
        "vi": "Không có lớp mã {class_code} trong danh sách lớp.",
        "fr": "Aucune classe de code {class_code}.",
        "en": "There is no class with code {class_code}.",
    },
    "import.class_ambiguous": {
        "vi": "Có nhiều lớp cùng mã {class_code}: hãy ghi danh học viên này tại quầy.",
        "fr": "Plusieurs classes ont le code {class_code} : inscrivez cet élève au guichet.",
        "en": "Several classes have code {class_code}: enrol this student at the desk.",
    },
    "import.class_ended": {
        "vi": "Lớp {class_code} đã kết thúc.",
        "fr": "La classe {class_code} est terminée.",
        "en": "Class {class_code} has ended.",
    },
    "import.paid_over_fee": {
        "vi": "Số tiền đã đóng lớn hơn học phí của lớp ({fee}).",
        "fr": "Le montant payé dépasse les frais de la classe ({fee}).",
        "en": "The amount paid is more than the class fee ({fee}).",
    },
    "import.payment_method_missing": {
        "vi": "Có số tiền đã đóng nhưng thiếu hình thức đóng.",
        "fr": "Un montant payé sans mode de paiement.",
        "en": "An amount paid without a payment method.",
    },
    "import.paid_without_class": {
        "vi": "Có học phí đã đóng nhưng không có mã lớp.",
        "fr": "Un paiement sans code de classe.",
        "en": "A payment without a class code.",
    },
})
