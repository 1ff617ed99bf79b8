"""The documents of a data-subject request: the acknowledgement slip and the access report.

The window and the command line get them here, so that answering an access request
(report as PDF and JSON, then the request completed) is one use case for both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from jpf_desk.domain.access_log import AccessKind
from jpf_desk.domain.dates import format_datetime, now_vn, today_vn
from jpf_desk.domain.labels import label
from jpf_desk.domain.request_deadlines import DueOnDayOff, RequestKind, counting_rule
from jpf_desk.domain.requests import RequestChannel, RequestStatus
from jpf_desk.domain.staff import Action
from jpf_desk.domain.working_days import DayCount
from jpf_desk.printing.access_report import AccessReportSheet, ReportSection, build_access_report
from jpf_desk.printing.request_slip import RequestSlip, build_slip
from jpf_desk.services import setup
from jpf_desk.services.access_log.record import note_access
from jpf_desk.services.consent.policy import purpose_wording
from jpf_desk.services.desk import Desk
from jpf_desk.services.private_files import private_file
from jpf_desk.services.rights import requests
from jpf_desk.services.rights.access_report import AccessReport, build_report
from jpf_desk.services.rights.update_fields import field_words
from jpf_desk.services.rights.views import OPEN_STATUSES, RequestView
from jpf_desk.services.staff.permissions import check_desk

ACCESS_OUTCOME = "Đã cung cấp báo cáo dữ liệu (PDF và JSON)"


def _centre_and_staff(desk: Desk) -> tuple[str, str]:
    """The centre, and the person acting (not whoever signed in last on this desk)."""
    ident = setup.identity(desk.store)
    me = next((s for s in setup.list_staff(desk) if s.id == desk.actor.staff_id), None)
    return (ident.centre_name if ident else "", me.full_name if me else "")


# -- the acknowledgement slip ----------------------------------------------------------
def request_slip(desk: Desk, request_id: str, printed_at: datetime | None = None, *,
                 lang: str = "vi") -> RequestSlip:
    """What the slip shows, in `lang` (read from the store; rendering can then run anywhere)."""
    r = requests.get_request(desk, request_id)
    centre, staff = _centre_and_staff(desk)
    rule = (counting_rule(DayCount(r.day_count), DueOnDayOff(r.day_off or "keep"), lang)
            if r.counting_rule else "")
    return RequestSlip(
        number=r.number, customer_name=r.customer_name,
        kind=label(RequestKind(r.kind), lang), channel=label(RequestChannel(r.channel), lang),
        received_on=r.received_on, acknowledge_due=r.acknowledge_due, answer_due=r.answer_due,
        fields=tuple(field_words(f.field, lang) for f in r.fields),
        purposes=tuple(purpose_wording(p, lang) for p in r.purposes),
        extension_days=r.extension_days, extension_reason=r.extension_reason,
        centre_name=centre, printed_at_text=format_datetime(printed_at or now_vn()),
        staff_name=staff, counting_rule=rule, lang=lang,
    )


def slip_pdf(slip: RequestSlip) -> bytes:
    """Rendering only: safe on a worker thread."""
    return build_slip(slip)


# -- the access report -----------------------------------------------------------------
def access_report_pdf(report: AccessReport, centre_name: str) -> bytes:
    """Rendering only: the report was built (permission checked, access logged) before."""
    return build_access_report(AccessReportSheet(
        customer_name=report.customer_name, centre_name=centre_name,
        generated_at=format_datetime(report.generated_at),
        sections=tuple(ReportSection(s.title, s.items, s.note) for s in report.sections),
        lang=report.lang))


def _write(report: AccessReport, centre: str, pdf: Path | None, json_file: Path | None) -> None:
    if pdf is not None:
        pdf.write_bytes(access_report_pdf(report, centre))
    if json_file is not None:
        json_file.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2),
                             encoding="utf-8")


def write_access_report(desk: Desk, customer_id: str, pdf: Path | None,
                        json_file: Path | None, *, lang: str = "vi") -> AccessReport:
    """The report alone, written where asked (no request is answered by it).

    Only a manager; the files are the person's alone (0600): the report holds
    everything the centre has on the customer."""
    check_desk(desk, Action.ACCESS_REPORT)
    report = build_report(desk, customer_id, lang)
    for target in (pdf, json_file):
        if target is not None:
            private_file(target)
    _write(report, _centre_and_staff(desk)[0], pdf, json_file)
    formats = "+".join(n for n, t in (("pdf", pdf), ("json", json_file)) if t is not None)
    note_access(desk, AccessKind.ACCESS_REPORT, customer_id=customer_id, detail=formats)
    return report


@dataclass(frozen=True)
class AccessReportFiles:
    pdf: Path
    json: Path
    request: RequestView  # completed


def access_report_paths(folder: Path, number: str) -> tuple[Path, Path]:
    """<number>-du-lieu.pdf and .json: the names the customer is given."""
    return folder / f"{number}-du-lieu.pdf", folder / f"{number}-du-lieu.json"


def answer_access_request(desk: Desk, request_id: str, pdf: Path, json_file: Path,
                          today: date | None = None, *, lang: str = "vi") -> AccessReportFiles:
    """Write the customer's report as PDF and JSON in `lang`, then complete the request."""
    r = requests.get_request(desk, request_id)
    write_access_report(desk, r.customer_id, pdf, json_file, lang=lang)
    done = requests.complete(desk, r.id, ACCESS_OUTCOME, today or today_vn())
    return AccessReportFiles(pdf, json_file, done)


def open_access_request(desk: Desk, customer_id: str) -> RequestView | None:
    """The customer's open access request answered first (the soonest due), if any."""
    waiting = [r for r in requests.requests_of_customer(desk, customer_id)
               if r.kind == RequestKind.ACCESS.value and RequestStatus(r.status) in OPEN_STATUSES]
    return min(waiting, key=lambda r: (r.answer_due, r.number), default=None)
