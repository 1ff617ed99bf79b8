"""Partners' requests for missing data, logged with the answer JPF gave.

A request is answered only within the agreed scope and under an active consent, and
never with data once the customer restricted, objected to or withdrew the service: the
log keeps which requested items were inside that scope when it was received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.disclosure_items import DisclosurePurpose, PartnerRequestOutcome
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.processing import ProcessingRefused
from jpf_desk.services.consent.policy import SERVICE, purpose_wording
from jpf_desk.services.consent.queries import active_partner_consent
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights import processing
from jpf_desk.services.sharing.disclosures import item_labels
from jpf_desk.services.sharing.partners import load_partner, partner_names
from jpf_desk.store.models import Dossier, PartnerRequest, PartnerScope

register({
    "partner_request.items_required": {
        "vi": "Hãy chọn dữ liệu mà đối tác yêu cầu.",
        "fr": "Choisissez les données demandées par le partenaire.",
        "en": "Choose the data the partner asked for.",
    },
    "partner_request.answer_required": {
        "vi": "Hãy ghi nội dung trả lời đối tác.",
        "fr": "Indiquez la réponse donnée au partenaire.",
        "en": "Write the answer given to the partner.",
    },
})


@dataclass(frozen=True)
class PartnerRequestView:
    id: str
    dossier_id: str | None
    partner_id: str
    partner_name: str
    purpose: DisclosurePurpose
    requested_items: tuple[str, ...]
    requested_labels: tuple[str, ...]
    outside_scope_labels: tuple[str, ...]
    has_consent: bool
    request_note: str
    asked_on: date
    outcome: PartnerRequestOutcome
    answer: str
    answered_on: date | None


def _view(desk: Desk, r: PartnerRequest) -> PartnerRequestView:
    with desk.tx() as s:
        items = tuple(r.requested_items.split())
        agreed = set(s.scalars(select(PartnerScope.item).where(
            PartnerScope.partner_id == r.partner_id, PartnerScope.purpose == r.purpose)))
        consent = (active_partner_consent(s, r.customer_id, r.partner_id, r.purpose)
                   if processing.may_process(s, r.customer_id, SERVICE) else None)
        return PartnerRequestView(
            r.id, r.dossier_id, r.partner_id, partner_names(s).get(r.partner_id, ("", ""))[0],
            DisclosurePurpose(r.purpose), items, tuple(item_labels(s, items)),
            tuple(item_labels(s, [i for i in items if i not in agreed])), consent is not None,
            r.request_note, r.asked_on, PartnerRequestOutcome(r.outcome), r.answer, r.answered_on)


def log_request(desk: Desk, dossier_id: str, partner_id: str, purpose: DisclosurePurpose,
                items: tuple[str, ...], note: str = "", *,
                asked_on: date | None = None) -> PartnerRequestView:
    if not items:
        raise ValidationError("partner_request.items_required", field="items")
    with desk.tx() as s:
        dossier = s.get(Dossier, dossier_id)
        if dossier is None:
            raise not_found("dossier", dossier_id)
        load_partner(s, partner_id)
        row = PartnerRequest(customer_id=dossier.customer_id, dossier_id=dossier_id,
                             partner_id=partner_id, purpose=purpose.value,
                             requested_items=" ".join(items), request_note=note.strip(),
                             asked_on=asked_on or today_vn())
        s.add(row)
        s.flush()
    return _view(desk, row)


def answer_request(desk: Desk, request_id: str, outcome: PartnerRequestOutcome,
                   answer: str) -> PartnerRequestView:
    if not answer.strip():
        raise ValidationError("partner_request.answer_required", field="answer")
    with desk.tx(reason="partner request answer") as s:
        row = s.get(PartnerRequest, request_id)
        if row is None:
            raise not_found("partner_request", request_id)
        if outcome is PartnerRequestOutcome.SENT:
            # Answering with data is processing for the service: a restriction, an
            # objection or a withdrawal recorded since the request came stops it.
            reason = processing.refusal(s, row.customer_id, SERVICE)
            if reason is not None:
                raise ProcessingRefused(reason, field="outcome",
                                        purpose=purpose_wording(SERVICE))
        row.outcome, row.answer = outcome.value, answer.strip()
        row.answered_on, row.answered_by = today_vn(), desk.actor.staff_id
    return _view(desk, row)


def requests_of_dossier(desk: Desk, dossier_id: str) -> list[PartnerRequestView]:
    with desk.tx() as s:
        rows = list(s.scalars(select(PartnerRequest)
                              .where(PartnerRequest.dossier_id == dossier_id)
                              .order_by(PartnerRequest.asked_on, PartnerRequest.created_at)))
    return [_view(desk, r) for r in rows]
