"""`jpf-desk import FILE --dry-run|--apply`: customers from a centre's spreadsheet.

A thin wrapper over `services.imports`: the same checks as the window, the refused
rows listed by row number and reason only (never their content: a terminal scrolls
into logs), and in full in the --refused spreadsheet when asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from jpf_desk.cli import data_dir_option
from jpf_desk.commands.common import print_json
from jpf_desk.commands.output import check_output
from jpf_desk.commands.sign_in import sign_in_options, signed_in_desk
from jpf_desk.domain.errors import ValidationError
from jpf_desk.domain.import_columns import ImportField, guess_mapping
from jpf_desk.domain.messages import register as register_messages
from jpf_desk.domain.messages import render, render_error
from jpf_desk.domain.search_key import search_key

register_messages({
    "import.summary": {
        "vi": "{total} dòng: {good} hợp lệ, {refused} bị từ chối ({converted} số di động 11 số cũ đã được chuyển).",
        "fr": "{total} lignes : {good} valides, {refused} refusées ({converted} anciens numéros à 11 chiffres convertis).",
        "en": "{total} rows: {good} good, {refused} refused ({converted} old 11-digit mobiles converted).",
    },
    "import.refused_row": {"vi": "Dòng {row}: {reasons}", "fr": "Ligne {row} : {reasons}",
                           "en": "Row {row}: {reasons}"},
    "import.dry_run": {
        "vi": "Chạy thử: chưa ghi gì vào dữ liệu.",
        "fr": "Essai à blanc : rien n'a été enregistré.",
        "en": "Dry run: nothing was written.",
    },
    "import.applied": {
        "vi": "Đã nhập {count} khách hàng. Họ chưa có sự đồng ý: hãy hỏi khi họ đến (danh sách \"cần xin đồng ý\").",
        "fr": "{count} clients importés. Ils n'ont pas encore donné leur consentement : demandez-le à leur prochaine visite (liste « consentement à recueillir »).",
        "en": "{count} customers imported. They have no consent yet: ask at their next visit (the \"consent to collect\" list).",
    },
    "import.nothing_written": {
        "vi": "Không nhập gì vì có dòng bị từ chối. Hãy sửa các dòng đó, hoặc dùng --take-good-rows để chỉ nhập các dòng hợp lệ.",
        "fr": "Rien n'a été importé car des lignes sont refusées. Corrigez-les, ou utilisez --take-good-rows pour n'importer que les lignes valides.",
        "en": "Nothing was imported because some rows were refused. Fix them, or use --take-good-rows to import only the good rows.",
    },
    "import.bad_map": {
        "vi": "--map cần dạng TRƯỜNG=CỘT (ví dụ phone=3 hoặc phone=\"Số ĐT\"); trường: {fields}.",
        "fr": "--map attend CHAMP=COLONNE (par exemple phone=3 ou phone=\"Tél\") ; champs : {fields}.",
        "en": "--map takes FIELD=COLUMN (e.g. phone=3 or phone=\"Tel\"); fields: {fields}.",
    },
    "import.file_required": {
        "vi": "Hãy cho biết tệp cần nhập.",
        "fr": "Indiquez le fichier à importer.",
        "en": "Name the file to import.",
    },
})


def register(subparsers: Any) -> None:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "import", help="bring customers in from an .xlsx or .csv file")
    data_dir_option(p)
    sign_in_options(p)
    p.add_argument("file", nargs="?", help="the .xlsx or .csv file")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    what.add_argument("--apply", action="store_true", help="check, then write in one go")
    what.add_argument("--template", metavar="OUT.xlsx", help="write an empty template")
    p.add_argument("--take-good-rows", action="store_true",
                   help="with --apply: import the good rows even if others are refused")
    p.add_argument("--refused", metavar="OUT.xlsx",
                   help="save the refused rows and why in a spreadsheet")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="choose a column (number from 1, or header) instead of the guess")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.set_defaults(func=run)


def _mapping(headers: tuple[str, ...], overrides: list[str]) -> dict[ImportField, int]:
    """The guessed columns, with each --map FIELD=COLUMN taking its column from the guess."""
    mapping = guess_mapping(headers)
    folded = [search_key(h) for h in headers]
    fields = ", ".join(f.value for f in ImportField)
    for item in overrides:
        name, _, column = item.partition("=")
        try:
            field = ImportField(name.strip())
        except ValueError:
            raise ValidationError("import.bad_map", field="map", fields=fields) from None
        column = column.strip()
        if column.isdecimal() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif search_key(column) in folded:
            index = folded.index(search_key(column))
        else:
            raise ValidationError("import.bad_map", field="map", fields=fields)
        mapping = {f: c for f, c in mapping.items() if c != index}
        mapping[field] = index
    return mapping


def run(args: argparse.Namespace) -> int:
    from jpf_desk.domain.import_modes import ImportMode
    from jpf_desk.services.imports.customers import import_customers, preview_file
    from jpf_desk.services.imports.files import save_refused_rows, save_template

    lang = args.lang
    if args.template:
        out = Path(args.template).expanduser()
        check_output(out)
        save_template(out, lang)
        return 0
    if not args.file:
        raise ValidationError("import.file_required", field="file")
    if args.refused:
        check_output(Path(args.refused).expanduser())
    path = Path(args.file).expanduser()
    mapping = _mapping(preview_file(path).headers, args.map)
    mode = ImportMode.GOOD_ROWS if args.take_good_rows else ImportMode.ALL_OR_NOTHING
    desk = signed_in_desk(args)
    try:
        report = import_customers(desk, path, mapping=mapping, apply=args.apply, mode=mode)
    finally:
        desk.store.close()
    if args.refused:
        save_refused_rows(report, Path(args.refused).expanduser(), lang)
    if args.json:
        print_json({
            "rows": report.total_rows, "good": report.good_rows,
            "refused": [{"row": r.row_number, "reasons": [e.code for e in r.errors]}
                        for r in report.refused],
            "converted_phones": report.converted_phones, "applied": report.applied,
            "imported": len(report.customer_ids), "enrolled": len(report.enrolment_ids),
            "mapping": {f.value: report.headers[c] for f, c in mapping.items()},
        })
    else:
        print(render("import.summary", {
            "total": report.total_rows, "good": report.good_rows,
            "refused": len(report.refused), "converted": report.converted_phones}, lang))
    for r in report.refused:
        reasons = "; ".join(render_error(e, lang) for e in r.errors)
        print(render("import.refused_row", {"row": r.row_number, "reasons": reasons}, lang),
              file=sys.stderr)
    if report.applied:
        print(render("import.applied", {"count": len(report.customer_ids)}, lang),
              file=sys.stderr)
        return 0
    if args.apply and report.refused:
        print(render("import.nothing_written", {}, lang), file=sys.stderr)
        return 2
    if args.dry_run:
        print(render("import.dry_run", {}, lang), file=sys.stderr)
    return 2 if report.refused else 0
