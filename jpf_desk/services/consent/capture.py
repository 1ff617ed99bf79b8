"""Capturing consent: at intake, from a signed paper form, withdrawals, partner sharing.

Every change writes a new receipt with the whole current picture, superseding the
customer's previous receipt; nothing is ever updated in place (Law 91 Art. 9: the
controller must prove who consented to what, when, how, under which policy text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpf_desk.domain.clock_skew import receipt_time
from jpf_desk.domain.consent import ConsentAction, ConsentMethod
from jpf_desk.domain.dates import now_vn
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import LANGUAGES
from jpf_desk.domain.not_found import not_found
from jpf_desk.domain.people import child_must_consent, is_minor
from jpf_desk.services.consent import messages as consent_messages
from jpf_desk.services.consent.content import build_content
from jpf_desk.services.consent.controller import controller_part, load_settings
from jpf_desk.services.consent.partner_parts import PartnerChoice, decided_by_part, partner_part
from jpf_desk.services.consent.policy import SERVICE, Policy, current_policy, policy_version
from jpf_desk.services.consent.queries import latest_receipt_row, receipt_from_row
from jpf_desk.services.consent.records import (
    EventSpec,
    next_link,
    short_code_for,
    store_id,
    write_receipt,
)
from jpf_desk.services.consent.rights_periods import rights_periods
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.desk import Desk
from jpf_desk.store import clock_offset
from jpf_desk.store.base import new_id
from jpf_desk.store.models import Centre, ConsentReceipt, Customer, Guardian, Staff

_ = consent_messages  # registers the consent.* codes raised here


@dataclass(frozen=True)
class ConsentInput:
    """What the consent dialog (or a paper form) says. Unticked purposes are refusals."""

    given: frozenset[str]
    method: ConsentMethod = ConsentMethod.DESK
    signed_on: date | None = None
    language: str = "vi"
    guardian_id: str | None = None
    guardian_consented: bool = False
    child_consented: bool | None = None
    partners: tuple[PartnerChoice, ...] = ()
    sensitive_kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class MinorDecision:
    """Who decides a minor's new choice at the desk: the guardian present (who must say
    yes) and, from 7, the child's own answer. Asked each time, never copied from an
    earlier receipt (Law 91 Art. 24(2))."""

    guardian_id: str | None
    guardian_consented: bool = False
    child_consented: bool | None = None


def _guardian(session: Session, customer: Customer, guardian_id: str | None) -> Guardian | None:
    guardians = list(session.scalars(
        select(Guardian).where(Guardian.minor_id == customer.id).order_by(Guardian.created_at)
    ))
    if guardian_id is None:
        return guardians[0] if guardians else None
    for g in guardians:
        if g.id == guardian_id:
            return g
    raise DomainError("consent.guardian_unknown", field="guardian")


def _check_input(data: ConsentInput, policy: Policy, customer: Customer, day: date) -> None:
    unknown = set(data.given) - set(policy.purpose_codes)
    if unknown:
        raise DomainError("consent.unknown_purpose", field="purposes")
    if data.language not in LANGUAGES:
        raise DomainError("consent.bad_language", field="language")
    if data.method is ConsentMethod.PAPER:
        if data.signed_on is None:
            raise DomainError("consent.paper_date_required", field="signed_on")
        if data.signed_on > day:
            raise DomainError("consent.paper_date_future", field="signed_on")
    if data.partners and SERVICE not in data.given and any(p.given for p in data.partners):
        raise DomainError("consent.partner_needs_service", field="partners")
    if data.sensitive_kinds and set(data.sensitive_kinds) - set(policy.sensitive_kinds):
        raise DomainError("consent.unknown_sensitive_kind", field="sensitive")
    birth = customer.birth_date
    if birth is not None and is_minor(birth, day):
        if not data.guardian_consented:
            raise DomainError("consent.guardian_required", field="guardian")
        if child_must_consent(birth, day) and data.child_consented is not True:
            raise DomainError("consent.child_required", field="child")


@dataclass
class _Context:
    session: Session
    customer: Customer
    centre: Centre
    staff: Staff
    at: datetime
    clock_correction: dict[str, object] | None = None  # domain/clock_skew.receipt_time


def _context(desk: Desk, session: Session, customer_id: str, now: datetime | None) -> _Context:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.status == "deleted":
        raise not_found("customer", customer_id)
    centre = session.get(Centre, desk.actor.centre_id)
    staff = session.get(Staff, desk.actor.staff_id)
    assert centre is not None and staff is not None
    at, correction = receipt_time((now or now_vn()).replace(microsecond=0),
                                  clock_offset.last(session))
    return _Context(session, customer, centre, staff, at.replace(microsecond=0), correction)


def _new_receipt(
    ctx: _Context, *, kind: str, policy: Policy, choices: dict[str, str],
    partners: list[dict[str, Any]], method: str, signed_on: date | None, language: str,
    guardian: Guardian | None, child_consented: bool | None, sensitive: list[str],
    extra: dict[str, Any] | None = None,
) -> Receipt:
    s = ctx.session
    controller = controller_part(load_settings(s, ctx.centre.id, policy), policy)
    facts = {"rights_periods": rights_periods(s), **(extra or {})}
    if ctx.clock_correction is not None:  # this desk's clock is off: the time was corrected
        facts["clock_correction"] = ctx.clock_correction
    previous = latest_receipt_row(s, ctx.customer.id)
    store = store_id(s)
    position, previous_hash = next_link(s, store)
    receipt_id = new_id()
    content = build_content(
        receipt_id=receipt_id, short_code=short_code_for(receipt_id), kind=kind,
        supersedes_id=previous.id if previous else None, store_id=store,
        consented_at=ctx.at, method=method, signed_on=signed_on, language=language,
        centre=ctx.centre, staff=ctx.staff, customer=ctx.customer, guardian=guardian,
        child_consented=child_consented, policy=policy, choices=choices, partners=partners,
        sensitive_kinds=sensitive, controller=controller, extra=facts,
    )
    events = [EventSpec(code, choice) for code, choice in choices.items()]
    events += [EventSpec(p["purpose"], p["choice"], p["partner_id"], p["partner_name"])
               for p in partners]
    row = write_receipt(
        s, receipt_id=receipt_id, customer_id=ctx.customer.id, kind=kind,
        supersedes_id=previous.id if previous else None, content=content,
        consented_at=ctx.at, events=events, store=store, position=position,
        previous_hash=previous_hash,
    )
    return receipt_from_row(s, row)


def capture_consent(
    desk: Desk, customer_id: str, data: ConsentInput, *, now: datetime | None = None
) -> Receipt:
    """Record the customer's choice for every purpose of the current policy.

    A purpose not in `data.given` is recorded as refused. When the customer already has
    a receipt, the new one supersedes it (a change of consent).
    """
    policy = current_policy()
    with desk.tx("consent") as s:
        ctx = _context(desk, s, customer_id, now)
        _check_input(data, policy, ctx.customer, ctx.at.date())
        guardian = None
        if ctx.customer.birth_date and is_minor(ctx.customer.birth_date, ctx.at.date()):
            guardian = _guardian(s, ctx.customer, data.guardian_id)
            if guardian is None:
                raise DomainError("consent.guardian_required", field="guardian")
        previous = latest_receipt_row(s, customer_id)
        if data.method is ConsentMethod.HANDOVER:
            from jpf_desk.services.consent.handover import handover_pending

            if not handover_pending(s, ctx.customer, ctx.at.date()):
                raise DomainError("consent.handover_not_due", field="method")
        choices = {
            code: (ConsentAction.GIVEN if code in data.given else ConsentAction.REFUSED).value
            for code in policy.purpose_codes}
        partners = _carried_partners(
            s, previous, policy, data.partners, data.language, at=ctx.at,
            decided_by=decided_by_part(guardian, data.child_consented))
        if SERVICE not in data.given:
            _stop_partner_sharing(partners)
        kind = ("paper" if data.method is ConsentMethod.PAPER
                else "handover" if data.method is ConsentMethod.HANDOVER
                else "change" if previous else "intake")
        return _new_receipt(
            ctx, kind=kind, policy=policy, choices=choices, partners=partners,
            method=data.method.value, signed_on=data.signed_on, language=data.language,
            guardian=guardian, child_consented=data.child_consented,
            sensitive=list(data.sensitive_kinds),
        )


def _carried_partners(
    session: Session, previous: ConsentReceipt | None, policy: Policy,
    new: Iterable[PartnerChoice], lang: str, *, at: datetime,
    decided_by: dict[str, Any] | None,
) -> list[dict[str, Any]]:
    """The previous receipt's partner consents, with `new` ones added or replacing them."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    if previous is not None:
        for p in json.loads(previous.content)["partners"]:
            merged[(p["partner_id"], p["purpose"])] = p
    for choice in new:
        merged[(choice.partner_id, choice.purpose)] = partner_part(
            session, policy, choice, lang, at=at, decided_by=decided_by)
    return list(merged.values())


