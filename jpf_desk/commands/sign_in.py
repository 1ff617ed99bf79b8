"""Signing in on the command line: `--staff NAME` and the password from a prompt or stdin.

Every subcommand that reads or changes customers' data opens its desk here, so the
person is known (and their role checked by the services) exactly as in the window.
The password is never an argument (it would sit in the shell history and in `ps`).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from jpf_desk.commands.common import open_cli_store
from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.messages import register, render
from jpf_desk.services import setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import sign_in


def sign_in_options(parser: argparse.ArgumentParser) -> None:
    """The one place the sign-in options are defined (each such subcommand calls it)."""
    parser.add_argument("--staff", metavar="NAME",
                        help="who is working (staff name, with or without accents)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the staff member's password from the first line of stdin")


def read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(render("cli.password_prompt", {}, args.lang))


def signed_in_desk(args: argparse.Namespace, *, lock: bool = True) -> Desk:
    """The store in --data-dir, acting as the staff member who signed in; a wrong name or
    password is refused like in the window (and counts towards the slow-down)."""
    store = open_cli_store(args, lock=lock)
    try:
        if not setup.is_set_up(store):
            raise SystemExit(render("cli.not_initialised", {}, args.lang))
        if not args.staff:
            raise NotAllowed("cli.staff_required")  # said in words, exit code 2
        staff_id = sign_in.find_staff(store, args.staff)
        return sign_in.sign_in(store, staff_id, read_password(args))
    except BaseException:
        store.close()
        raise


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
