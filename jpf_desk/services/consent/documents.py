"""Printable documents of consent, ready for the preview, the printer or a file.

The receipt and the blank form are drawn by printing/ from sheets filled here: the
stored codes are put into words and the moments formatted, so printing looks nothing up.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import now_vn
from jpf_desk.domain.staff import Action
from jpf_desk.printing.paper_form import FormPurpose, PaperForm, render_paper_form
from jpf_desk.printing.receipt import render_receipt
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.consent.policy import Policy, current_policy
from jpf_desk.services.consent.queries import get_receipt
from jpf_desk.services.consent.receipt_sheet import format_moment, receipt_sheet, rights_text
from jpf_desk.services.consent.receipt_words import receipt_words
from jpf_desk.services.consent.rights_periods import default_periods, rights_periods
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff.permissions import check_desk
from jpf_desk.store.models import Centre

__all__ = ["blank_form_pdf", "format_moment", "receipt_pdf", "receipt_sheet", "reprint_pdf"]


def receipt_pdf(receipt: Receipt, *, copy: bool, printed_at: datetime | None = None) -> bytes:
    """The original (printed at the desk right after consent) or a marked copy (reprint)."""
    return render_receipt(receipt_sheet(receipt, printed_at=printed_at or now_vn(), copy=copy))


def reprint_pdf(desk: Desk, receipt_id: str) -> bytes:
    return printed_receipt_pdf(desk, get_receipt(desk, receipt_id), copy=True)


def check_receipt_printing(desk: Desk) -> None:
    """Before rendering off the GUI thread (the worker does not touch the store)."""
    check_desk(desk, Action.PRINT_RECEIPT)


def receipt_printed(desk: Desk, receipt: Receipt, *, copy: bool) -> None:
    """The rendered receipt is being handed to the person (preview, print, save)."""
    note_access(desk, AccessKind.RECEIPT_PRINTED, customer_id=receipt.customer_id,
                subject_id=receipt.id, detail="copy" if copy else "original")


def printed_receipt_pdf(desk: Desk, receipt: Receipt, *, copy: bool) -> bytes:
    """A receipt rendered for printing or saving, recorded in the access log."""
    check_receipt_printing(desk)
    pdf = receipt_pdf(receipt, copy=copy)
    receipt_printed(desk, receipt, copy=copy)
    return pdf


def centre_name(desk: Desk) -> str:
    with desk.tx() as s:
        centre = s.get(Centre, desk.actor.centre_id)
        return centre.name if centre else ""


def paper_form(policy: Policy, centre: str, periods: dict[str, Any] | None = None) -> PaperForm:
    return PaperForm(
        controller_name=policy.controller["name"], centre_name=centre,
        policy_version=policy.version, policy_sha256=policy.sha256,
        purposes=tuple(FormPurpose(p.wording("vi"), p.required) for p in policy.purposes),
        sensitive_kinds=tuple(t.get("vi", k) for k, t in policy.sensitive_kinds.items()),
        rights=rights_text(periods or default_periods(), receipt_words("vi"), "vi"),
        policy_text=policy.text,
    )


def blank_form_pdf(centre: str, periods: dict[str, Any] | None = None) -> bytes:
    """A blank form of the current policy (no store access: safe on a worker thread);
    `periods` as the desk applies them (`form_periods`), the legal defaults otherwise."""
    return render_paper_form(paper_form(current_policy(), centre, periods))


def form_periods(desk: Desk) -> dict[str, Any]:
    with desk.tx() as s:
        return rights_periods(s)


def paper_form_pdf(desk: Desk) -> bytes:
    """A blank form holds nobody's data, but it is consent paperwork made from the store:
    whoever prints it has signed in, as in the window."""
    check_desk(desk, Action.PRINT_RECEIPT)
    return blank_form_pdf(centre_name(desk), form_periods(desk))
