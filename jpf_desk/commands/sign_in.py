"""Signing in on the command line: `--staff NAME` and the password from a prompt or stdin.

Every subcommand that reads or changes customers' data opens its desk here, so the
person is known (and their role checked by the services) exactly as in the window.
The password is never an argument (it would sit in the shell history and in `ps`).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from jpf_desk.commands.common import open_cli_store
from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.messages import register, render
from jpf_desk.domain.staff import Action
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import permissions, sign_in
from jpf_desk.services.storage import CANNOT_OPEN, Store


def sign_in_options(parser: argparse.ArgumentParser, *, after_subcommand: bool = False,
                    password_stdin: bool = True) -> None:
    """The one place the sign-in options are defined (each such subcommand calls it).

    `after_subcommand`: the options are also on the parent command (`sync --staff X
    status` and `sync status --staff X` both work); here they only fill in what was not
    given before. `password_stdin=False` where the subcommand has its own flag that
    reads its passwords from stdin (`sync connect`: this one first, then head office's).
    """
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if after_subcommand else {}
    parser.add_argument("--staff", metavar="NAME", **default,
                        help="who is working (staff name, with or without accents)")
    if password_stdin:
        parser.add_argument("--password-stdin", action="store_true", **default,
                            help="read the staff member's password from the first line "
                                 "of stdin")


def read_password(args: argparse.Namespace) -> str:
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(render("cli.password_prompt", {}, args.lang))


def signed_in_desk(args: argparse.Namespace, *, lock: bool = True) -> Desk:
    """The store in --data-dir, acting as the staff member who signed in; a wrong name or
    password is refused like in the window (and counts towards the slow-down)."""
    return _sign_in_on(open_cli_store(args, lock=lock), args)


def _sign_in_on(store: Store, args: argparse.Namespace) -> Desk:
    try:
        if not setup.is_set_up(store):
            raise SystemExit(render("cli.not_initialised", {}, args.lang))
        if not getattr(args, "staff", None):
            raise NotAllowed("cli.staff_required")  # said in words, exit code 2
        staff_id = sign_in.find_staff(store, args.staff)
        return sign_in.sign_in(store, staff_id, read_password(args))
    except BaseException:
        store.close()
        raise


def manager_before_replacing(args: argparse.Namespace) -> bool:
    """Before `restore` or `recover` change what the folder holds: when its store opens,
    a manager of it signs in (`Action.MANAGE_STORE`), as for `backup`. When it cannot be
    opened (none there, damaged, key lost: what these commands repair) nobody can sign
    in to it; the command's own secret is then the credential (the backup file with its
    key, the recovery sheet's words: the store's key itself, which opens the file with or
    without JPF Desk). Whether someone signed in; the store is closed again either way.
    """
    try:
        store = open_cli_store(args)
    except CANNOT_OPEN:
        return _nobody_to_sign_in(args)
    if not setup.is_set_up(store):  # a store begun but never set up: nobody to ask
        store.close()
        return _nobody_to_sign_in(args)
    desk = _sign_in_on(store, args)
    try:
        permissions.check_desk(desk, Action.MANAGE_STORE)
    finally:
        desk.store.close()
    return True


def _nobody_to_sign_in(args: argparse.Namespace) -> bool:
    if getattr(args, "password_stdin", False):
        sys.stdin.readline()  # the password's line, so the words that follow stay whole
    return False


register({
    "cli.staff_required": {
        "vi": "Lệnh này đụng đến dữ liệu khách hàng: hãy đăng nhập bằng --staff \"HỌ TÊN\" "
              "(mật khẩu nhập khi được hỏi, hoặc --password-stdin).",
        "fr": "Cette commande touche aux données des clients : identifiez-vous avec "
              "--staff \"NOM\" (mot de passe demandé, ou --password-stdin).",
        "en": "This command touches customers' data: sign in with --staff \"NAME\" "
              "(password when asked, or --password-stdin).",
    },
    "cli.password_prompt": {
        "vi": "Mật khẩu: ",
        "fr": "Mot de passe : ",
        "en": "Password: ",
    },
})
