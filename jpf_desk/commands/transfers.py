"""`jpf-desk transfers`: destinations of JPF's transfers abroad and the 60-day filing of
the impact dossier; `--filed COUNTRY --on DATE` records a filing (manager)."""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.dates import format_date, parse_date, today_vn
from jpf_desk.services.sharing.transfers import record_filing, transfer_dossiers


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "transfers", help="transfer impact dossier: 60-day filing per destination")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("--filed", metavar="COUNTRY", help="record the filing for this country")
    p.add_argument("--on", metavar="DD/MM/YYYY", help="filing date (default today)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args, lock=bool(args.filed))
    try:
        if args.filed:
            record_filing(desk, args.filed, parse_date(args.on) if args.on else today_vn())
        rows = transfer_dossiers(desk)
    finally:
        desk.store.close()
    today = today_vn()
    if args.json:
        print_json([{"country": r.country, "first_transfer_on": r.first_transfer_on.isoformat(),
                     "file_by": r.file_by.isoformat(),
                     "filed_on": r.filed_on.isoformat() if r.filed_on else None,
                     "days_left": None if r.filed_on else r.days_left(today)} for r in rows])
    else:
        for r in rows:
            state = f"filed {format_date(r.filed_on)}" if r.filed_on else (
                f"{r.days_left(today)} days left")
            print(f"{r.country}\t{format_date(r.first_transfer_on)}\t{format_date(r.file_by)}"
                  f"\t{state}")
    return 0
