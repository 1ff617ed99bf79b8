"""`jpf-desk join`: set up this (empty) store as a further desk of a centre that
already syncs with head office."""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_store, print_fields
from jpf_desk.commands.sync import connection_from, connection_options
from jpf_desk.services.head_office.join import join_centre
from jpf_desk.services.head_office.sync import store_id, sync_status


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "join", help="a further desk of a centre: its account at head office, then a full pull")
    data_dir_option(p)
    connection_options(p)
    p.add_argument("--staff-name", required=True,
                   help="who works at this desk (found among the centre's staff, else added)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings, password = connection_from(args)
    store = open_cli_store(args, create=True)
    try:
        desk = join_centre(store, settings, password, args.staff_name)
        status = sync_status(desk)  # rows set aside are listed by `sync status`
        value = {"centre_id": desk.actor.centre_id, "staff_id": desk.actor.staff_id,
                 "store_id": store_id(desk), "parked": status.parked,
                 "quarantined": status.quarantined}
    finally:
        store.close()
    print_fields(value, args.json)
    return 0