def _minor_decision(session: Session, customer: Customer, day: date,
                    decided_by: MinorDecision | None) -> tuple[Guardian | None, bool | None]:
    """The guardian present and the child's answer for a minor's new choice, checked;
    (None, None) for an adult."""
    birth = customer.birth_date
    if birth is None or not is_minor(birth, day):
        return None, None
    if decided_by is None or not decided_by.guardian_consented:
        raise DomainError("consent.guardian_required", field="guardian")
    guardian = _guardian(session, customer, decided_by.guardian_id)
    if guardian is None:
        raise DomainError("consent.guardian_required", field="guardian")
    if not child_must_consent(birth, day):
        return guardian, None
    if decided_by.child_consented is not True:
        raise DomainError("consent.child_required", field="child")
    return guardian, True


def _stop_partner_sharing(parts: list[dict[str, Any]]) -> list[str]:
    """Sharing with partners is done to deliver the service: without "service" every
    given partner consent is recorded as withdrawn on the new receipt (refusals stay).
    Returns the partners' names, for the person at the desk to tell the customer."""
    stopped = []
    for part in parts:
        if part["choice"] == ConsentAction.GIVEN:
            part["choice"] = ConsentAction.WITHDRAWN.value
            stopped.append(part["partner_name"])
    return stopped


