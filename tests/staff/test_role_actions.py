"""Each role against each protected action, through the services (whoever calls them).

The expected answers are written out here, not read from the permission table. Each
case acts as a freshly signed-in receptionist, consultant or second manager (not the
manager who prepared the case, so "approver is not the filer" never decides it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosurePurpose,
    LegalBasis,
    PartnerKind,
    doc_item,
    field_item,
)
from jpf_desk.domain.errors import DomainError, NotAllowed
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.staff import Role
from jpf_desk.services import setup
from jpf_desk.services.access_log.views import list_access_events
from jpf_desk.services.consent.handover import handovers_due
from jpf_desk.services.customers.audiences import analytics_rows, marketing_list
from jpf_desk.services.customers.search import search_customers
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers import documents
from jpf_desk.services.dossiers.workflow import DossierInput, create_dossier
from jpf_desk.services.rights import erasure, holidays, requests, restriction, update_decision
from jpf_desk.services.rights.documents import write_access_report
from jpf_desk.services.rights.requests import RequestInput
from jpf_desk.services.rights.retention import erase_past_retention, past_retention
from jpf_desk.services.sharing.disclosures import SendRequest
from jpf_desk.services.sharing.package import send_to_partner
from jpf_desk.services.sharing.partners import PartnerInput, save_partner, set_scope
from jpf_desk.services.sharing.transfers import record_filing
from jpf_desk.services.staff import accounts
from tests.dossiers.helpers import give_partner_consent
from tests.helpers.staff import signed_in
from tests.requests.builders import TODAY, make_person

RECEPTIONIST, CONSULTANT, MANAGER = "receptionist", "consultant", "manager"
NAMES = {RECEPTIONIST: "Đỗ Minh Khoa", CONSULTANT: "Trần Ngọc Lan", MANAGER: "Vũ Thanh Mai"}
PASSPORT = b"%PDF-1.4 invented passport scan"


@dataclass
class Case:
    manager: Desk  # the template store's manager, who prepared everything
    customer_id: str
    tmp: Path


def _document(case: Case) -> str:
    dossier = create_dossier(case.manager, DossierInput(
        case.customer_id, case.manager.actor.staff_id, "september", 2027),
        today=date(2026, 11, 1))
    item = next(i for i in documents.checklist(case.manager, dossier.id)
                if i.kind_code == "passport")
    documents.attach_file(case.manager, item.id, "ho-chieu.pdf", PASSPORT)
    return item.id


def open_document(actor: Desk, case: Case) -> None:
    assert documents.read_document(actor, _document(case)) == ("ho-chieu.pdf", PASSPORT)


def send_package(actor: Desk, case: Case) -> None:
    item_id = _document(case)
    partner = save_partner(case.manager, PartnerInput(
        "Espace Campus France Hà Nội", PartnerKind.CAMPUS_FRANCE, "FR", "hn@campus.example"))
    partner = set_scope(case.manager, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                        (field_item("full_name"), doc_item("passport")))
    give_partner_consent(case.manager, case.customer_id, partner,
                         DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
                         sensitive=("id_card_image",))  # a passport scan is sensitive
    with case.manager.tx() as s:
        from jpf_desk.store.models import DossierDocument

        dossier_id = s.get(DossierDocument, item_id).dossier_id
    sent = send_to_partner(actor, SendRequest(
        dossier_id, partner.id, DisclosurePurpose.CAMPUS_FRANCE_PROCEDURE,
        (field_item("full_name"), doc_item("passport")), DisclosureChannel.UPLOAD,
        LegalBasis.OWN_SUBMISSION), case.tmp / "out")
    assert sent.customer_id == case.customer_id


def access_report(actor: Desk, case: Case) -> None:
    write_access_report(actor, case.customer_id, case.tmp / "r.pdf", None)
    assert (case.tmp / "r.pdf").stat().st_size > 0


def approve_correction(actor: Desk, case: Case) -> None:
    filed = requests.file_request(case.manager, RequestInput(
        customer_id=case.customer_id, kind=RequestKind.UPDATE, received_on=TODAY,
        changes={"phone": "0988 777 666"}), today=TODAY)
    assert update_decision.approve_update(actor, filed.id, today=TODAY).status == "done"


def lift_restriction(actor: Desk, case: Case) -> None:
    flag = restriction.restrict(case.manager, case.customer_id, RequestKind.RESTRICT,
                                ["marketing"])
    assert restriction.lift(actor, flag.id).active is False


def erase(actor: Desk, case: Case) -> None:
    erasure.erase_customer(actor, case.customer_id, "Khách hàng yêu cầu xóa")


def edit_calendar(actor: Desk, case: Case) -> None:
    holidays.save_holiday(actor, date(2027, 5, 3), "Nghỉ bù")


def add_staff(actor: Desk, case: Case) -> None:
    setup.add_staff(actor, "Hồ Văn Mới", Role.RECEPTIONIST, password="mat-khau-moi-1")


def reset_password(actor: Desk, case: Case) -> None:
    accounts.reset_password(actor, case.manager.actor.staff_id, "tam-thoi-2026", None)


def read_access_log(actor: Desk, case: Case) -> None:
    list_access_events(actor)


def search(actor: Desk, case: Case) -> None:
    assert search_customers(actor, "giang")


def export_marketing_list(actor: Desk, case: Case) -> None:
    marketing_list(actor, today=TODAY)


def export_analytics(actor: Desk, case: Case) -> None:
    analytics_rows(actor, today=TODAY)


def list_handovers(actor: Desk, case: Case) -> None:
    handovers_due(actor, TODAY.replace(day=1))


def review_retention(actor: Desk, case: Case) -> None:
    past_retention(actor, today=TODAY)


def erase_past_its_period(actor: Desk, case: Case) -> None:
    """A former student whose only course ended in 2020: past the 5 years of "service"."""
    former = make_person(case.manager, "Lưu Thị Cũ", "0913 222 999", "001199088899")
    with case.manager.tx() as s:  # the person's course ended long ago
        from jpf_desk.store.models import CourseClass, Enrolment

        klass = s.get(CourseClass, s.get(Enrolment, former.enrolment_id).class_id)
        klass.start_date, klass.end_date = date(2020, 2, 3), date(2020, 6, 30)
    assert former.id in {p.customer_id for p in past_retention(case.manager, TODAY)}
    erase_past_retention(actor, former.id, today=TODAY)


def record_transfer_filing(actor: Desk, case: Case) -> None:
    try:
        record_filing(actor, "FR", TODAY)
    except NotAllowed:
        raise
    except DomainError as err:  # past the permission: JPF sent nothing to France here
        assert err.code == "transfer.no_transfer"


def set_centre_details(actor: Desk, case: Case) -> None:
    from jpf_desk.domain.controller import ControllerDetails
    from jpf_desk.services.consent.controller import set_centre_details as save

    save(actor, ControllerDetails(legal_name="JPF Hà Nội – Cơ sở 1", address="Số 3 ngõ Thử",
                                  phone="", email="", data_contact=""))


def import_customers(actor: Desk, case: Case) -> None:
    from jpf_desk.services.imports.customers import import_customers as run_import

    sheet = case.tmp / "hv.csv"
    sheet.write_text("Họ và tên,Điện thoại,Ngày sinh\nMạc Văn Tú,0912 888 777,04/04/1994\n",
                     encoding="utf-8")
    assert run_import(actor, sheet, apply=True).applied


def sync_status(actor: Desk, case: Case) -> None:
    from jpf_desk.services.head_office.sync import sync_status as status

    assert status(actor).configured is False  # this desk was never connected


def verify_proof(actor: Desk, case: Case) -> None:
    from jpf_desk.services.consent.verify import verify_consents

    assert verify_consents(actor).ok


def blank_paper_form(actor: Desk, case: Case) -> None:
    from jpf_desk.services.consent.documents import paper_form_pdf

    assert paper_form_pdf(actor).startswith(b"%PDF")


def connect_head_office(actor: Desk, case: Case) -> None:
    """Where the desk sends every customer's rows: set, then read back as set."""
    from jpf_desk.services.head_office.sync import connect_head_office as connect
    from jpf_desk.services.head_office.sync import connection_settings
    from jpf_desk.sync.connection import ConnectionSettings

    connect(actor, ConnectionSettings(host="ho.jpf.example", user="jpf_centre_hn1"), "mat-khau")
    assert connection_settings(actor).host == "ho.jpf.example"


