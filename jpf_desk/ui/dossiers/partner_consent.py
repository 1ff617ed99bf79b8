"""The customer's consent to share one purpose's data with one partner, from a dossier.

Recorded through the consent service (a new receipt superseding the current one) and
printed with the consent feature's receipt preview; nothing here stores consent itself.
The box starts unticked: silence is not consent (Law 91 Art. 9). For a minor the
guardian present is chosen and says yes, and a child from 7 is asked too, every time:
nothing is copied from the receipt that consented to other things before.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from jpf_desk.domain.consent import ConsentMethod
from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.disclosure_items import DisclosurePurpose
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.people import child_must_consent
from jpf_desk.services.consent.capture import MinorDecision, add_partner_consents
from jpf_desk.services.consent.content import PartnerChoice
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.customers import records as customers
from jpf_desk.services.desk import Desk
from jpf_desk.services.sharing.partners import PartnerView
from jpf_desk.ui.consent.dialog import method_labels
from jpf_desk.ui.consent.printing import open_receipt_preview
from jpf_desk.ui.customers import choices as customer_choices
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_dossier_partner_consent import Ui_PartnerConsentDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import name_buttons, setup_ui


class PartnerConsentDialog(QDialog):
    recorded = Signal(object)  # the new Receipt

    def __init__(self, desk: Desk, customer_id: str, customer_name: str,
                 partner: PartnerView, purpose: DisclosurePurpose, parent: QWidget | None = None,
                 *, preview: bool = True) -> None:
        super().__init__(parent)
        self.desk, self.customer_id = desk, customer_id
        self.partner, self.purpose, self.show_preview = partner, purpose, preview
        self.receipt: Receipt | None = None
        self.ui = Ui_PartnerConsentDialog()
        setup_ui(self.ui, self)
        name_buttons(self.ui.buttons, self.tr("Ghi nhận và in phiếu"))
        self.ui.error.setStyleSheet("color: #b00020;")
        abroad = (self.tr("<br><b>Dữ liệu sẽ được chuyển ra nước ngoài (%1).</b>")
                  .replace("%1", escape(partner.country)) if partner.cross_border else "")
        self.ui.statement.setText(
            self.tr("Khách hàng <b>%1</b> đồng ý để JPF gửi dữ liệu cá nhân cần thiết cho "
                    "<b>%2</b> với mục đích <b>%3</b>, trong phạm vi đã thỏa thuận với đối tác "
                    "này. Khách hàng có thể rút đồng ý bất cứ lúc nào.")
            .replace("%1", escape(customer_name)).replace("%2", escape(partner.name))
            .replace("%3", escape(label(purpose, current_lang()))) + abroad)
        self.ui.agreed.setChecked(False)
        self._setup_minor()
        for method, text in method_labels().items():
            self.ui.method.addItem(text, method.value)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _setup_minor(self) -> None:
        ui, view = self.ui, customers.get_customer(self.desk, self.customer_id)
        self.minor = view.is_minor
        ui.minorGroup.setVisible(self.minor)
        relationships = customer_choices.relationships()
        for g in view.guardians:
            ui.guardian.addItem(f"{g.full_name} ({relationships.get(g.relationship, '')})", g.id)
        self.child_needed = bool(self.minor and view.birth_date
                                 and child_must_consent(view.birth_date, today_vn()))
        ui.childConsent.setVisible(self.child_needed)
        ui.guardianConsent.setChecked(False)
        ui.childConsent.setChecked(False)

    def decision(self) -> MinorDecision | None:
        """Who decided, as ticked now (None for an adult)."""
        if not self.minor:
            return None
        ui = self.ui
        return MinorDecision(ui.guardian.currentData(), ui.guardianConsent.isChecked(),
                             ui.childConsent.isChecked() if self.child_needed else None)

    def accept(self) -> None:
        self.ui.error.clear()
        if not self.ui.agreed.isChecked():
            self.ui.error.setText(self.tr("Chỉ ghi nhận khi khách hàng thực sự đồng ý."))
            return
        choice = PartnerChoice(self.partner.id, self.purpose.value, True)
        try:
            receipt = add_partner_consents(self.desk, self.customer_id, [choice],
                                           method=ConsentMethod(self.ui.method.currentData()),
                                           decided_by=self.decision())
        except DomainError as err:
            self.ui.error.setText(render_error(err, current_lang()))
            return
        except Exception as exc:  # noqa: BLE001 - shown in words, the dialog stays open
            show_error(self, exc)
            return
        self.receipt = receipt
        self.recorded.emit(receipt)
        super().accept()
        if self.show_preview and self.parentWidget() is not None:
            open_receipt_preview(self.parentWidget(), self.desk, receipt, copy=False)