def _carry_over(desk: Desk, customer_id: str, now: datetime | None, *, kind: str,
                method: ConsentMethod, change: Any, decided_by: MinorDecision | None = None,
                ask_minor: bool = False, language: str | None = None,
                extra: Any = None, signed_on: date | None = None) -> Receipt:
    """A new receipt that repeats the current one with `change(...)` applied.

    With `ask_minor` the new choices of a minor are made by the guardian present (and
    the child from 7): the receipt names them, not those of the receipt it replaces.
    """
    with desk.tx("consent") as s:
        ctx = _context(desk, s, customer_id, now)
        previous = latest_receipt_row(s, customer_id)
        if previous is None:
            raise DomainError("consent.none_recorded", field="purposes")
        old = json.loads(previous.content)
        policy = policy_version(old["policy"]["version"])
        choices = {p["code"]: (ConsentAction.REFUSED.value if p["choice"] == ConsentAction.WITHDRAWN
                               else p["choice"]) for p in old["purposes"]}
        partners = [dict(p, choice=ConsentAction.REFUSED.value)
                    if p["choice"] == ConsentAction.WITHDRAWN else p for p in old["partners"]]
        lang = language or old["language"]
        if lang not in LANGUAGES:
            raise DomainError("consent.bad_language", field="language")
        guardian = s.get(Guardian, old["guardian"]["id"]) if old["guardian"] else None
        child = old["child_consented"]
        if ask_minor:
            guardian, child = _minor_decision(s, ctx.customer, ctx.at.date(), decided_by)
        change(s, ctx, choices, partners, policy, decided_by_part(guardian, child), lang)
        return _new_receipt(
            ctx, kind=kind, policy=policy, choices=choices, partners=partners,
            method=method.value, signed_on=signed_on, language=lang,
            guardian=guardian, child_consented=child,
            extra=extra(s, ctx) if extra is not None else None,
            sensitive=list(old["sensitive"]["kinds"]),
        )


