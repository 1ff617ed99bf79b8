"""A stored receipt put into words, in the receipt's own language, for printing/.

Everything comes from the receipt's hashed content and its own policy version (purposes,
sensitive kinds, what withdrawing changes), never from today's settings, so a reprint
years later says what the original said. Only the status, the print time and the
"copy" banner come from outside.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from jpf_desk.domain.consent import ConsentAction, ConsentMethod, ReceiptStatus
from jpf_desk.domain.controller import ControllerDetails, ControllerField
from jpf_desk.domain.dates import VN_TZ, format_date
from jpf_desk.domain.labels import label
from jpf_desk.domain.people import CHILD_CONSENT_AGE, Relationship
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.printing.receipt import ReceiptField, ReceiptPartner, ReceiptPurpose, ReceiptSheet
from jpf_desk.services.consent.controller import recorded_details
from jpf_desk.services.consent.policy import Policy, policy_version
from jpf_desk.services.consent.receipt_words import receipt_words
from jpf_desk.services.consent.views import Receipt

GIVEN, WITHDRAWN = ConsentAction.GIVEN.value, ConsentAction.WITHDRAWN.value


def format_moment(iso_or_dt: str | datetime) -> str:
    """dd/mm/yyyy HH:MM:SS with the +07:00 offset written out (proof of when)."""
    moment = datetime.fromisoformat(iso_or_dt) if isinstance(iso_or_dt, str) else iso_or_dt
    local = moment.astimezone(VN_TZ)
    offset = local.strftime("%z")
    return f"{format_date(local.date())} {local:%H:%M:%S} ({offset[:3]}:{offset[3:]})"


def _relationship(code: str | None, lang: str) -> str:
    return label(Relationship(code), lang) if code else ""  # None once redacted


def _controller_rows(details: ControllerDetails, w: dict[str, str], lang: str
                     ) -> tuple[tuple[ReceiptField, ...], list[str]]:
    rows, missing = [], []
    for f in ControllerField:
        value = getattr(details, f.value)
        if not value:
            missing.append(label(f, lang))
        rows.append(ReceiptField(label(f, lang), value or w["missing"], missing=not value))
    return tuple(rows), missing


def _people(c: dict[str, Any], w: dict[str, str], lang: str) -> tuple[ReceiptField, ...]:
    cu = c["customer"]
    if "redacted_by_erasure" in c:
        return (ReceiptField(w["full_name"], w["erased"]),)
    rows = [ReceiptField(w["full_name"], cu["full_name"] or ""),
            ReceiptField(w["birth_date"], format_date(date.fromisoformat(cu["birth_date"]))
                         if cu["birth_date"] else "—"),
            ReceiptField(w["contact"], cu["contact"] or "—"),
            ReceiptField(w["id_document"], cu["id_document"] or "—")]
    g = c["guardian"]
    if g is not None:
        relationship = _relationship(g["relationship"], lang)
        rows.append(ReceiptField(w["guardian"], ", ".join(
            x for x in (g["full_name"] or "", relationship, g["contact"] or "") if x)))
        if c["kind"] != "withdrawal":
            rows.append(ReceiptField(w["guardian_agreed"], w["yes"]))
    if c["child_consented"] is not None and c["kind"] != "withdrawal":
        rows.append(ReceiptField(w["child_agreed"],
                                 w["yes"] if c["child_consented"] else w["no"]))
    elif cu.get("minor") and (cu.get("age") or 0) < CHILD_CONSENT_AGE:
        rows.append(ReceiptField(w["child_agreed"], w["child_under_7"]))
    by = c.get("withdrawn_by")
    if by is not None:
        who = {"customer": w["withdrawn_by_customer"],
               "guardian_unrecorded": w["withdrawn_by_unrecorded"]}.get(by["role"])
        if who is None:
            who = f"{by['guardian_name']} ({_relationship(by['relationship'], lang)})"
        rows.append(ReceiptField(w["withdrawn_by"], who))
    return tuple(rows)


def _signers(c: dict[str, Any], w: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The customer signs unless a minor under 7; a minor's guardian always signs."""
    cu = c["customer"]
    name = "" if "redacted_by_erasure" in c else (cu["full_name"] or "")
    staff = (w["sign_staff"], c["staff"]["full_name"] or "")
    if not cu.get("minor"):
        return ((w["sign_customer"], name), staff)
    by = c.get("withdrawn_by") or {}
    guardian = by.get("guardian_name") or (c["guardian"] or {}).get("full_name") or ""
    signers = [(w["sign_guardian"], guardian)]
    if (cu.get("age") or 0) >= CHILD_CONSENT_AGE:
        signers.append((w["sign_child"], name))
    return (*signers, staff)


def _partners(c: dict[str, Any], w: dict[str, str], lang: str) -> tuple[ReceiptPartner, ...]:
    out = []
    for p in c["partners"]:
        by = p.get("decided_by")
        decided = "" if not by else w["decided_by"].format(
            name=by["guardian_name"], relationship=_relationship(by["relationship"], lang),
            child=w["decided_child"] if by["child_consented"] else "")
        out.append(ReceiptPartner(label(ConsentAction(p["choice"]), lang).upper(),
                                  p["partner_name"], p["text"],
                                  w["yes"] if p["cross_border"] else w["no"], decided))
    return tuple(out)


def _rights(c: dict[str, Any], policy: Policy, w: dict[str, str], lang: str) -> str:
    periods = c.get("rights_periods")
    if periods is None:  # receipts made before the periods were recorded printed this
        return policy.rights.get(lang, policy.rights["vi"])
    return rights_text(periods, w, lang)


