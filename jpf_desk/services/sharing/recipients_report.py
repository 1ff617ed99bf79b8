"""The customer's "who received my data" report, built from the disclosure log."""

from __future__ import annotations

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_datetime, now_vn
from jpf_desk.domain.disclosure_items import (
    CHANNEL_LABELS_VI,
    LEGAL_BASIS_LABELS_VI,
    PURPOSE_LABELS_VI,
)
from jpf_desk.domain.not_found import not_found
from jpf_desk.printing.dossier_disclosures import (
    DisclosureLine,
    DisclosureReport,
    build_disclosure_report,
)
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.consent.records import short_code_for
from jpf_desk.services.desk import Desk
from jpf_desk.services.sharing.disclosures import DisclosureView, disclosures_of_customer
from jpf_desk.store.models import Centre, Customer


def _line(d: DisclosureView) -> DisclosureLine:
    transfer = "Không"
    if d.cross_border:
        basis = LEGAL_BASIS_LABELS_VI[d.legal_basis] if d.legal_basis else ""
        transfer = f"Có ({d.partner_country}) – {basis}"
    return DisclosureLine(
        sent_at_text=format_datetime(d.sent_at),
        partner=f"{d.partner_name} ({d.partner_country})",
        purpose=PURPOSE_LABELS_VI[d.purpose],
        what=", ".join(d.field_labels + d.document_labels),
        how=CHANNEL_LABELS_VI[d.channel], sent_by=d.sent_by_name,
        consent_code=short_code_for(d.consent_receipt_id), transfer=transfer,
    )


def disclosure_report_data(desk: Desk, customer_id: str) -> DisclosureReport:
    """What the report shows (read from the store; rendering can then run anywhere)."""
    lines = tuple(_line(d) for d in disclosures_of_customer(desk, customer_id))
    with desk.tx() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise not_found("customer", customer_id)
        centre = s.get(Centre, desk.actor.centre_id)
        name, centre_name = customer.full_name, centre.name if centre else ""
    return DisclosureReport(centre_name=centre_name, customer_name=name,
                            customer_ref=customer_id[:8].upper(),
                            printed_at_text=format_datetime(now_vn()), lines=lines)


def disclosure_report_pdf(data: DisclosureReport) -> bytes:
    """Rendering only (no store access): safe on a worker thread."""
    return build_disclosure_report(data)


def disclosure_report_given(desk: Desk, customer_id: str) -> None:
    """The report was rendered for the person at the desk (recorded in the access log)."""
    note_access(desk, AccessKind.LIST_EXPORTED, customer_id=customer_id,
                detail="recipients_report")


def customer_disclosure_report(desk: Desk, customer_id: str) -> bytes:
    """The PDF to hand to the customer (every disclosure, oldest first)."""
    pdf = disclosure_report_pdf(disclosure_report_data(desk, customer_id))
    disclosure_report_given(desk, customer_id)
    return pdf
