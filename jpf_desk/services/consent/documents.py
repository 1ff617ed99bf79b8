"""Printable documents of consent, ready for the preview, the printer or a file.

The receipt and the blank form are drawn by printing/ from sheets filled here: the
stored codes are put into words and the moments formatted, so printing looks nothing up.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from jpf_desk.domain.consent import ConsentAction, ConsentMethod, ReceiptStatus
from jpf_desk.domain.dates import VN_TZ, format_date, now_vn
from jpf_desk.domain.labels import label
from jpf_desk.domain.people import Relationship
from jpf_desk.printing.paper_form import FormPurpose, PaperForm, render_paper_form
from jpf_desk.printing.receipt import (
    ReceiptGuardian,
    ReceiptPartner,
    ReceiptPurpose,
    ReceiptSheet,
    render_receipt,
)
from jpf_desk.services.consent.policy import Policy, current_policy, policy_version
from jpf_desk.services.consent.queries import get_receipt
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.desk import Desk
from jpf_desk.store.models import Centre

# The receipt's own language, named in Vietnamese on the printed page.
LANGUAGE = {"vi": "Tiếng Việt", "fr": "Tiếng Pháp", "en": "Tiếng Anh"}


def _choice(code: str) -> str:
    """A purpose's choice stands out on paper: written in capitals."""
    return label(ConsentAction(code)).upper()


def sensitive_label(kind: str) -> str:
    texts = current_policy().sensitive_kinds.get(kind)
    return texts["vi"] if texts else kind


def format_moment(iso_or_dt: str | datetime) -> str:
    """dd/mm/yyyy HH:MM:SS with the +07:00 offset written out (proof of when)."""
    moment = datetime.fromisoformat(iso_or_dt) if isinstance(iso_or_dt, str) else iso_or_dt
    local = moment.astimezone(VN_TZ)
    offset = local.strftime("%z")
    return f"{format_date(local.date())} {local:%H:%M:%S} ({offset[:3]}:{offset[3:]})"


def _guardian(g: dict[str, Any] | None) -> ReceiptGuardian | None:
    if g is None:
        return None
    relationship = g["relationship"] or ""  # None once redacted by an erasure
    return ReceiptGuardian(full_name=g["full_name"] or "",
                           relationship=label(Relationship(relationship)) if relationship else "",
                           contact=g["contact"] or "—")


def _with_retention(purpose: dict[str, Any]) -> str:
    """The purpose's words, then how long its data is kept (receipts made before the
    policy carried retention periods show the words alone)."""
    if not purpose.get("retention"):
        return str(purpose["text"])
    return f"{purpose['text']} (lưu trữ: {purpose['retention']})"


def receipt_sheet(receipt: Receipt, *, printed_at: datetime, copy: bool) -> ReceiptSheet:
    """The receipt's stored content in words; only status and print time come from outside."""
    c = receipt.content
    cu, ct, pol, sens = c["customer"], c["controller"], c["policy"], c["sensitive"]
    contact = ", ".join(x for x in (ct["contact_point"], ct["address"], ct["phone"],
                                    ct["email"]) if x)
    policy = policy_version(pol["version"])
    return ReceiptSheet(
        receipt_id=receipt.id, short_code=c["short_code"], status=label(ReceiptStatus(receipt.status)),
        supersedes=c["supersedes"] or "—", qr_payload=receipt.qr_payload, copy=copy,
        printed_at=format_moment(printed_at),
        customer_erased="redacted_by_erasure" in c,
        customer_name=cu["full_name"] or "",
        birth_date=format_date(date.fromisoformat(cu["birth_date"])) if cu["birth_date"]
        else "—",
        contact=cu["contact"] or "—", id_document=cu["id_document"] or "—",
        guardian=_guardian(c["guardian"]), child_consented=c["child_consented"],
        consented_at=format_moment(c["consented_at"]),
        method=label(ConsentMethod(c["method"])),
        signed_on=format_date(date.fromisoformat(c["signed_on"])) if c["signed_on"] else None,
        centre_name=c["centre"]["name"], staff_name=c["staff"]["full_name"] or "",
        language=LANGUAGE.get(c["language"], c["language"]),
        controller=f"{ct['name']} ({ct['brand']})", controller_contact=contact or "—",
        policy_version=pol["version"], policy_sha256=pol["sha256"],
        purposes=tuple(ReceiptPurpose(_choice(p["choice"]), _with_retention(p),
                                      bool(p["required"])) for p in c["purposes"]),
        partners=tuple(ReceiptPartner(_choice(p["choice"]), p["partner_name"], p["text"],
                                      bool(p["cross_border"])) for p in c["partners"]),
        sensitive_involved=bool(sens["involved"]),
        sensitive_kinds=tuple(sensitive_label(k) for k in sens["kinds"]),
        rights=policy.rights.get(c["language"], policy.rights["vi"]),
        chain_position=receipt.chain_position, store_id=receipt.store_id,
        content_hash=receipt.content_hash, previous_hash=receipt.previous_hash,
    )


def receipt_pdf(receipt: Receipt, *, copy: bool, printed_at: datetime | None = None) -> bytes:
    """The original (printed at the desk right after consent) or a marked copy (reprint)."""
    return render_receipt(receipt_sheet(receipt, printed_at=printed_at or now_vn(), copy=copy))


def reprint_pdf(desk: Desk, receipt_id: str) -> bytes:
    return receipt_pdf(get_receipt(desk, receipt_id), copy=True)


def centre_name(desk: Desk) -> str:
    with desk.tx() as s:
        centre = s.get(Centre, desk.actor.centre_id)
        return centre.name if centre else ""


def paper_form(policy: Policy, centre: str) -> PaperForm:
    return PaperForm(
        controller_name=policy.controller["name"], centre_name=centre,
        policy_version=policy.version, policy_sha256=policy.sha256,
        purposes=tuple(FormPurpose(p.wording("vi"), p.required) for p in policy.purposes),
        rights=policy.rights["vi"], policy_text=policy.text,
    )


def blank_form_pdf(centre: str) -> bytes:
    """A blank form of the current policy (no store access: safe on a worker thread)."""
    return render_paper_form(paper_form(current_policy(), centre))


def paper_form_pdf(desk: Desk) -> bytes:
    return blank_form_pdf(centre_name(desk))
