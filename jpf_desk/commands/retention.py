"""`jpf-desk retention`: the manager's list of data kept past its period; `--erase ID`
erases a customer the list names for erasure."""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_date
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.rights.retention import erase_past_retention, past_retention


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "retention", help="data kept past its retention period (manager)")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("--erase", metavar="CUSTOMER_ID", help="erase this listed customer")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args, lock=bool(args.erase))
    try:
        if args.erase:
            tomb = erase_past_retention(desk, args.erase)
            print(f"{tomb.id}\t{tomb.customer_id}")
            return 0
        rows = past_retention(desk)
        note_access(desk, AccessKind.LIST_EXPORTED, customer_id=None,
                    detail=f"retention:{'json' if args.json else 'text'}")
    finally:
        desk.store.close()
    if args.json:
        print_json([{"customer_id": r.customer_id, "full_name": r.full_name,
                     "purpose": r.purpose, "started_on": r.started_on.isoformat(),
                     "ended_on": r.ended_on.isoformat(),
                     "action": "erase" if r.erase else "stopped_ask_again"} for r in rows])
    else:
        for r in rows:
            action = "erase" if r.erase else "stopped_ask_again"
            print(f"{format_date(r.ended_on)}\t{r.purpose}\t{action}\t{r.full_name}"
                  f"\t{r.customer_id}")
    return 0
