"""`jpf-desk recovery-sheet` and `jpf-desk recover`: the store key on paper and back.

Both handle the key itself. The sheet is printed by a signed-in manager. `recover` runs
when the store cannot be opened (its key is not on this PC), so nobody can sign in to it:
the words are the credential (they are the key, which opens the file with or without
JPF Desk, and nothing in the store is shown). If the store does open, a manager of it
signs in first, as for `restore`. The words are read from standard input, never from
the command line (which other users of the PC can see).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.output import write_output
from jpf_desk.commands.sign_in import manager_before_replacing, sign_in_options, signed_in_desk
from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.messages import render
from jpf_desk.domain.staff import Action
from jpf_desk.paths import resolve_data_dir
from jpf_desk.services import recovery, setup
from jpf_desk.services.staff import permissions


def register(subparsers: Any) -> None:
    sheet: argparse.ArgumentParser = subparsers.add_parser(
        "recovery-sheet", help="print the store key as words and a QR code (keep it locked away)")
    data_dir_option(sheet)
    sign_in_options(sheet)
    sheet.add_argument("--pdf", required=True, help="where to write the sheet")
    sheet.set_defaults(func=run_sheet)
    rec: argparse.ArgumentParser = subparsers.add_parser(
        "recover", help="put the store key back from the recovery sheet (words on stdin)")
    data_dir_option(rec)
    sign_in_options(rec)
    rec.add_argument("--key-id", help="the key id printed on the sheet (if jpf-desk.key.json is lost)")
    rec.set_defaults(func=run_recover)


def run_sheet(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args, lock=False)
    try:
        permissions.check_desk(desk, Action.MANAGE_STORE)
        ident = setup.identity(desk.store)
        centre = ident.centre_name if ident else ""
        pdf = recovery.sheet_pdf(desk.store, centre, args.lang, today_vn())
    finally:
        desk.store.close()
    write_output(Path(args.pdf), pdf)
    return 0


def run_recover(args: argparse.Namespace) -> int:
    manager_before_replacing(args)  # before the words are read: the password comes first
    if sys.stdin.isatty():
        print(render("recovery.type_words", {}, args.lang), file=sys.stderr)
    text = sys.stdin.read()
    key_id = recovery.recover_key(resolve_data_dir(args.data_dir), text, args.key_id)
    print(render("recovery.done", {"key_id": key_id}, args.lang), file=sys.stderr)
    return 0
