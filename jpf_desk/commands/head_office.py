"""`jpf-desk head-office init --dsn DSN [--centre ID]...`: schema and centre roles;
`jpf-desk head-office prune-batches --dsn DSN`: forget old batch records.

Run by head office's administrator with an owner account. A new centre role's password
is printed once, to be typed into that centre's desk (`jpf-desk sync connect`), which
keeps it in its system keyring; head office does not store it anywhere readable.
"""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.services.head_office.admin import (
    KEEP_BATCHES_DAYS,
    init_head_office,
    prune_batch_records,
)


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
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
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
