"""`jpf-desk dossiers`: the board, a customer's disclosures and their printed report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.labels import label
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.customers.records import get_customer
from jpf_desk.services.dossiers.workflow import BoardFilter, board
from jpf_desk.services.private_files import write_private
from jpf_desk.services.sharing.disclosures import disclosures_of_customer
from jpf_desk.services.sharing.recipients_report import customer_disclosure_report


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "dossiers", help="study-abroad dossiers: board, disclosures, 'who received my data'")
    data_dir_option(p)
    sign_in_options(p)
    sub = p.add_subparsers(dest="dossiers_command", required=True)
    b = sub.add_parser("board", help="dossiers by stage (late ones flagged)")
    b.add_argument("--consultant", help="staff id")
    b.add_argument("--late", action="store_true", help="late dossiers only")
    b.add_argument("--all", action="store_true", help="include withdrawn and closed")
    b.add_argument("--json", action="store_true")
    d = sub.add_parser("disclosures", help="every disclosure of a customer's data (JSON)")
    d.add_argument("customer_id")
    r = sub.add_parser("report", help="the customer's 'who received my data' PDF")
    r.add_argument("customer_id")
    r.add_argument("--out", required=True, help="PDF file to write")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args, lock=False)
    try:
        if args.dossiers_command == "board":
            views = board(desk, BoardFilter(consultant_id=args.consultant, late_only=args.late,
                                            include_finished=args.all))
            note_access(desk, AccessKind.LIST_EXPORTED, customer_id=None,
                        detail=f"dossier_board:{'json' if args.json else 'text'}")
            if args.json:
                print_json([{"id": v.id, "customer_id": v.customer_id, "customer": v.customer_name, "stage": v.stage.value,
                             "since": v.stage_since.isoformat(), "days_late": v.days_late,
                             "consultant": v.consultant_name, "intake": v.intake_label}
                            for v in views])
            else:
                for v in views:
                    late = f"trễ {v.days_late} ngày" if v.late else ""
                    print(f"{label(v.stage)}\t{v.customer_name}\t{v.intake_label}"
                          f"\t{v.consultant_name}\t{late}\t{v.id}")
        elif args.dossiers_command == "disclosures":
            get_customer(desk, args.customer_id)  # an unknown id is said, not an empty list
            shown = disclosures_of_customer(desk, args.customer_id)
            note_access(desk, AccessKind.LIST_EXPORTED, customer_id=args.customer_id,
                        detail="disclosures:json")
            print_json([{"id": d.id, "sent_at": d.sent_at.isoformat(), "partner": d.partner_name,
                         "country": d.partner_country, "purpose": d.purpose.value,
                         "items": list(d.items), "channel": d.channel.value,
                         "consent_receipt_id": d.consent_receipt_id,
                         "cross_border": d.cross_border,
                         "legal_basis": d.legal_basis.value if d.legal_basis else None}
                        for d in shown])
        else:
            write_private(Path(args.out), customer_disclosure_report(desk, args.customer_id,
                                                                    lang=args.lang))
            print(args.out)
    finally:
        desk.store.close()
    return 0
