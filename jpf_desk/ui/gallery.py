"""Every section and dialog of the window, opened on a store holding demo data.

One list serves the screen-fit test (tests/ui/test_fits_screen.py), which also fails
when a dialog class under ui/ is missing here, and the screenshots script
(scripts/screenshots.py): a new dialog is added once and is then both checked and
photographed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.domain.disclosure_items import DisclosurePurpose
from jpf_desk.services.consent.documents import paper_form_pdf
from jpf_desk.services.courses.enrolments import EnrolmentView, recent_enrolments
from jpf_desk.services.customers.duplicates import DuplicateCandidate
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.workflow import DossierView, board
from jpf_desk.services.rights.requests import get_request, list_requests
from jpf_desk.services.rights.views import RequestView
from jpf_desk.services.sharing.partners import PartnerView, list_partners


@dataclass(frozen=True)
class DemoRecords:
    """The records the dialogs are opened on, picked from a demo store."""

    dossier: DossierView
    request: RequestView
    enrolment: EnrolmentView
    partner: PartnerView
    purpose: DisclosurePurpose

    @property
    def customer_id(self) -> str:
        return self.dossier.customer_id


def demo_records(desk: Desk) -> DemoRecords:
    """Records with the most to show: a dossier, the request with the most changed fields."""
    dossier = board(desk)[0]
    requests = [get_request(desk, row.id) for row in list_requests(desk)]
    request = max(requests, key=lambda r: (len(r.fields), len(r.details)))
    partner = next(p for p in list_partners(desk) if p.scope)
    return DemoRecords(dossier, request, recent_enrolments(desk, limit=1)[0], partner,
                       sorted(partner.scope, key=lambda p: p.value)[0])


DialogMaker = Callable[[Desk, DemoRecords, QWidget | None], QDialog]


@dataclass(frozen=True)
class DialogEntry:
    name: str  # file name of its screenshot
    cls: type[QDialog]
    make: DialogMaker


def dialogs() -> list[DialogEntry]:
    """Every dialog class of ui/, each with a way to open it on the demo records."""
    from jpf_desk.ui.classes.class_dialog import ClassFormDialog
    from jpf_desk.ui.classes.course_dialog import CourseFormDialog
    from jpf_desk.ui.consent.controller_dialog import ControllerDetailsDialog
    from jpf_desk.ui.consent.dialog import ConsentDialog
    from jpf_desk.ui.consent.duties import DataDutiesDialog
    from jpf_desk.ui.consent.preview import PdfPreviewDialog
    from jpf_desk.ui.consent.withdraw import WithdrawDialog
    from jpf_desk.ui.customers.detail import CustomerDetailDialog
    from jpf_desk.ui.customers.duplicates_dialog import DuplicatesDialog
    from jpf_desk.ui.customers.form import CustomerFormDialog
    from jpf_desk.ui.customers.guardian_dialog import GuardianFormDialog
    from jpf_desk.ui.customers.picker import CustomerPickerDialog
    from jpf_desk.ui.dossiers.dossier_dialog import DossierDialog
    from jpf_desk.ui.dossiers.kinds_dialog import DocumentKindsDialog
    from jpf_desk.ui.dossiers.new_dossier import NewDossierDialog
    from jpf_desk.ui.dossiers.partner_consent import PartnerConsentDialog
    from jpf_desk.ui.dossiers.partners_dialog import PartnersDialog
    from jpf_desk.ui.dossiers.request_dialog import PartnerRequestDialog
    from jpf_desk.ui.dossiers.send_dialog import SendDialog
    from jpf_desk.ui.enrolments.enrol_dialog import EnrolDialog
    from jpf_desk.ui.enrolments.payments_dialog import PaymentsDialog
    from jpf_desk.ui.first_run import FirstRunDialog
    from jpf_desk.ui.imports.dialog import ImportDialog
    from jpf_desk.ui.imports.to_collect import ConsentToCollectDialog
    from jpf_desk.ui.join_dialog import JoinCentreDialog
    from jpf_desk.ui.requests.calendar_dialog import CalendarDialog
    from jpf_desk.ui.requests.decide_dialog import DecideDialog
    from jpf_desk.ui.requests.new_request import NewRequestDialog
    from jpf_desk.ui.requests.reason_dialog import ReasonDialog
    from jpf_desk.ui.settings.dialog import SettingsDialog
    from jpf_desk.ui.sign_in_dialog import (
        ChangePasswordDialog,
        FirstPasswordDialog,
        SignInDialog,
    )
    from jpf_desk.ui.staff_dialog import SwitchStaffDialog
    from jpf_desk.ui.sync.connect_dialog import SyncConnectDialog

    def duplicate(r: DemoRecords) -> list[DuplicateCandidate]:
        return [DuplicateCandidate(r.customer_id, r.dossier.customer_name, "0912 345 678",
                                   "•••• 2345", "same_phone_similar_name"),
                DuplicateCandidate(r.request.customer_id, r.request.customer_name,
                                   "0903 111 222", "•••• 0042", "same_id")]

    def update_request(d: Desk, r: DemoRecords, p: QWidget | None) -> QDialog:
        """A request to correct data: the form shows the customer's current values."""
        dialog = NewRequestDialog(d, p, customer_id=r.request.customer_id)
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("update"))
        return dialog

    return [
        DialogEntry("sign-in", SignInDialog, lambda d, r, p: SignInDialog(d.store, p)),
        DialogEntry("first-run", FirstRunDialog, lambda d, r, p: FirstRunDialog(d.store, p)),
        DialogEntry("first-password", FirstPasswordDialog,
                    lambda d, r, p: FirstPasswordDialog(d.store, p)),
        DialogEntry("join-centre", JoinCentreDialog,
                    lambda d, r, p: JoinCentreDialog(d.store, p)),
        DialogEntry("change-password", ChangePasswordDialog,
                    lambda d, r, p: ChangePasswordDialog(d, p)),
        DialogEntry("switch-staff", SwitchStaffDialog, lambda d, r, p: SwitchStaffDialog(d, p)),
        DialogEntry("customer-new", CustomerFormDialog,
                    lambda d, r, p: CustomerFormDialog(d, None, p)),
        DialogEntry("customer-edit", CustomerFormDialog,
                    lambda d, r, p: CustomerFormDialog(d, r.customer_id, p)),
        DialogEntry("customer-detail", CustomerDetailDialog,
                    lambda d, r, p: CustomerDetailDialog(d, r.customer_id, p)),
        DialogEntry("customer-picker", CustomerPickerDialog,
                    lambda d, r, p: CustomerPickerDialog(d, p)),
        DialogEntry("guardian", GuardianFormDialog, lambda d, r, p: GuardianFormDialog(d, None, p)),
        DialogEntry("duplicates", DuplicatesDialog,
                    lambda d, r, p: DuplicatesDialog(duplicate(r), p)),
        DialogEntry("consent", ConsentDialog,
                    lambda d, r, p: ConsentDialog(d, r.customer_id, p, preview=False)),
        DialogEntry("consent-withdraw", WithdrawDialog,
                    lambda d, r, p: WithdrawDialog(d, r.customer_id, p, preview=False)),
        DialogEntry("print-preview", PdfPreviewDialog,
                    lambda d, r, p: PdfPreviewDialog(
                        paper_form_pdf(d), QCoreApplication.translate("gallery", "Mẫu đồng ý"),
                        "mau-dong-y.pdf", p)),
        DialogEntry("controller-details", ControllerDetailsDialog,
                    lambda d, r, p: ControllerDetailsDialog(d, p)),
        DialogEntry("data-duties", DataDutiesDialog, lambda d, r, p: DataDutiesDialog(d, p)),
        DialogEntry("course", CourseFormDialog, lambda d, r, p: CourseFormDialog(d, p)),
        DialogEntry("class", ClassFormDialog, lambda d, r, p: ClassFormDialog(d, p)),
        DialogEntry("enrol", EnrolDialog,
                    lambda d, r, p: EnrolDialog(d, p, customer_id=r.enrolment.customer_id)),
        DialogEntry("payments", PaymentsDialog,
                    lambda d, r, p: PaymentsDialog(d, r.enrolment, p)),
        DialogEntry("dossier-new", NewDossierDialog,
                    lambda d, r, p: NewDossierDialog(d, r.customer_id, p)),
        DialogEntry("dossier", DossierDialog, lambda d, r, p: DossierDialog(d, r.dossier.id, p)),
        DialogEntry("dossier-partner-request", PartnerRequestDialog,
                    lambda d, r, p: PartnerRequestDialog(d, r.dossier.id, p)),
        DialogEntry("dossier-send", SendDialog, lambda d, r, p: SendDialog(d, r.dossier.id, p)),
        DialogEntry("partner-consent", PartnerConsentDialog,
                    lambda d, r, p: PartnerConsentDialog(d, r.customer_id,
                                                         r.dossier.customer_name, r.partner,
                                                         r.purpose, p, preview=False)),
        DialogEntry("partners", PartnersDialog, lambda d, r, p: PartnersDialog(d, p)),
        DialogEntry("document-kinds", DocumentKindsDialog,
                    lambda d, r, p: DocumentKindsDialog(d, p)),
        DialogEntry("request-new", NewRequestDialog, update_request),
        DialogEntry("request-decide", DecideDialog,
                    lambda d, r, p: DecideDialog(d, r.request, p)),
        DialogEntry("request-reason", ReasonDialog,
                    lambda d, r, p: ReasonDialog(
                        QCoreApplication.translate("gallery", "Gia hạn"),
                        QCoreApplication.translate("gallery", "Lý do gia hạn:"), p, max_days=60)),
        DialogEntry("request-calendar", CalendarDialog, lambda d, r, p: CalendarDialog(d, p)),
        DialogEntry("sync-connect", SyncConnectDialog, lambda d, r, p: SyncConnectDialog(d, p)),
        DialogEntry("import", ImportDialog, lambda d, r, p: ImportDialog(d, p)),
        DialogEntry("consent-to-collect", ConsentToCollectDialog,
                    lambda d, r, p: ConsentToCollectDialog(d, p)),
        DialogEntry("settings", SettingsDialog, lambda d, r, p: SettingsDialog(d, p)),
    ]