def _withdrawn_by(session: Session, customer: Customer, day: date,
                  decided_by: MinorDecision | None) -> dict[str, Any]:
    """Who withdrew: the customer, or for a minor the guardian named at the desk. A
    withdrawal is never refused for want of a name (it is a right), but a minor's
    receipt then says the name was not recorded."""
    birth = customer.birth_date
    if birth is None or not is_minor(birth, day):
        return {"role": "customer"}
    if decided_by is None or decided_by.guardian_id is None:
        return {"role": "guardian_unrecorded"}
    guardian = _guardian(session, customer, decided_by.guardian_id)
    assert guardian is not None
    return {"role": "guardian", **(decided_by_part(guardian, None) or {})}


def withdraw_consent(
    desk: Desk, customer_id: str, purposes: Iterable[str], *,
    partners: Iterable[tuple[str, str]] = (), method: ConsentMethod = ConsentMethod.DESK,
    decided_by: MinorDecision | None = None, signed_on: date | None = None,
    now: datetime | None = None,
) -> Receipt:
    """Withdraw some purposes (and partner consents given as (partner_id, purpose)).

    Processing for them stops from now on; what was done before stays on record. The new
    receipt supersedes the current one and names who withdrew (`decided_by`: a minor's
    guardian at the desk). Withdrawing "service" withdraws every partner consent too
    (sharing is part of delivering the service), on the same receipt.
    """
    wanted, wanted_partners = set(purposes), set(partners)

    def change(_s: Session, _c: _Context, choices: dict[str, str], parts: list[dict[str, Any]],
               _p: Policy, _who: dict[str, Any] | None, _lang: str) -> None:
        if not wanted and not wanted_partners:
            raise DomainError("consent.nothing_to_withdraw", field="purposes")
        for code in wanted:
            if choices.get(code) != ConsentAction.GIVEN:
                raise DomainError("consent.not_given", field="purposes", purpose=code)
            choices[code] = ConsentAction.WITHDRAWN.value
        if SERVICE in wanted:
            _stop_partner_sharing(parts)
        for part in parts:
            if (part["partner_id"], part["purpose"]) in wanted_partners:
                if part["choice"] == ConsentAction.WITHDRAWN and SERVICE in wanted:
                    continue  # already stopped with the service just above
                if part["choice"] != ConsentAction.GIVEN:
                    raise DomainError("consent.not_given", field="partners",
                                      purpose=part["purpose"])
                part["choice"] = ConsentAction.WITHDRAWN.value

    def who(s: Session, ctx: _Context) -> dict[str, Any]:
        return {"withdrawn_by": _withdrawn_by(s, ctx.customer, ctx.at.date(), decided_by)}

    return _carry_over(desk, customer_id, now, kind="withdrawal", method=method, change=change,
                       extra=who, signed_on=signed_on)


def add_partner_consents(
    desk: Desk, customer_id: str, choices: Iterable[PartnerChoice], *,
    method: ConsentMethod = ConsentMethod.DESK, decided_by: MinorDecision | None = None,
    language: str | None = None, now: datetime | None = None,
) -> Receipt:
    """Consent (or refusal) to share with partners, e.g. when a dossier needs Campus France.

    For a minor, `decided_by` names the guardian present and the child's answer (from 7);
    the receipt is in `language` (the current receipt's when None).
    """
    new = list(choices)

    def change(s: Session, ctx: _Context, purposes: dict[str, str],
               parts: list[dict[str, Any]], policy: Policy, who: dict[str, Any] | None,
               lang: str) -> None:
        if any(c.given for c in new) and purposes.get(SERVICE) != ConsentAction.GIVEN:
            raise DomainError("consent.partner_needs_service", field="partners")
        merged = {(p["partner_id"], p["purpose"]): p for p in parts}
        for c in new:
            merged[(c.partner_id, c.purpose)] = partner_part(s, policy, c, lang, at=ctx.at,
                                                             decided_by=who)
        parts[:] = list(merged.values())

    return _carry_over(desk, customer_id, now, kind="partner", method=method, change=change,
                       decided_by=decided_by, ask_minor=True, language=language)
