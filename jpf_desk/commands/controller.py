"""`jpf-desk controller show|set-centre`: the contact details printed on consent receipts.

The centre's own details are set here by its manager; JPF's legal details are head
office's shared data and reach the desk by sync (`show` prints both, and what is missing).
"""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_desk, print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.controller import ControllerDetails, ControllerField


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "controller", help="controller contact details printed on consent receipts")
    sub = p.add_subparsers(dest="controller_command", required=True)
    show = sub.add_parser("show", help="JPF's and this centre's details, and what is missing")
    data_dir_option(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)
    centre = sub.add_parser("set-centre", help="this centre's own details (manager only)")
    data_dir_option(centre)
    sign_in_options(centre)
    for f in ControllerField:
        centre.add_argument(f"--{f.value.replace('_', '-')}", dest=f.value, default=None,
                            help="leave out to keep the current value")
    centre.set_defaults(func=run_set_centre)


def _as_json(details: ControllerDetails) -> dict[str, Any]:
    return {**details.as_dict(), "missing": [f.value for f in details.missing()]}


def _print(jpf: ControllerDetails, centre: ControllerDetails, as_json: bool) -> None:
    if as_json:
        print_json({"jpf": _as_json(jpf), "centre": _as_json(centre)})
        return
    for scope, details in (("jpf", jpf), ("centre", centre)):
        for f in ControllerField:
            print(f"{scope}.{f.value}\t{getattr(details, f.value) or '(missing)'}")


def run_show(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.controller import controller_settings

    desk = open_cli_desk(args, lock=False)
    try:
        settings = controller_settings(desk)
    finally:
        desk.store.close()
    _print(settings.jpf, settings.centre, args.json)
    return 0


def run_set_centre(args: argparse.Namespace) -> int:
    from jpf_desk.services.consent.controller import controller_settings, set_centre_details

    desk = signed_in_desk(args)
    try:
        current = controller_settings(desk).centre.as_dict()
        wanted = {f.value: getattr(args, f.value) for f in ControllerField}
        merged = {k: (v if v is not None else current[k]) for k, v in wanted.items()}
        settings = set_centre_details(desk, ControllerDetails.from_dict(merged))
    finally:
        desk.store.close()
    _print(settings.jpf, settings.centre, False)
    return 0
