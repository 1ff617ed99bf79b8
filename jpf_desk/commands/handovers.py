"""`jpf-desk handovers [--month YYYY-MM]`: customers turning 16 whose consent is still
their guardian's, to ask at their next visit."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.consent.handover import handovers_due


def _month(text: str) -> date:
    try:
        year, month = text.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        raise argparse.ArgumentTypeError("YYYY-MM") from None


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "handovers", help="consent handovers due at 16 (this month by default)")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("--month", type=_month, default=None, help="YYYY-MM")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args, lock=False)
    try:
        rows = handovers_due(desk, args.month or today_vn().replace(day=1))
        note_access(desk, AccessKind.LIST_EXPORTED, customer_id=None,
                    detail=f"handovers:{'json' if args.json else 'text'}")
    finally:
        desk.store.close()
    if args.json:
        print_json([{"customer_id": r.customer_id, "full_name": r.full_name,
                     "sixteenth_birthday": r.sixteenth_birthday.isoformat()} for r in rows])
    else:
        for r in rows:
            print(f"{format_date(r.sixteenth_birthday)}\t{r.full_name}\t{r.customer_id}")
    return 0
