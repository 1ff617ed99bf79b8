"""`jpf-desk consent-to-collect`: customers the desk still has to ask for consent
(imported ones, mostly), so the desk can ask at their next visit."""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.services.access_log.record import note_access


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "consent-to-collect", help="customers with no consent recorded yet")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=int, default=500)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.to_collect import consent_to_collect

    desk = signed_in_desk(args, lock=False)
    try:
        rows = consent_to_collect(desk, args.limit)
        note_access(desk, AccessKind.LIST_EXPORTED, customer_id=None,
                    detail=f"consent_to_collect:{'json' if args.json else 'text'}")
    finally:
        desk.store.close()
    if args.json:
        print_json([{"id": r.id, "full_name": r.full_name, "phone": r.phone_e164,
                     "minor": r.is_minor} for r in rows])
    else:
        for r in rows:
            print(f"{r.full_name}\t{r.phone_national}\t{r.id}")
    return 0
