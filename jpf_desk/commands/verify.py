"""`jpf-desk verify`: check the consent proof and the access log; exit 1 and name the first
mismatch.

Exit codes: 0 everything matches (head office's anchor included when it could be
reached: the output says when it was last compared), 1 a mismatch, named by record id
(receipt, event, chain link or trigger), never by the person's data; 2 refused (no
sign-in, a wrong password, not a manager). It reads every receipt, event and access-log
entry of the store, so a manager signs in (`Action.VERIFY_PROOF`).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain import messages
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.messages import render
from jpf_desk.services.access_log.verify import AccessLogCheck, verify_access_log


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "verify", help="check the consent receipts' hash chain, events and head office's "
                       "anchor, and the access log's chains")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("--offline", action="store_true",
                   help="do not compare with head office this time")
    p.set_defaults(func=run)


def _where(bad: Any, lang: str) -> str:
    parts = []
    if bad.trigger:
        parts.append(render("verify.where.trigger", {"trigger": bad.trigger}, lang))
    if bad.receipt_id:
        parts.append(render("verify.where.receipt",
                            {"receipt": bad.receipt_id, "code": bad.short_code or "-"}, lang))
    if bad.event_id:
        parts.append(render("verify.where.event", {"event": bad.event_id}, lang))
    if bad.position:
        parts.append(render("verify.where.link", {"position": bad.position}, lang))
    return ", ".join(parts)


def _when(at: datetime | None, lang: str) -> str:
    if at is None:
        return render("verify.anchor.never", {}, lang)
    return at.astimezone(VN_TZ).strftime("%Y-%m-%d %H:%M %z")


def run(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.anchor import (
        COMPARED,
        NOT_CONNECTED,
        AnchorReport,
        compare_with_head_office,
    )
    from jpf_desk.services.consent.verify import verify_consents

    lang = args.lang
    desk = signed_in_desk(args, lock=False)
    try:
        report = verify_consents(desk)  # refuses anyone but a manager, before reading
        access = verify_access_log(desk.store)
        anchor: AnchorReport | None = None if args.offline else compare_with_head_office(desk)
    finally:
        desk.store.close()
    bad = report.mismatch
    if bad is not None:
        reason = render(f"verify.reason.{bad.reason}", {}, lang)
        print(render("verify.mismatch", {"where": _where(bad, lang), "reason": reason}, lang))
        return 1
    if anchor is not None and anchor.problem is not None:
        p = anchor.problem
        where = ", ".join(filter(None, [
            render("verify.where.receipt", {"receipt": p.receipt_id, "code": "-"}, lang)
            if p.receipt_id else "",
            render("verify.where.link", {"position": p.position}, lang) if p.position
            else ""])) or render("verify.where.desk", {}, lang)
        reason = render(f"verify.reason.{p.reason}",
                        {"anchored": p.position, "local": p.local_links}, lang)
        print(render("verify.mismatch", {"where": where, "reason": reason}, lang))
        return 1
    print(render("verify.ok", {"receipts": report.receipts, "events": report.events,
                               "links": report.links}, lang))
    if report.head_position:
        print(render("verify.head", {"position": report.head_position,
                                     "hash": report.head_hash}, lang))
    if report.redacted:
        print(render("verify.redacted", {"count": report.redacted}, lang))
    if anchor is not None:
        if anchor.status == COMPARED:
            print(render("verify.anchor.compared",
                         {"heads": anchor.heads, "at": _when(anchor.last_compared, lang)}, lang))
        elif anchor.status == NOT_CONNECTED:
            print(render("verify.anchor.not_connected", {}, lang))
        else:
            print(render("verify.anchor.unreachable",
                         {"at": _when(anchor.last_compared, lang)}, lang))
    return _access_log_result(access, lang)


def _access_log_result(access: AccessLogCheck, lang: str) -> int:
    """The access log's own chains (one per desk), after the consent proof."""
    bad = access.mismatch
    if bad is None:
        print(render("verify.access_log.ok", {"events": access.events,
                                              "chains": access.chains}, lang))
        return 0
    print(render("verify.access_log.mismatch", {
        "event": bad.event_id, "desk": bad.store_id, "sequence": bad.sequence,
        "reason": render(f"verify.access_log.{bad.reason}", {}, lang)}, lang))
    return 1


messages.register({
    "verify.access_log.ok": {
        "vi": "ĐÚNG: đã kiểm tra {events} sự kiện nhật ký truy cập ({chains} chuỗi của các máy).",
        "fr": "OK : {events} événements du journal des accès vérifiés ({chains} chaînes de postes).",
        "en": "OK: {events} access-log events verified ({chains} desk chains)."},
    "verify.access_log.mismatch": {
        "vi": "SAI LỆCH: sự kiện nhật ký truy cập {event} (máy {desk}, số {sequence}): {reason}",
        "fr": "NON CONFORME : événement du journal des accès {event} (poste {desk}, n° "
              "{sequence}) : {reason}",
        "en": "MISMATCH: access-log event {event} (desk {desk}, #{sequence}): {reason}"},
    "verify.access_log.gap": {
        "vi": "thiếu sự kiện ngay trước sự kiện này",
        "fr": "un événement manque juste avant celui-ci",
        "en": "an event is missing just before this one"},
    "verify.access_log.link": {
        "vi": "không nối với mã băm của sự kiện trước",
        "fr": "ne se raccroche pas à l'empreinte de l'événement précédent",
        "en": "does not link to the previous event's hash"},
    "verify.access_log.tail": {
        "vi": "thiếu các sự kiện mới nhất của máy này",
        "fr": "les événements les plus récents de ce poste manquent",
        "en": "this desk's newest events are missing"},
    "verify.access_log.hash": {
        "vi": "nội dung không khớp với mã băm",
        "fr": "le contenu ne correspond pas à son empreinte",
        "en": "content does not match its hash"},
})
