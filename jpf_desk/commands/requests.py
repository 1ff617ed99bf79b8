"""`jpf-desk requests ...`: the data-subject request queue from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_desk, print_json
from jpf_desk.domain.dates import format_date


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "requests", help="customers' data requests (access, update, deletion...)")
    actions = p.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="the queue, soonest due first")
    data_dir_option(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--open", action="store_true", help="only requests still open")
    listing.set_defaults(func=run_list)
    report = actions.add_parser("access-report", help="everything held about a customer")
    data_dir_option(report)
    report.add_argument("customer_id")
    report.add_argument("--json", dest="json_file", help="write the report as JSON here")
    report.add_argument("--pdf", dest="pdf_file", help="write the report as PDF here")
    report.set_defaults(func=run_access_report)


def run_list(args: argparse.Namespace) -> int:
    from jpf_desk.services.rights.requests import list_requests

    desk = open_cli_desk(args, lock=False)
    try:
        rows = list_requests(desk, open_only=args.open)
    finally:
        desk.store.close()
    if args.json:
        print_json([{"id": r.id, "number": r.number, "kind": r.kind, "status": r.status,
                     "customer_id": r.customer_id, "received_on": r.received_on.isoformat(),
                     "acknowledge_due": r.acknowledge_due.isoformat(),
                     "due_date": r.answer_due.isoformat(), "urgency": r.urgency.value}
                    for r in rows])
    else:
        for r in rows:
            print(f"{r.number}\t{r.kind}\t{r.status}\t{format_date(r.next_due)}\t{r.urgency}"
                  f"\t{r.id}")
    return 0


def run_access_report(args: argparse.Namespace) -> int:
    from jpf_desk.printing.access_report import build_access_report
    from jpf_desk.services import setup
    from jpf_desk.services.rights.access_report import build_report

    desk = open_cli_desk(args, lock=False)
    try:
        report = build_report(desk, args.customer_id)
        ident = setup.identity(desk.store)
        centre = ident.centre_name if ident else ""
    finally:
        desk.store.close()
    if args.json_file:
        Path(args.json_file).write_text(json.dumps(report.to_json(), ensure_ascii=False,
                                                   indent=2), encoding="utf-8")
    if args.pdf_file:
        Path(args.pdf_file).write_bytes(build_access_report(report, centre))
    if not args.json_file and not args.pdf_file:
        print_json(report.to_json())
    return 0
