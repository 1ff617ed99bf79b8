"""The `jpf-desk` command: the window with no subcommand, admin and scripting otherwise.

Each subcommand lives in jpf_desk/commands/<name>.py as a thin wrapper over the same
services the window calls; a module exposes `register(subparsers)` and sets
`func(args) -> int` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from jpf_desk import __version__

COMMAND_MODULES = (
    "jpf_desk.commands.backup",
    "jpf_desk.commands.consent_to_collect",
    "jpf_desk.commands.controller",
    "jpf_desk.commands.demo",
    "jpf_desk.commands.dossiers",
    "jpf_desk.commands.search",
    "jpf_desk.commands.sync",
    "jpf_desk.commands.transfers",
    "jpf_desk.commands.head_office",
    "jpf_desk.commands.handovers",
    "jpf_desk.commands.imports",
    "jpf_desk.commands.join",
    "jpf_desk.commands.lists",
    "jpf_desk.commands.receipts",
    "jpf_desk.commands.recovery",
    "jpf_desk.commands.requests",
    "jpf_desk.commands.retention",
    "jpf_desk.commands.settings",
    "jpf_desk.commands.staff",
    "jpf_desk.commands.verify",
)


def global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="store folder (default: the user's data folder)")
    parser.add_argument("--lang", choices=("vi", "fr", "en"), default=None,
                        help="interface language (default: the desk's setting, else vi)")
    parser.add_argument("-v", "--verbose", action="store_true")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jpf-desk", description="JPF Desk")
    parser.add_argument("--version", action="version", version=f"jpf-desk {__version__}")
    global_options(parser)
    subparsers = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def data_dir_option(parser: argparse.ArgumentParser) -> None:
    """Subcommands accept --data-dir after their name too (`jpf-desk demo --data-dir D`)."""
    parser.add_argument("--data-dir", dest="sub_data_dir", default=None,
                        help="store folder (default: the user's data folder)")


class _WindowOptions(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a plain `jpf-desk [--data-dir D] [--lang L] [-v]` (the window), or
    None when a subcommand, --help, --version or a mistake needs the whole parser.

    The window needs none of the subcommand modules: importing them all (reportlab,
    psycopg, openpyxl...) cost a fifth of a second before its first paint (issue 16).
    """
    parser = _WindowOptions(prog="jpf-desk", add_help=False)
    global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except ValueError:  # a bad option value: the whole parser says it properly
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    args = window_args(words) or build_parser().parse_args(words)
    from jpf_desk import logs

    logs.configure(args.verbose)
    if getattr(args, "sub_data_dir", None):
        args.data_dir = args.sub_data_dir
    if args.command is None:
        from jpf_desk.ui.app import run_gui

        return int(run_gui(args.data_dir, args.lang))  # None: the desk's own language
    args.lang = args.lang or "vi"
    try:
        from jpf_desk.commands.output import check_output_args

        check_output_args(args)
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`jpf-desk search … --json | head -1`): not an error of
        # ours; stop quietly, and keep Python from complaining while it flushes stdout.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:  # noqa: BLE001 - last line of defence for scripts
        from jpf_desk.commands.common import report_failure

        return report_failure(exc, args.lang)


if __name__ == "__main__":
    sys.exit(main())
