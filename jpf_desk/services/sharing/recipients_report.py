"""The customer's "who received my data" report, built from the disclosure log."""

from __future__ import annotations

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_datetime, now_vn
from jpf_desk.domain.disclosure_items import field_label, split_items
from jpf_desk.domain.labels import label
from jpf_desk.domain.not_found import not_found
from jpf_desk.printing.dossier_disclosures import (
    DisclosureLine,
    DisclosureReport,
    build_disclosure_report,
    yes_no_words,
)
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.consent.records import short_code_for
from jpf_desk.services.desk import Desk
from jpf_desk.services.sharing.disclosures import DisclosureView, disclosures_of_customer
from jpf_desk.store.models import Centre, Customer


def _line(d: DisclosureView, lang: str) -> DisclosureLine:
    """One disclosure in `lang`; document kinds keep the names the centre gave them."""
    yes, no = yes_no_words(lang)
    transfer = no
    if d.cross_border:
        basis = label(d.legal_basis, lang) if d.legal_basis else ""
        transfer = f"{yes} ({d.partner_country}) – {basis}"
    fields, _docs = split_items(d.items)
    return DisclosureLine(
        sent_at_text=format_datetime(d.sent_at),
        partner=f"{d.partner_name} ({d.partner_country})",
        purpose=label(d.purpose, lang),
        what=", ".join([field_label(f, lang) for f in fields] + list(d.document_labels)),
        how=label(d.channel, lang), sent_by=d.sent_by_name,
        consent_code=short_code_for(d.consent_receipt_id), transfer=transfer,
    )


def disclosure_report_data(desk: Desk, customer_id: str, *,
                           lang: str = "vi") -> DisclosureReport:
    """What the report shows, in `lang` (read from the store; rendering can then run
    anywhere)."""
    lines = tuple(_line(d, lang) for d in disclosures_of_customer(desk, customer_id))
    with desk.tx() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise not_found("customer", customer_id)
        centre = s.get(Centre, desk.actor.centre_id)
        name, centre_name = customer.full_name, centre.name if centre else ""
    return DisclosureReport(centre_name=centre_name, customer_name=name,
                            customer_ref=customer_id[:8].upper(),
                            printed_at_text=format_datetime(now_vn()), lines=lines, lang=lang)


def disclosure_report_pdf(data: DisclosureReport) -> bytes:
    """Rendering only (no store access): safe on a worker thread."""
    return build_disclosure_report(data)


def disclosure_report_given(desk: Desk, customer_id: str) -> None:
    """The report was rendered for the person at the desk (recorded in the access log)."""
    note_access(desk, AccessKind.LIST_EXPORTED, customer_id=customer_id,
                detail="recipients_report")


def customer_disclosure_report(desk: Desk, customer_id: str, *, lang: str = "vi") -> bytes:
    """The PDF to hand to the customer (every disclosure, oldest first), in `lang`."""
    pdf = disclosure_report_pdf(disclosure_report_data(desk, customer_id, lang=lang))
    disclosure_report_given(desk, customer_id)
    return pdf