# Written out: which of the three roles may do each action, and what the others read.
EXPECTED = {
    "open_document": ({CONSULTANT, MANAGER}, "dossier.document_advisers_only", open_document),
    "send_to_partner": ({CONSULTANT, MANAGER}, "sharing.advisers_only", send_package),
    "access_report": ({MANAGER}, "access_report.manager_only", access_report),
    "approve_correction": ({MANAGER}, "request.approver_role", approve_correction),
    "lift_restriction": ({MANAGER}, "rights.manager_only", lift_restriction),
    "erase": ({MANAGER}, "erasure.manager_only", erase),
    "edit_calendar": ({MANAGER}, "holidays.manager_only", edit_calendar),
    "add_staff": ({MANAGER}, "staff.manager_only", add_staff),
    "reset_password": ({MANAGER}, "staff.manager_only", reset_password),
    "read_access_log": ({MANAGER}, "access_log.manager_only", read_access_log),
    "search_customers": ({RECEPTIONIST, CONSULTANT, MANAGER}, "", search),
    "marketing_list": ({MANAGER}, "lists.manager_only", export_marketing_list),
    "analytics_export": ({MANAGER}, "lists.manager_only", export_analytics),
    "list_handovers": ({RECEPTIONIST, CONSULTANT, MANAGER}, "", list_handovers),
    "review_retention": ({MANAGER}, "retention.manager_only", review_retention),
    "erase_past_retention": ({MANAGER}, "erasure.manager_only", erase_past_its_period),
    "record_transfer_filing": ({MANAGER}, "transfer.manager_only", record_transfer_filing),
    "set_centre_details": ({MANAGER}, "controller.manager_only", set_centre_details),
    "import_customers": ({MANAGER}, "import.manager_only", import_customers),
    "sync_status": ({RECEPTIONIST, CONSULTANT, MANAGER}, "", sync_status),
    "verify_proof": ({MANAGER}, "verify.manager_only", verify_proof),
    "connect_head_office": ({MANAGER}, "sync.connect_manager_only", connect_head_office),
    "blank_paper_form": ({RECEPTIONIST, CONSULTANT, MANAGER}, "", blank_paper_form),
}
ROLES = {RECEPTIONIST: Role.RECEPTIONIST, CONSULTANT: Role.CONSULTANT, MANAGER: Role.MANAGER}


