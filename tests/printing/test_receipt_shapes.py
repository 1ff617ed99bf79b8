"""Every receipt shape the demo makes fits one A4 page; a rare longer one is numbered
"page x of y" and keeps the signatures on the page of the last choices."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pdfplumber
import pytest

from jpf_desk.services.consent.capture import (
    ConsentInput,
    MinorDecision,
    add_partner_consents,
    capture_consent,
    withdraw_consent,
)
from jpf_desk.services.consent.content import PartnerChoice
from jpf_desk.services.consent.documents import receipt_pdf
from jpf_desk.services.customers.records import get_customer
from jpf_desk.services.demo.controller import fill_demo_controller
from tests.consent.builders import NOW, new_adult, new_minor, new_partner

ALL = frozenset({"service", "marketing", "improvement", "analytics", "contact"})
SENSITIVE = ("bank_statement", "id_card_image", "medical_certificate")
SCOPES = {"campus_france_procedure": ("field:full_name", "doc:passport"),
          "school_application": ("field:full_name", "doc:transcripts"),
          "visa_application": ("field:full_name", "doc:bank_statements")}


def _pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def _partners(desk, n=2):
    return [new_partner(desk, name, "FR", SCOPES) for name in (
        "Espace Campus France Hà Nội (ví dụ)", "Université Lumière Lyon 2 (ví dụ)",
        "Trung tâm tiếp nhận hồ sơ visa Pháp (ví dụ)")[:n]]


def _minor(desk, age, lang="vi", sensitive=SENSITIVE):
    cid = new_minor(desk, birth=date(NOW.year - age, 1, 10))
    g = get_customer(desk, cid).guardians[0]
    receipt = capture_consent(desk, cid, ConsentInput(
        given=ALL, guardian_id=g.id, guardian_consented=True, language=lang,
        child_consented=True if age >= 7 else None, sensitive_kinds=sensitive), now=NOW)
    return cid, g, receipt


def shape_adult_intake(desk):
    cid = new_adult(desk)
    return capture_consent(desk, cid, ConsentInput(given=frozenset({"service", "contact"}),
                                                   sensitive_kinds=SENSITIVE), now=NOW)


def shape_minor_intake(desk):
    return _minor(desk, 10)[2]


def shape_young_child_intake(desk):
    return _minor(desk, 4)[2]


def shape_adult_withdrawal(desk):
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=ALL), now=NOW)
    return withdraw_consent(desk, cid, ["marketing"], now=NOW + timedelta(minutes=1))


def shape_adult_two_partners(desk):
    cid = new_adult(desk)
    a, b = _partners(desk)
    capture_consent(desk, cid, ConsentInput(given=frozenset({"service"})), now=NOW)
    return add_partner_consents(desk, cid, [
        PartnerChoice(a.id, "campus_france_procedure", True),
        PartnerChoice(b.id, "school_application", True)], now=NOW + timedelta(minutes=1))


def shape_minor_two_partners(desk, lang="vi"):
    cid, g, _ = _minor(desk, 12, lang)
    a, b = _partners(desk)
    return add_partner_consents(desk, cid, [
        PartnerChoice(a.id, "campus_france_procedure", True),
        PartnerChoice(b.id, "school_application", True)],
        decided_by=MinorDecision(g.id, True, True), now=NOW + timedelta(minutes=1))


def shape_minor_withdrawal_with_partners(desk, lang="vi"):
    receipt = shape_minor_two_partners(desk, lang)
    g = receipt.content["guardian"]
    part = receipt.content["partners"][0]
    return withdraw_consent(desk, receipt.customer_id, ["marketing", "analytics"],
                            partners=[(part["partner_id"], part["purpose"])],
                            decided_by=MinorDecision(g["id"]), now=NOW + timedelta(minutes=2))


def shape_french_minor_withdrawal(desk):
    return shape_minor_withdrawal_with_partners(desk, "fr")


# Every shape the demo makes (all in Vietnamese). A French minor's withdrawal with two
# partners is rarer and longer (French runs about a tenth longer, and each retention
# period takes a column): it may take two pages, numbered, signatures beside the choices.
SHAPES = [shape_adult_intake, shape_minor_intake, shape_young_child_intake,
          shape_adult_withdrawal, shape_adult_two_partners, shape_minor_two_partners,
          shape_minor_withdrawal_with_partners]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda f: f.__name__)
def test_every_demo_shape_fits_one_page(desk, shape):
    fill_demo_controller(desk)
    receipt = shape(desk)
    for copy in (False, True):
        pages = _pages(receipt_pdf(receipt, copy=copy, printed_at=NOW + timedelta(days=1)))
        assert len(pages) == 1, (shape.__name__, copy, len(pages))
        assert (f"{receipt.short_code} – trang 1/1" in pages[0]
                or f"{receipt.short_code} – page 1/1" in pages[0])


def test_a_french_minor_withdrawal_is_numbered_and_signs_beside_its_choices(desk):
    fill_demo_controller(desk)
    receipt = shape_french_minor_withdrawal(desk)
    pages = _pages(receipt_pdf(receipt, copy=True, printed_at=NOW + timedelta(days=1)))
    total = len(pages)
    assert total in (1, 2)
    for n, text in enumerate(pages, start=1):
        assert f"{receipt.short_code} – page {n}/{total}" in text
    signing_page = next(i for i, text in enumerate(pages) if "Employé JPF" in text)
    assert "Université Lumière Lyon 2" in pages[signing_page]  # the last partner row


def test_a_rare_long_receipt_is_numbered_and_signs_beside_its_choices(desk):
    fill_demo_controller(desk)
    cid = new_adult(desk)
    capture_consent(desk, cid, ConsentInput(given=ALL, sensitive_kinds=SENSITIVE), now=NOW)
    partners = [new_partner(desk, f"Université exemple {n}", "FR", SCOPES)
                for n in range(8)]
    receipt = add_partner_consents(desk, cid, [
        PartnerChoice(p.id, purpose, True) for p in partners
        for purpose in ("campus_france_procedure", "school_application")],
        now=NOW + timedelta(minutes=1))
    pages = _pages(receipt_pdf(receipt, copy=False, printed_at=NOW))
    assert len(pages) == 2
    assert f"{receipt.short_code} – trang 1/2" in pages[0]
    assert f"{receipt.short_code} – trang 2/2" in pages[1]
    last_partner = "Université exemple 7"
    signing_page = next(i for i, text in enumerate(pages) if "Nhân viên JPF" in text)
    assert last_partner in pages[signing_page]


def test_every_receipt_shape_of_the_real_demo_fits_one_page(desk):
    """The demo itself, not a copy of it: one receipt of each shape it wrote, printed."""
    from jpf_desk.services.consent.queries import get_receipt, list_receipts
    from jpf_desk.services.demo import build as demo

    demo.fill_demo(desk.store, 160, seed=7, desk=desk)
    shapes: dict[tuple[object, ...], str] = {}
    for summary in list_receipts(desk):
        c = get_receipt(desk, summary.id).content
        key = (c["kind"], c["customer"]["minor"], (c["customer"]["age"] or 0) >= 7,
               len(c["partners"]), sum(p["choice"] == "refused" for p in c["purposes"]) > 2,
               c["sensitive"]["involved"])
        shapes.setdefault(key, summary.id)
    assert len(shapes) >= 4  # intake adults and minors, withdrawals, partner sharing
    for receipt_id in shapes.values():
        receipt = get_receipt(desk, receipt_id)
        assert receipt.content["controller"]["missing"] == {"jpf": [], "centre": []}
        for copy in (False, True):
            assert len(_pages(receipt_pdf(receipt, copy=copy, printed_at=NOW))) == 1
