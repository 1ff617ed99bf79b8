"""`jpf-desk lists marketing|analytics`: the customers a purpose may process, as CSV."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.customers.audiences import analytics_rows, marketing_list
from jpf_desk.services.private_files import private_file


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "lists", help="marketing list or analytics export (only customers who may be included)")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("purpose", choices=("marketing", "analytics"))
    p.add_argument("--csv", type=Path, help="write here instead of standard output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args, lock=False)
    try:
        if args.purpose == "marketing":
            header = ["customer_id", "full_name", "phone", "email"]
            rows: list[list[object]] = [[r.customer_id, r.full_name, r.phone_e164, r.email]
                                        for r in marketing_list(desk)]
        else:
            header = ["customer_id", "birth_year", "sex", "province_code"]
            rows = [[r.customer_id, r.birth_year or "", r.sex, r.province_code]
                    for r in analytics_rows(desk)]
        note_access(desk, AccessKind.LIST_EXPORTED, customer_id=None,
                    detail=f"lists:{args.purpose}:{'file' if args.csv else 'text'}")
    finally:
        desk.store.close()
    out = (private_file(args.csv).open("w", newline="", encoding="utf-8") if args.csv
           else sys.stdout)  # a file of customers' data: readable by its owner only
    try:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    finally:
        if args.csv:
            out.close()
    return 0
