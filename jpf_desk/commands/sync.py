"""`jpf-desk sync`: sync with head office now; `sync connect`, `sync status` and
a desk restored from an older copy says so.

A sync sends and receives every customer's rows: every action signs in (`--staff`),
as in the window, where any signed-in role may sync (`Action.SYNC`, checked by the
services); settling a conflict is a manager's (`Action.RESOLVE_SYNC_CONFLICT`).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from datetime import datetime
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_fields, print_json
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.clock_skew import offset_params, warning_code
from jpf_desk.domain.dates import format_datetime
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render
from jpf_desk.services.courses.enrolments import overbooked_classes
from jpf_desk.services.head_office import sync as sync_service
from jpf_desk.services.head_office.conflicts import Keep, list_conflicts, resolve_conflict
from jpf_desk.sync.connection import ConnectionSettings


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "sync", help="sync with head office (default action: run)")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="action")
    for name, text in (("run", "pull and push now (the default)"),
                       ("status", "last sync, pending changes, conflicts, rows set aside")):
        # --json accepted after the action too; SUPPRESS keeps one given before it.
        action = actions.add_parser(name, help=text)
        action.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
        sign_in_options(action, after_subcommand=True)
    connect = actions.add_parser(
        "connect", help="set where head office is; asks the staff member's password, then "
                        "head office's (--password-stdin: one line each, in that order)")
    sign_in_options(connect, after_subcommand=True, password_stdin=False)
    connection_options(connect, after_subcommand=True)
    conflict_options(actions.add_parser(
        "conflicts", help="fields changed here and at head office: list them, or resolve one"))
    p.set_defaults(func=run)


def conflict_options(parser: argparse.ArgumentParser) -> None:
    sign_in_options(parser, after_subcommand=True)
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    choices = parser.add_subparsers(dest="conflict_action")
    resolve = choices.add_parser("resolve", help="keep one side's value")
    resolve.add_argument("conflict_id", metavar="ID")
    resolve.add_argument("--keep", required=True, choices=("local", "head-office"))
    resolve.add_argument("--field", default=None,
                         help="only this field (default: every field in conflict)")


def connection_options(parser: argparse.ArgumentParser, *,
                       after_subcommand: bool = False) -> None:
    """Where head office is and the centre's account (shared with `jpf-desk join`)."""
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, default=5432)
    parser.add_argument("--dbname", default="jpf")
    parser.add_argument("--user", required=True, help="the centre's role (from head office)")
    parser.add_argument("--sslmode", default="verify-full")
    parser.add_argument("--sslrootcert", default="")
    parser.add_argument("--sslcert", default="")
    parser.add_argument("--sslkey", default="")
    parser.add_argument("--insecure", action="store_true",
                        help="allow sslmode disable/allow/prefer to a host other than this "
                             "machine (password and data may cross the network in clear)")
    # Under `sync connect` it may come before the action too (`sync --password-stdin
    # connect`): SUPPRESS there keeps the value given before it.
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if after_subcommand else {}
    parser.add_argument("--password-stdin", action="store_true", **default,
                        help="read the password from standard input instead of prompting")


def connection_from(args: argparse.Namespace) -> tuple[ConnectionSettings, str]:
    """The settings and the password (read from stdin or asked, never an argument)."""
    settings = ConnectionSettings(
        host=args.host, port=args.port, dbname=args.dbname, user=args.user,
        sslmode=args.sslmode, sslrootcert=args.sslrootcert, sslcert=args.sslcert,
        sslkey=args.sslkey, insecure=args.insecure)
    password = sys.stdin.readline().rstrip("\n") if getattr(args, "password_stdin", False) \
        else getpass.getpass("password: ")
    return settings, password


