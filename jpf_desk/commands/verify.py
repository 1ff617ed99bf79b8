"""`jpf-desk verify`: recompute the consent hash chain and the access log's chains; exit 1
and name the first mismatch."""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_desk
from jpf_desk.services.consent.verify import VerifyReport

REASONS = {
    "link": "does not link to the previous receipt's hash",
    "hash": "content does not match its hash",
    "columns": "stored columns differ from the hashed content",
    "gap": "chain position out of sequence (a receipt is missing)",
    "event": "a consent event was altered",
    "events": "its consent events differ from its content (added or removed)",
    "redaction": "content marked as redacted by an erasure that is not on record",
}


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "verify", help="check the consent receipts' hash chain and events, and the access log")
    data_dir_option(p)
    p.set_defaults(func=run)


ACCESS_REASONS = {
    "gap": "sequence out of order (an event is missing)",
    "link": "does not link to the previous event's hash",
    "hash": "content does not match its hash",
}


def run(args: argparse.Namespace) -> int:
    from jpf_desk.services.access_log.verify import verify_access_log
    from jpf_desk.services.consent.verify import verify_consents

    desk = open_cli_desk(args, lock=False)
    try:
        report = verify_consents(desk)
        access = verify_access_log(desk.store)
    finally:
        desk.store.close()
    consent_ok = _consent_result(report)
    if access.mismatch is None:
        print(f"OK: {access.events} access-log events in {access.chains} desk chains verified")
        return consent_ok
    bad_event = access.mismatch
    print(f"MISMATCH: access-log event {bad_event.event_id} (desk {bad_event.store_id}, "
          f"#{bad_event.sequence}): {ACCESS_REASONS.get(bad_event.reason, bad_event.reason)}")
    return 1


def _consent_result(report: VerifyReport) -> int:
    bad = report.mismatch
    if bad is None:
        note = (f" ({report.redacted} redacted after erasure: chain links and events checked)"
                if report.redacted else "")
        print(f"OK: {report.receipts} receipts, {report.events} consent events verified{note}")
        return 0
    event = f", event {bad.event_id}" if bad.event_id else ""
    print(f"MISMATCH: receipt {bad.receipt_id} ({bad.short_code}){event}: "
          f"{REASONS.get(bad.reason, bad.reason)}")
    return 1
