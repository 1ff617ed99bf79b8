"""`jpf-desk demo`: a store filled with invented customers, never a real one."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_store
from jpf_desk.services.demo.build import fill_demo, is_empty


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
    return 0
