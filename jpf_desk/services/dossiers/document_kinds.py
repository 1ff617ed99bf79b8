"""The editable template of document kinds a dossier's checklist is built from.

Seeded from STUDY-ABROAD.md the first time it is needed; a manager may then add,
rename or retire kinds. Kinds are reference data shared by all centres.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.text import clean
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.read_only import refuse_if_managed
from jpf_desk.store.base import SHARED_CENTRE
from jpf_desk.store.models import DocumentKind

# code, Vietnamese name, required, sensitive, expires
SEED_KINDS: tuple[tuple[str, str, bool, bool, bool], ...] = (
    ("passport", "Hộ chiếu", True, True, True),
    ("cccd", "Căn cước công dân (CCCD)", True, True, True),
    ("birth_certificate", "Giấy khai sinh", True, True, False),
    ("id_photos", "Ảnh thẻ", True, True, False),
    ("transcripts", "Học bạ, bảng điểm", True, False, False),
    ("diplomas", "Bằng cấp", True, False, False),
    ("french_certificate", "Chứng chỉ tiếng Pháp (TCF/DELF/DALF)", True, False, True),
    ("cv", "Sơ yếu lý lịch (CV)", True, False, False),
    ("motivation_letter", "Thư động lực", True, False, False),
    ("study_plan", "Kế hoạch học tập", True, False, False),
    ("bank_statements", "Sao kê ngân hàng", True, True, True),
    ("savings_book", "Sổ tiết kiệm", False, True, True),
    ("sponsor_commitment", "Cam kết bảo lãnh tài chính", False, True, False),
    ("sponsor_id", "Giấy tờ tùy thân của người bảo lãnh", False, True, True),
    ("acceptance_letter", "Thư mời nhập học", True, False, False),
    ("housing_certificate", "Xác nhận chỗ ở", True, False, False),
    ("insurance", "Bảo hiểm", True, False, True),
    ("medical_certificate", "Giấy khám sức khỏe", False, True, True),
    ("translations", "Bản dịch công chứng các giấy tờ", True, False, False),
)

# The sensitive-data kind of the policy (`sensitive_kinds` in policy.json) each seeded
# sensitive document holds (Decree 356 Art. 4: images of ID papers, bank and transaction
# data, health). A send including the document needs the customer's consent for it. ID
# photos show the face as on the ID papers, so they count as ID images. A kind a manager
# adds and marks sensitive has no entry: it cannot be sent until it is classed here.
SENSITIVE_CATEGORY: dict[str, str] = {
    "passport": "id_card_image",
    "cccd": "id_card_image",
    "birth_certificate": "id_card_image",
    "id_photos": "id_card_image",
    "sponsor_id": "id_card_image",
    "bank_statements": "bank_statement",
    "savings_book": "bank_statement",
    "sponsor_commitment": "bank_statement",
    "medical_certificate": "medical_certificate",
}

register({
    "document_kind.code_invalid": {
        "vi": "Mã loại giấy tờ chỉ gồm chữ thường không dấu, số và dấu gạch dưới.",
        "fr": "Le code ne contient que des minuscules sans accent, chiffres et soulignés.",
        "en": "The code may only hold lowercase letters, digits and underscores.",
    },
    "document_kind.name_required": {
        "vi": "Cần nhập tên loại giấy tờ.",
        "fr": "Le nom du type de document est obligatoire.",
        "en": "The document kind needs a name.",
    },
})


@dataclass(frozen=True)
class DocumentKindView:
    code: str
    name: str
    required: bool
    sensitive: bool
    expires: bool
    active: bool


def _view(k: DocumentKind) -> DocumentKindView:
    return DocumentKindView(k.code, k.name, k.required, k.sensitive, k.expires, k.active)


# Seeded kinds get the same id on every desk and at head office, so that the shared
# template synced down later updates these rows instead of clashing on their codes.
SEED_NAMESPACE = uuid.UUID("6f1c2a8e-4b7d-5e3f-9a10-2c4d6e8f0a1b")


def seed_id(code: str) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, f"document_kind:{code}"))


def ensure_seeded(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(DocumentKind)):
        return
    for order, (code, name, required, sensitive, expires) in enumerate(SEED_KINDS):
        session.add(DocumentKind(id=seed_id(code), centre_id=SHARED_CENTRE, code=code, name=name,
                                 required=required, sensitive=sensitive, expires=expires,
                                 sort_order=order))
    session.flush()


def active_kinds(session: Session) -> list[DocumentKind]:
    ensure_seeded(session)
    return list(session.scalars(select(DocumentKind).where(DocumentKind.active)
                                .order_by(DocumentKind.sort_order, DocumentKind.code)))


def sensitive_kind_codes(session: Session) -> set[str]:
    """Document kinds that hold sensitive data (flagged in the template or classed above)."""
    ensure_seeded(session)
    flagged = set(session.scalars(select(DocumentKind.code).where(DocumentKind.sensitive)))
    return flagged | set(SENSITIVE_CATEGORY)


def kind_names(session: Session) -> dict[str, str]:
    ensure_seeded(session)
    return dict(session.execute(select(DocumentKind.code, DocumentKind.name)).all())


def list_kinds(desk: Desk, *, include_retired: bool = False) -> list[DocumentKindView]:
    with desk.tx() as s:
        ensure_seeded(s)
        query = select(DocumentKind).order_by(DocumentKind.sort_order, DocumentKind.code)
        if not include_retired:
            query = query.where(DocumentKind.active)
        return [_view(k) for k in s.scalars(query)]


def save_kind(desk: Desk, code: str, name: str, *, required: bool, sensitive: bool,
              expires: bool, active: bool = True) -> DocumentKindView:
    """Add a kind or change an existing one (new checklists use the new settings)."""
    code = code.strip()
    if not code or not all(c.isascii() and (c.islower() or c.isdigit() or c == "_")
                           for c in code):
        raise ValidationError("document_kind.code_invalid", field="code")
    if not clean(name):
        raise ValidationError("document_kind.name_required", field="name")
    with desk.tx() as s:
        refuse_if_managed(s, "document_kinds")
        ensure_seeded(s)
        row = s.scalar(select(DocumentKind).where(DocumentKind.code == code))
        if row is None:
            order = (s.scalar(select(func.max(DocumentKind.sort_order))) or 0) + 1
            row = DocumentKind(centre_id=SHARED_CENTRE, code=code, sort_order=order)
            s.add(row)
        row.name, row.required, row.sensitive = clean(name), required, sensitive
        row.expires, row.active = expires, active
        s.flush()
        return _view(row)