def run(args: argparse.Namespace) -> int:
    action = args.action or "run"
    if action == "conflicts":
        return conflicts(args)
    desk = signed_in_desk(args, lock=action == "run")
    try:
        if action == "connect":
            settings, password = connection_from(args)
            sync_service.connect_head_office(desk, settings, password)
            return 0
        if action == "status":
            print_status(desk, args)
            return 0
        report = sync_service.sync_now(desk)
        over = overbooked_classes(desk)
    finally:
        desk.store.close()
    if args.json:
        print_json({"pushed": report.pushed, "pulled": report.pulled,
                    "conflicts": report.conflicts, "refused": report.refused,
                    "parked": report.parked, "quarantined": report.quarantined,
                    "restored": report.restored,
                    "renumbered": [{"old": old, "new": new}
                                   for old, new in report.renumbered],
                    "overbooked": [{"class_id": o.class_id, "code": o.code,
                                    "seats_taken": o.seats_taken, "capacity": o.capacity}
                                   for o in over],
                    "batches": report.batches, "seconds": round(report.seconds, 3),
                    "settled": asdict(report.settled)})
    else:
        print(f"pushed {report.pushed}, pulled {report.pulled}, "
              f"conflicts {report.conflicts}, refused {report.refused}")
        settled = report.settled
        if settled.matched or settled.rekeyed or settled.offered or settled.received:
            print(f"shared rows made here: matched {settled.matched}, re-keyed "
                  f"{settled.rekeyed}, offered to head office {settled.offered}; "
                  f"offered rows received {settled.received}")
        if report.conflicts:
            print(render("sync.conflicts_waiting", {"count": report.conflicts}, args.lang),
                  file=sys.stderr)
        for count, code in ((report.parked, "sync.rows_parked"),
                            (report.quarantined, "sync.rows_quarantined")):
            if count:
                print(render(code, {"count": count}, args.lang), file=sys.stderr)
        if report.restored:
            print(render("sync.restored", {}, args.lang), file=sys.stderr)
        for old, new in report.renumbered:
            print(render("sync.receipt_renumbered", {"old": old, "new": new}, args.lang),
                  file=sys.stderr)
        for o in over:
            print(render("enrolment.overbooked", {"code": o.code, "taken": o.seats_taken,
                                                  "capacity": o.capacity}, args.lang),
                  file=sys.stderr)
    return 0


def print_status(desk: Any, args: argparse.Namespace) -> None:
    """The state of the sync, then each row set aside (table, id, reason; no values)."""
    st = sync_service.sync_status(desk)
    rows = sync_service.set_aside_rows(desk)
    value: dict[str, Any] = {
        "centre_id": desk.actor.centre_id, "configured": st.configured, "host": st.host,
        "user": st.user, "sslmode": st.sslmode, "insecure": st.insecure,
        "last_sync_at": st.last_sync_at, "last_error": st.last_error,
        "pending_changes": st.pending_changes, "conflicts": st.conflicts,
        "parked": st.parked, "quarantined": st.quarantined,
        "restored_at": st.restored_at,
        # Desk clock minus head office's at the last sync; clock_off beyond the bound.
        "clock_offset_seconds": (round(st.clock.offset.total_seconds(), 1)
                                 if st.clock else None),
        "clock_measured_at": st.clock.measured_at if st.clock else None,
        "clock_off": bool(st.clock and st.clock.off)}
    if args.json:
        value["set_aside"] = [
            {"table": r.table_name, "row_id": r.row_id, "reason": r.reason.value,
             "quarantined": r.quarantined, "detail": r.detail,
             "first_seen_at": r.first_seen_at, "tries": r.tries} for r in rows]
        print_json(value)
        return
    print_fields(value, False)
    if st.clock is not None and st.clock.off:
        print(render(warning_code(st.clock), offset_params(st.clock), args.lang))
    for r in rows:
        kind = "quarantined" if r.quarantined else "parked"
        print(f"{kind}\t{r.table_name}\t{r.row_id}\t{label(r.reason, args.lang)}"
              f"{chr(9) + r.detail if r.detail else ''}")


def _who_when(name: str, moment: datetime | None) -> str:
    return f"{name or '?'}, {format_datetime(moment) if moment else '?'}"


def conflicts(args: argparse.Namespace) -> int:
    """List the fields in conflict (id, table, record id, field, both values, who made
    each and when), or keep
    one side's value. Values are shown only to the signed-in person, never logged."""
    desk = signed_in_desk(args)
    try:
        if getattr(args, "conflict_action", None) == "resolve":
            keep = Keep.LOCAL if args.keep == "local" else Keep.HEAD_OFFICE
            resolve_conflict(desk, args.conflict_id, keep, args.field)
            return 0
        listed: list[dict[str, Any]] = [{"id": c.id, "table": c.table_name, "row_id": c.row_id,
            "erased": c.erased, "detected_at": c.detected_at,
            "fields": [{"field": f.name, "local": f.local, "head_office": f.remote,
                        "local_by": f.local_by, "local_at": f.local_at,
                        "local_by_name": f.local_by_name,
                        "head_office_by": f.remote_by, "head_office_at": f.remote_at,
                        "head_office_by_name": f.remote_by_name}
                       for f in c.fields if f.in_conflict]}
            for c in list_conflicts(desk)]
    finally:
        desk.store.close()
    if getattr(args, "json", False):
        print_json(listed)
        return 0
    for c in listed:
        note = "\t" + render("sync.conflict_erased", {}, args.lang) if c["erased"] else ""
        print(f"{c['id']}\t{c['table']}\t{c['row_id']}{note}")
        for f in c["fields"]:
            print(f"\t{f['field']}\t{f['local']}\t{f['head_office']}"
                  f"\t{_who_when(f['local_by_name'], f['local_at'])}"
                  f"\t{_who_when(f['head_office_by_name'], f['head_office_at'])}")
    return 0
