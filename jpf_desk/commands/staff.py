"""`jpf-desk staff add|reset|first-password`: staff and passwords from the command line.

The same services as the window's staff dialog: a signed-in manager adds staff and
resets passwords; on a store where no manager can sign in yet (upgraded from before
passwords, or a desk that joined a centre) a manager chooses the first password.
New passwords are read like the signing-in one (a prompt asked twice, or the next
line of stdin with --password-stdin), never from an argument.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import open_cli_store
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain import messages
from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.messages import render
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.staff import accounts, sign_in


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "staff", help="add staff, reset a password, or choose the first manager password")
    actions = p.add_subparsers(dest="staff_action", required=True)
    add = actions.add_parser("add", help="a manager adds a staff member (with a first "
                                         "password they change at their first sign-in)")
    data_dir_option(add)
    sign_in_options(add)
    add.add_argument("name")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.RECEPTIONIST.value)
    add.set_defaults(func=run_add)
    reset = actions.add_parser("reset", help="a manager gives a staff member a temporary "
                                             "password")
    data_dir_option(reset)
    sign_in_options(reset)
    reset.add_argument("name")
    reset.set_defaults(func=run_reset)
    first = actions.add_parser("first-password", help="a manager chooses the desk's first "
                                                      "manager password (no manager has one)")
    data_dir_option(first)
    sign_in_options(first)
    first.set_defaults(func=run_first_password)


def new_password(args: argparse.Namespace) -> tuple[str, str | None]:
    """The new password: the next stdin line, or asked twice at a prompt."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n"), None
    typed = getpass.getpass(render("cli.new_password_prompt", {}, args.lang))
    return typed, getpass.getpass(render("cli.repeat_password_prompt", {}, args.lang))


def run_add(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args)
    try:
        password, repeated = new_password(args)
        added = setup.add_staff(desk, args.name, Role(args.role), password=password,
                                repeated=repeated)
    finally:
        desk.store.close()
    print(added.id)
    return 0


def run_reset(args: argparse.Namespace) -> int:
    desk = signed_in_desk(args)
    try:
        staff_id = sign_in.find_staff(desk.store, args.name)
        if staff_id is None:
            print(render("cli.staff_unknown", {}, args.lang), file=sys.stderr)
            return 2
        password, repeated = new_password(args)
        accounts.reset_password(desk, staff_id, password, repeated)
    finally:
        desk.store.close()
    return 0


def run_first_password(args: argparse.Namespace) -> int:
    store = open_cli_store(args)
    try:
        if not args.staff:
            raise NotAllowed("cli.staff_required")
        staff_id = sign_in.find_staff(store, args.staff) or ""
        password, repeated = new_password(args)
        sign_in.choose_first_password(store, staff_id, password, repeated)
    finally:
        store.close()
    return 0


messages.register({
    "cli.new_password_prompt": {
        "vi": "Mật khẩu mới: ", "fr": "Nouveau mot de passe : ", "en": "New password: "},
    "cli.repeat_password_prompt": {
        "vi": "Nhập lại mật khẩu mới: ", "fr": "Répétez le nouveau mot de passe : ",
        "en": "Repeat the new password: "},
    "cli.staff_unknown": {
        "vi": "Không tìm thấy nhân viên có tên này.",
        "fr": "Aucun employé de ce nom.",
        "en": "No staff member of that name."},
})
