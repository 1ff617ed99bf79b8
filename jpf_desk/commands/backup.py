"""`jpf-desk backup --to FILE` and `jpf-desk restore FILE`.

Both carry every customer's data: a manager signs in (`Action.MANAGE_STORE`). `restore`
asks for that manager on the store it replaces, when that store opens; a store that
cannot be opened (what a restore repairs) has nobody to sign in, and the backup with its
key (this PC's keyring, or the recovery words) is then the credential
(`sign_in.manager_before_replacing`). `restore` checks the whole backup before it
replaces anything; the replaced store is kept under backups/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.output import check_output
from jpf_desk.commands.sign_in import manager_before_replacing, sign_in_options, signed_in_desk
from jpf_desk.domain.messages import render
from jpf_desk.domain.staff import Action
from jpf_desk.paths import resolve_data_dir
from jpf_desk.services import backups, daily_backup, recovery
from jpf_desk.services.staff import permissions


def register(subparsers: Any) -> None:
    b: argparse.ArgumentParser = subparsers.add_parser(
        "backup", help="write an encrypted backup of the store and its documents")
    data_dir_option(b)
    sign_in_options(b)
    target = b.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", help="the backup file to write (.jpfbak)")
    target.add_argument("--daily-folder",
                        help="choose the folder of the daily backup made at start-up")
    b.add_argument("--keep", type=int, default=7, help="daily backups kept (default 7)")
    b.set_defaults(func=run_backup)
    r: argparse.ArgumentParser = subparsers.add_parser(
        "restore", help="replace the store by a backup, after checking all of it")
    data_dir_option(r)
    sign_in_options(r)
    r.add_argument("file", help="the backup file (.jpfbak)")
    r.add_argument("--recovery-words", action="store_true",
                   help="read the recovery sheet's words on stdin (a new PC)")
    r.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    if args.daily_folder:
        desk = signed_in_desk(args)
        try:
            permissions.check_desk(desk, Action.MANAGE_STORE)
            daily_backup.choose_folder(desk, Path(args.daily_folder).expanduser(), args.keep)
            made = daily_backup.run_if_due(desk)
        finally:
            desk.store.close()
        if made is not None:
            print(render("backup.made", {"documents": made.documents, "path": made.path},
                         args.lang), file=sys.stderr)
        return 0
    target = Path(args.to).expanduser()
    check_output(target)
    desk = signed_in_desk(args, lock=False)
    try:
        permissions.check_desk(desk, Action.MANAGE_STORE)
        made = backups.make_backup(desk.store, target)
    finally:
        desk.store.close()
    print(render("backup.made", {"documents": made.documents, "path": made.path}, args.lang),
          file=sys.stderr)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    archive = Path(args.file).expanduser()
    # A file that is no backup is refused before anyone is asked for a password.
    manifest = backups.read_manifest(archive, check_members=True)
    manager_before_replacing(args)  # before the words are read: the password comes first
    key = None
    if args.recovery_words:
        if sys.stdin.isatty():
            print(render("recovery.type_words", {}, args.lang), file=sys.stderr)
        key = recovery.key_from_words(sys.stdin.read())
    aside = backups.restore_into(archive, resolve_data_dir(args.data_dir), key)
    print(render("backup.restored", {"made_at": manifest.made_at, "aside": aside or "-"},
                 args.lang), file=sys.stderr)
    return 0
