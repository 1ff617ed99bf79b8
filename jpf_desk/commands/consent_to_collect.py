"""`jpf-desk consent-to-collect`: customers the desk still has to ask for consent
(imported ones, mostly), so the desk can ask at their next visit."""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_desk, print_json


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "consent-to-collect", help="customers with no consent recorded yet")
    data_dir_option(p)
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.to_collect import consent_to_collect

    desk = open_cli_desk(args, lock=False)
    try:
        rows = consent_to_collect(desk, args.limit)
    finally:
        desk.store.close()
    if args.json:
        print_json([{"id": r.id, "full_name": r.full_name, "phone": r.phone_e164,
                     "minor": r.is_minor} for r in rows])
    else:
        for r in rows:
            print(f"{r.full_name}\t{r.phone_national}\t{r.id}")
    return 0
