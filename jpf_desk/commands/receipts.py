"""`jpf-desk receipts list|export|paper-form`: consent receipts from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import VN_TZ, format_datetime
from jpf_desk.domain.not_found import not_found
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.private_files import write_private


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser("receipts", help="consent receipts")
    sub = p.add_subparsers(dest="receipts_command", required=True)
    ls = sub.add_parser("list", help="every receipt, newest first")
    data_dir_option(ls)
    sign_in_options(ls)
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.add_argument("--customer", help="only this customer's receipts (customer id)")
    ls.set_defaults(func=run_list)
    ex = sub.add_parser("export", help="one receipt as PDF (a marked copy) and/or JSON")
    data_dir_option(ex)
    sign_in_options(ex)
    ex.add_argument("id", help="receipt id or short code")
    ex.add_argument("--pdf", type=Path, help="write the receipt PDF here")
    ex.add_argument("--json", type=Path, help="write the Kantara v1.1 JSON here ('-': stdout)")
    ex.set_defaults(func=run_export)
    form = sub.add_parser("paper-form", help="a blank paper consent form (PDF)")
    data_dir_option(form)
    sign_in_options(form)
    form.add_argument("--pdf", type=Path, required=True)
    form.set_defaults(func=run_paper_form)


def run_list(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.queries import list_receipts

    desk = signed_in_desk(args, lock=False)
    try:
        rows = list_receipts(desk, args.customer)
        note_access(desk, AccessKind.LIST_EXPORTED, customer_id=args.customer,
                    detail=f"receipts:{'json' if args.json else 'text'}")
    finally:
        desk.store.close()
    if args.json:
        print_json([{"id": r.id, "short_code": r.short_code, "customer_id": r.customer_id,
                     "time": r.consented_at.astimezone(VN_TZ).isoformat(), "status": r.status,
                     "method": r.method, "supersedes": r.supersedes_id} for r in rows])
    else:
        for r in rows:
            print(f"{r.short_code}\t{format_datetime(r.consented_at)}\t{r.status}\t"
                  f"{r.customer_id}\t{r.id}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.documents import printed_receipt_pdf
    from jpf_desk.services.consent.export import ReceiptExportInvalid
    from jpf_desk.services.consent.queries import get_receipt
    from jpf_desk.services.consent.signature import exported_receipt

    desk = signed_in_desk(args, lock=False)
    try:
        try:
            receipt = get_receipt(desk, args.id)
        except LookupError:
            raise not_found("receipt", args.id) from None  # said in the user's language
        exported = None
        if args.json or not args.pdf:
            try:  # checked before anything is written: nothing half-exported
                exported = exported_receipt(desk, receipt)
            except ReceiptExportInvalid as exc:
                print(exc, file=sys.stderr)  # JSON paths and rule names, no values
                return 1
        if args.pdf:
            write_private(args.pdf, printed_receipt_pdf(desk, receipt, copy=True))
    finally:
        desk.store.close()
    if args.json:
        text = json.dumps(exported, ensure_ascii=False, indent=2) + "\n"
        if str(args.json) == "-":
            sys.stdout.write(text)
        else:
            write_private(args.json, text.encode("utf-8"))
    if not (args.pdf or args.json):
        print_json(exported)
    return 0


def run_paper_form(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.documents import paper_form_pdf

    desk = signed_in_desk(args, lock=False)  # consent paperwork: as in the window
    try:
        args.pdf.write_bytes(paper_form_pdf(desk))
    finally:
        desk.store.close()
    return 0
