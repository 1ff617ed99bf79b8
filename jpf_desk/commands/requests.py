"""`jpf-desk requests ...`: the data-subject request queue from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_date
from jpf_desk.services.access_log.record import note_access


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "requests", help="customers' data requests (access, update, deletion...)")
    actions = p.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="the queue, soonest due first")
    data_dir_option(listing)
    sign_in_options(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--open", action="store_true", help="only requests still open")
    listing.set_defaults(func=run_list)
    report = actions.add_parser(
        "access-report", help="everything held about a customer; writing it to files "
        "answers (completes) the customer's open access request")
    data_dir_option(report)
    sign_in_options(report)
    report.add_argument("customer_id")
    report.add_argument("--json", dest="json_file", help="write the report as JSON here")
    report.add_argument("--pdf", dest="pdf_file", help="write the report as PDF here")
    report.set_defaults(func=run_access_report)


def run_list(args: argparse.Namespace) -> int:
    from jpf_desk.services.rights.requests import list_requests

    desk = signed_in_desk(args, lock=False)
    try:
        rows = list_requests(desk, open_only=args.open, lang=args.lang)
        note_access(desk, AccessKind.LIST_EXPORTED, customer_id=None,
                    detail=f"requests:{'json' if args.json else 'text'}")
    finally:
        desk.store.close()
    if args.json:
        print_json([{"id": r.id, "number": r.number, "kind": r.kind, "status": r.status,
                     "customer_id": r.customer_id, "received_on": r.received_on.isoformat(),
                     "acknowledge_due": r.acknowledge_due.isoformat(),
                     "due_date": r.answer_due.isoformat(), "urgency": r.urgency.value,
                     "counting_rule": r.counting_rule}
                    for r in rows])
    else:
        for r in rows:
            print(f"{r.number}\t{r.kind}\t{r.status}\t{format_date(r.next_due)}\t{r.urgency}"
                  f"\t{r.counting_rule}\t{r.id}")
    return 0


def run_access_report(args: argparse.Namespace) -> int:
    """With --pdf or --json, the files answer the customer's open access request, if any.

    That answer is both files, so the one not named is written beside the other.
    Without either, the report goes to stdout and answers nothing.
    """
    from jpf_desk.services.rights import documents

    pdf = Path(args.pdf_file) if args.pdf_file else None
    data = Path(args.json_file) if args.json_file else None
    desk = signed_in_desk(args, lock=pdf is not None or data is not None)
    try:
        pending = documents.open_access_request(desk, args.customer_id)
        named = pdf or data
        if pending is not None and named is not None:
            pdf, data = pdf or named.with_suffix(".pdf"), data or named.with_suffix(".json")
            done = documents.answer_access_request(desk, pending.id, pdf, data,
                                                   lang=args.lang)
            print(f"{done.request.number}\t{done.request.status}\t{done.pdf}\t{done.json}")
            return 0
        report = documents.write_access_report(desk, args.customer_id, pdf, data,
                                                   lang=args.lang)
    finally:
        desk.store.close()
    if pdf is None and data is None:
        print_json(report.to_json())
    return 0
