"""What every subcommand needs: opening the desk and reporting failures in words."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import uuid
from typing import Any

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render, render_error
from jpf_desk.paths import resolve_data_dir
from jpf_desk.services import app_messages, setup
from jpf_desk.services.desk import Desk
from jpf_desk.services.storage import Store, StoreError, open_data_store

log = logging.getLogger("jpf_desk.cli")
_ = app_messages  # registers the store and app messages


def open_cli_store(args: argparse.Namespace, *, lock: bool = True, create: bool = False,
                   demo: bool = False) -> Store:
    """The store in --data-dir; only commands that make a store pass `create`."""
    return open_data_store(resolve_data_dir(args.data_dir), lock=lock, create=create, demo=demo)


def open_cli_desk(args: argparse.Namespace, *, lock: bool = True) -> Desk:
    """The desk of the store in --data-dir with nobody signed in, for what holds nobody's
    data (`controller show`: the centre's own details); every command on personal data
    signs in instead (commands/sign_in.py). A store never set up is an error here."""
    store = open_cli_store(args, lock=lock)
    desk = setup.unattended_desk(store)
    if desk is None:
        store.close()
        raise SystemExit(render("cli.not_initialised", {}, args.lang))
    return desk


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_fields(value: dict[str, Any], as_json: bool) -> None:
    """A record as JSON, or one `key<TAB>value` line per field (None as empty)."""
    if as_json:
        print_json(value)
        return
    for key, val in value.items():
        print(f"{key}\t{'' if val is None else val}")


def report_failure(exc: BaseException, lang: str) -> int:
    """A known failure in the user's words; anything else logged with a reference."""
    if isinstance(exc, DomainError):
        print(render_error(exc, lang), file=sys.stderr)
        return 2
    if isinstance(exc, StoreError):
        print(render(exc.code, exc.params(), lang), file=sys.stderr)
        return 3
    from jpf_desk.commands.failures import known_code

    known = known_code(exc)
    if known is not None:
        print(render(known[0], known[1], lang), file=sys.stderr)
        return 3
    ref = uuid.uuid4().hex[:8]
    log.error("unexpected error, reference %s", ref, exc_info=exc)
    print(render("app.unexpected", {"ref": ref}, lang), file=sys.stderr)
    return 1