@pytest.mark.parametrize("role", [RECEPTIONIST, CONSULTANT, MANAGER])
@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_role_against_protected_action(desk, tmp_path, role, action):
    allowed, refused_code, act = EXPECTED[action]
    case = Case(desk, make_person(desk).id, tmp_path)
    actor = signed_in(desk, NAMES[role], ROLES[role])
    if role in allowed:
        act(actor, case)
        return
    with pytest.raises(NotAllowed) as err:
        act(actor, case)
    assert err.value.code == refused_code


def test_an_unattended_desk_may_not_touch_customers(desk):
    from jpf_desk.services.consent.verify import verify_consents
    from jpf_desk.services.head_office.sync import sync_now, sync_status

    make_person(desk)
    nobody = setup.unattended_desk(desk.store)
    assert nobody is not None
    with pytest.raises(NotAllowed) as err:
        search_customers(nobody, "giang")
    assert err.value.code == "staff.not_allowed"
    for refused in (sync_now, sync_status, verify_consents):  # nor sync, nor read the proof
        with pytest.raises(NotAllowed):
            refused(nobody)


def test_a_member_deactivated_after_signing_in_may_no_longer_search(desk):
    """Search reads the role with a plain statement of its own (check_read)."""
    from jpf_desk.store.models import Staff

    make_person(desk)
    second = signed_in(desk, "Vũ Thanh Mai", Role.RECEPTIONIST)
    assert search_customers(second, "giang")
    with desk.tx() as s:
        s.get(Staff, second.actor.staff_id).active = False
    with pytest.raises(NotAllowed) as err:
        search_customers(second, "giang")
    assert err.value.code == "staff.not_allowed"


def test_a_member_deactivated_after_signing_in_is_refused_at_once(desk):
    from jpf_desk.store.models import Staff

    second = signed_in(desk, "Vũ Thanh Mai", Role.MANAGER)
    with desk.tx() as s:
        s.get(Staff, second.actor.staff_id).active = False
    with pytest.raises(NotAllowed):
        holidays.save_holiday(second, date(2027, 5, 3), "Nghỉ bù")
