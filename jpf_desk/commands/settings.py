"""`jpf-desk settings show|set KEY VALUE`: the settings dialog's values (managers).

The same service as the dialog (services/settings/desk_settings.py): one value changed,
every value checked, saved together. The head-office connection is shown, and set with
`jpf-desk sync connect`.
"""

from __future__ import annotations

import argparse
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.desk_settings import SettingKey


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "settings", help="this desk's settings (manager only)")
    sub = p.add_subparsers(dest="settings_command", required=True)
    show = sub.add_parser("show", help="every setting of this desk")
    data_dir_option(show)
    sign_in_options(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)
    put = sub.add_parser("set", help="change one setting: " + ", ".join(SettingKey))
    data_dir_option(put)
    sign_in_options(put)
    put.add_argument("key", choices=[k.value for k in SettingKey])
    put.add_argument("value")
    put.set_defaults(func=run_set)


def _values(view: Any) -> dict[str, Any]:
    v = view.values
    out: dict[str, Any] = {f"centre.{k}": value for k, value in v.centre.as_dict().items()}
    out.update({
        SettingKey.PRINTER.value: v.printer,
        SettingKey.PAPER_SIZE.value: v.paper_size.value,
        SettingKey.LANGUAGE.value: v.language,
        SettingKey.IDLE_LOCK_MINUTES.value: v.idle_lock_minutes,
        SettingKey.BACKUP_FOLDER.value: v.backup_folder or "",
        "head_office.configured": view.head_office.configured,
        "head_office.host": view.head_office.host,
        "head_office.user": view.head_office.user,
    })
    return out


def _print(view: Any, as_json: bool) -> None:
    values = _values(view)
    if as_json:
        print_json(values)
        return
    for key, value in values.items():
        print(f"{key}\t{value}")


def run_show(args: argparse.Namespace) -> int:
    from jpf_desk.services.settings.desk_settings import load

    desk = signed_in_desk(args)
    try:
        view = load(desk)
    finally:
        desk.store.close()
    _print(view, args.json)
    return 0


def run_set(args: argparse.Namespace) -> int:
    from jpf_desk.services.settings.desk_settings import set_one

    desk = signed_in_desk(args)
    try:
        view = set_one(desk, SettingKey(args.key), args.value)
    finally:
        desk.store.close()
    _print(view, False)
    return 0
