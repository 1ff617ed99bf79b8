"""`jpf-desk verify`: recompute the consent hash chain; exit 1 and name the first mismatch."""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_desk

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
        "verify", help="check the consent receipts' hash chain and events")
    data_dir_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.verify import verify_consents

    desk = open_cli_desk(args, lock=False)
    try:
        report = verify_consents(desk)
    finally:
        desk.store.close()
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
