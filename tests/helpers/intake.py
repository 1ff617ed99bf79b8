"""An invented customer with a scanned passport and CV, and the raw bytes that must
never be found at rest (tests of encryption, backups and restore)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.customers import records
from jpf_desk.services.customers.input import CustomerInput
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers import documents
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier

FAMILY, MIDDLE, GIVEN = "Vương", "Khả", "Nhiên"
PHONE_TYPED, PHONE_E164 = "0916 482 735", "+84916482735"
ID_NUMBER = "079301008642"
EMAIL = "kha.nhien.vuong@example.vn"
SCAN_LINES = [b"P<VNMVUONG<<KHA<NHIEN<<<<<<<<<<<<<<<<<<<<<<<",
              b"C7730146<2VNM0103085F3112297<<<<<<<<<<<<<<06",
              b"PASSPORT-SCAN-LINE-Q8Z1"]
NEEDLES = [FAMILY.encode(), GIVEN.encode(), f"{FAMILY} {MIDDLE} {GIVEN}".encode(),
           b"vuong kha nhien", b"nhien", b"Vuong", PHONE_E164.encode(), b"0916482735",
           b"916482735", ID_NUMBER.encode(), EMAIL.encode(), *SCAN_LINES]


def raw_hits(folder: Path) -> list[tuple[str, bytes]]:
    hits: list[tuple[str, bytes]] = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [(path.name, n) for n in NEEDLES if n in data]
    return hits


def intake_with_passport(desk: Desk) -> str:
    saved = records.create_customer(desk, CustomerInput(
        family_name=FAMILY, middle_name=MIDDLE, given_name=GIVEN,
        birth_date=date(2001, 3, 1), sex="female", phone=PHONE_TYPED,
        id_kind="cccd", id_number=ID_NUMBER, email=EMAIL))

    consultant = setup.add_staff(desk, "Đỗ Quang Vinh", Role.CONSULTANT)
    dossier = create_dossier(desk, DossierInput(saved.customer.id, consultant.id, "september",
                                                2027, "Thạc sĩ", 600_000_000),
                             today=date(2026, 11, 1))
    for kind in ("passport", "cv"):
        item = next(i for i in documents.checklist(desk, dossier.id) if i.kind_code == kind)
        documents.attach_file(desk, item.id, f"{kind}.png", b"\n".join(SCAN_LINES))
    return dossier.id


SCAN = b"\n".join(SCAN_LINES)
