"""`jpf-desk demo`: a store filled with invented customers, never a real one."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_store
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.messages import register as register_messages
from jpf_desk.services.demo.build import DEMO_PASSWORD, DEMO_STAFF, fill_demo, is_empty

register_messages({
    "demo.bad_count": {
        "vi": "Số khách hàng mẫu phải từ 1 đến 1.000.000.",
        "fr": "Le nombre de clients de démonstration doit aller de 1 à 1 000 000.",
        "en": "The number of demo customers must be between 1 and 1,000,000.",
    },
})


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "demo", help="fill a store with invented demo data")
    data_dir_option(p)
    p.add_argument("--customers", type=int, default=2000)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--if-empty", action="store_true",
                   help="do nothing when the store already has customers")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.data_dir:
        print("demo needs an explicit --data-dir (never the real store)", file=sys.stderr)
        return 2
    if not 0 < args.customers <= 1_000_000:
        raise ValidationError("demo.bad_count", field="customers")
    store = open_cli_store(args, create=True, demo=True)
    try:
        if args.if_empty and not is_empty(store):
            return 0

        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        summary = fill_demo(store, args.customers, seed=args.seed, progress=progress)
    finally:
        store.close()
    print(f"\n{summary.customers} customers, {summary.classes} classes, "
          f"{summary.enrolments} enrolments, {summary.payments} payments", file=sys.stderr)
    staff = ", ".join(f"{name} ({role.value})" for name, role in DEMO_STAFF)
    print(f"Demo staff: {staff}; demo password: {DEMO_PASSWORD}", file=sys.stderr)
    return 0