def rights_text(periods: dict[str, Any], w: dict[str, str], lang: str) -> str:
    """The rights and the answer periods, each with its counting rule (calendar or
    working days) as the desk applies it."""

    def phrase(p: dict[str, Any]) -> str:
        unit = w["unit_working"] if p["count"] == "working" else w["unit_calendar"]
        return w["period"].format(days=p["days"], partners=p["with_partners_days"], unit=unit)

    def period(group: str) -> str:
        p = periods[group]
        differing = p.get("except", {})
        others = [f"{label(kind, lang)}: {phrase(differing[kind.value])}"
                  for kind in RequestKind if kind.value in differing]
        return phrase(p) + (f" ({'; '.join(others)})" if others else "")

    return w["rights"].format(ack=periods["acknowledge_working_days"],
                              withdraw=period("withdraw"), access=period("access"),
                              delete=period("delete"))


def _effects(c: dict[str, Any], policy: Policy, w: dict[str, str], lang: str
             ) -> tuple[str, ...]:
    """What this withdrawal changes, in the words of the receipt's policy version."""
    if c["kind"] != "withdrawal":
        return ()
    lines = [policy.purpose(p["code"]).if_withdrawn.get(lang)
             or policy.purpose(p["code"]).if_withdrawn["vi"]
             for p in c["purposes"] if p["choice"] == WITHDRAWN]
    lines += [w["partner_stopped"].format(partner=p["partner_name"], purpose=p["text"])
              for p in c["partners"] if p["choice"] == WITHDRAWN]
    return (*lines, w["before_stays"])


def _clock_correction(c: dict[str, Any], w: dict[str, str]) -> list[ReceiptField]:
    """Right under the time, when it was corrected for the desk's clock being off."""
    fixed = c.get("clock_correction")
    if not fixed:
        return []
    return [ReceiptField(w["clock_corrected"], w["clock_corrected_value"].format(
        desk=format_moment(fixed["desk_clock"]), measured=format_moment(fixed["measured_at"])))]


def receipt_sheet(receipt: Receipt, *, printed_at: datetime, copy: bool) -> ReceiptSheet:
    """The receipt's stored content in words; only status and print time come from outside."""
    c = receipt.content
    lang = c["language"] if c["language"] in ("vi", "fr", "en") else "vi"
    w = receipt_words(lang)
    policy = policy_version(c["policy"]["version"])
    withdrawal = c["kind"] == "withdrawal"
    printed = format_moment(printed_at)
    jpf, centre = recorded_details(c["controller"])
    jpf_rows, jpf_missing = _controller_rows(jpf, w, lang)
    centre_rows, centre_missing = _controller_rows(centre, w, lang)
    missing = sorted(set(jpf_missing + centre_missing), key=(jpf_missing + centre_missing).index)
    collection = [ReceiptField(w["withdrawn_at" if withdrawal else "consented_at"],
                               format_moment(c["consented_at"])),
                  *_clock_correction(c, w),
                  ReceiptField(w["printed_at"], printed),
                  ReceiptField(w["method"], label(ConsentMethod(c["method"]), lang))]
    if c["signed_on"]:
        collection.append(ReceiptField(w["signed_on"],
                                       format_date(date.fromisoformat(c["signed_on"]))))
    collection += [ReceiptField(w["centre"], c["centre"]["name"]),
                   ReceiptField(w["staff"], c["staff"]["full_name"] or ""),
                   ReceiptField(w["language"], w[f"language_{lang}"])]
    sens = c["sensitive"]
    kinds = ", ".join(policy.sensitive_kinds.get(k, {}).get(lang) or k for k in sens["kinds"])
    title = w["title_withdrawal" if withdrawal else "title"]
    return ReceiptSheet(
        words=w, title=title,
        code_status=w["code_status"].format(
            code=receipt.short_code, status=label(ReceiptStatus(receipt.status), lang)),
        copy_banner=w["copy_banner"].format(at=printed) if copy else None,
        page_label=w["page"].replace("{code}", receipt.short_code),
        pdf_title=f"{title} {receipt.short_code}", qr_payload=receipt.qr_payload,
        identity=(ReceiptField(w["receipt_id"], receipt.id),
                  ReceiptField(w["supersedes"], c["supersedes"] or "—"),
                  ReceiptField(w["law"], w["law_value"])),
        collection=tuple(collection), people=_people(c, w, lang),
        controller_jpf=jpf_rows, controller_centre=centre_rows,
        controller_note=w["missing_note"].format(fields=", ".join(missing)) if missing else None,
        policy=(ReceiptField(w["policy_version"], c["policy"]["version"]),
                ReceiptField(w["policy_sha"], c["policy"]["sha256"])),
        reference_note=w["reference_note"] if lang != "vi" else "",  # a translation only
        purposes=tuple(ReceiptPurpose(label(ConsentAction(p["choice"]), lang).upper(),
                                      p["text"] + (w["required_note"] if p["required"] else ""),
                                      p.get("retention") or "")
                       for p in c["purposes"]),
        partners=_partners(c, w, lang),
        sensitive=w["sensitive_yes"].format(kinds=kinds) if sens["involved"]
        else w["sensitive_no"],
        withdrawal_effects=_effects(c, policy, w, lang),
        rights=_rights(c, policy, w, lang), signers=_signers(c, w),
        integrity=(ReceiptField(w["chain_position"], w["chain_value"].format(
                       position=receipt.chain_position, store=receipt.store_id)),
                   ReceiptField(w["receipt_hash"], receipt.content_hash),
                   ReceiptField(w["previous_hash"], receipt.previous_hash)),
    )
