"""`jpf-desk head-office init --dsn DSN [--centre ID]...`: schema and centre roles;
`jpf-desk head-office prune-batches --dsn DSN`: forget old batch records;
`jpf-desk head-office shared list|put|retire TABLE …`: the shared data (head office is its
only writer); `jpf-desk head-office offers` and `adopt CENTRE TABLE ID`: rows standalone
desks made and offered when they connected.

Run by head office's administrator with an owner account. A new centre role's password
is printed once, to be typed into that centre's desk (`jpf-desk sync connect`), which
keeps it in its system keyring; head office does not store it anywhere readable.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.services.head_office import shared_data
from jpf_desk.services.head_office.admin import (
    KEEP_BATCHES_DAYS,
    init_head_office,
    prune_batch_records,
)
from jpf_desk.sync.head_office.one_writer import SHARED_TABLES


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "head-office", help="administer the head-office database")
    data_dir_option(p)
    actions = p.add_subparsers(dest="action", required=True)
    init = actions.add_parser("init", help="create/upgrade the schema and centre roles")
    init.add_argument("--dsn", required=True,
                      help="libpq connection string of an owner account at head office")
    init.add_argument("--centre", action="append", default=[], metavar="CENTRE_ID",
                      help="centre id (see `jpf-desk sync status` on its desk); repeatable")
    init.add_argument("--reset-password", action="store_true",
                      help="give the listed centres' roles new passwords")
    init.add_argument("--json", action="store_true")
    prune = actions.add_parser("prune-batches",
                               help="forget the records of batches applied long ago")
    prune.add_argument("--dsn", required=True)
    prune.add_argument("--older-than-days", type=int, default=KEEP_BATCHES_DAYS)
    prune.add_argument("--json", action="store_true")
    shared = actions.add_parser("shared", help="list, add/replace or retire shared rows")
    shared.add_argument("verb", choices=("list", "put", "retire"))
    shared.add_argument("table", choices=SHARED_TABLES)
    shared.add_argument("row_id", nargs="?", help="the row to retire")
    shared.add_argument("--file", help="put: a JSON object or array of rows (desk columns)")
    shared.add_argument("--dsn", required=True)
    offers = actions.add_parser("offers", help="rows desks made before connecting")
    offers.add_argument("--all", action="store_true", help="adopted ones too")
    offers.add_argument("--dsn", required=True)
    adopt = actions.add_parser("adopt", help="make an offered row shared data (same id)")
    adopt.add_argument("centre_id")
    adopt.add_argument("table", choices=SHARED_TABLES)
    adopt.add_argument("row_id")
    adopt.add_argument("--dsn", required=True)
    p.set_defaults(func=run)


def run_shared(args: argparse.Namespace) -> int:
    if args.action == "offers":
        print_json([{"centre_id": o.centre_id, "table": o.table_name, "id": o.row_id,
                     "offered_at": o.offered_at, "adopted": o.adopted, "data": o.data}
                    for o in shared_data.list_offers(args.dsn, include_adopted=args.all)])
        return 0
    if args.action == "adopt":
        shared_data.adopt_offer(args.dsn, args.centre_id, args.table, args.row_id)
        return 0
    if args.verb == "list":
        print_json([r.data for r in shared_data.list_shared(args.dsn, args.table)])
    elif args.verb == "put":
        if not args.file:
            print("shared put needs --file", file=sys.stderr)
            return 2
        with open(args.file, encoding="utf-8") as f:
            rows = json.load(f)
        print_json(shared_data.put_shared(args.dsn, args.table,
                                          rows if isinstance(rows, list) else [rows]))
    else:
        if not args.row_id:
            print("shared retire needs the row id", file=sys.stderr)
            return 2
        shared_data.retire_shared(args.dsn, args.table, args.row_id)
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action in ("shared", "offers", "adopt"):
        return run_shared(args)
    if args.action == "prune-batches":
        gone = prune_batch_records(args.dsn, args.older_than_days)
        if args.json:
            print_json({"pruned": gone})
        else:
            print(f"batch records forgotten: {gone}")
        return 0
    result = init_head_office(args.dsn, args.centre, reset_passwords=args.reset_password)
    if args.json:
        print_json({"applied_versions": list(result.applied_versions),
                    "roles": [{"centre_id": r.centre_id, "role": r.role_name,
                               "password": r.password} for r in result.roles]})
        return 0
    print(f"schema steps applied: {list(result.applied_versions) or 'none (up to date)'}")
    for r in result.roles:
        shown = r.password if r.password else "(unchanged)"
        print(f"centre {r.centre_id}\trole {r.role_name}\tpassword {shown}")
    return 0
