"""`jpf-desk search TEXT`: find customers as the window's search box does."""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_date
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.customers.search import search_customers


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser("search", help="find customers")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("text", help="name without accents, phone in any format, or ID digits")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args, lock=False)
    try:
        rows = search_customers(desk, args.text, args.limit)
        note_access(desk, AccessKind.LIST_EXPORTED, customer_id=None,
                    detail=f"search:{'json' if args.json else 'text'}")
    finally:
        desk.store.close()
    if args.json:
        print_json([
            {"id": r.id, "full_name": r.full_name, "phone": r.phone_e164,
             "birth_date": r.birth_date.isoformat() if r.birth_date else None,
             "id_document": r.id_masked, "minor": r.is_minor}
            for r in rows
        ])
    else:
        for r in rows:
            born = format_date(r.birth_date) if r.birth_date else ""
            print(f"{r.full_name}\t{born}\t{r.phone_national}\t{r.id_masked}\t{r.id}")
    return 0
