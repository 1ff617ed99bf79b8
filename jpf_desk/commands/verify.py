"""`jpf-desk verify`: check the consent proof; exit 1 and name the first mismatch.

Exit codes: 0 everything matches (head office's anchor included when it could be
reached: the output says when it was last compared), 1 a mismatch, named by record id
(receipt, event, chain link or trigger), never by the person's data.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_desk
from jpf_desk.domain.dates import VN_TZ
from jpf_desk.domain.messages import render


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "verify", help="check the consent receipts' hash chain, events and head office's anchor")
    data_dir_option(p)
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
    desk = open_cli_desk(args, lock=False)
    try:
        report = verify_consents(desk)
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
    return 0
