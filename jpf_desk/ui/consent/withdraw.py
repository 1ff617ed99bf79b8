"""Withdrawing consent: pick purposes (or partner sharings), see what it changes, confirm.

For a minor, the guardian who withdraws is chosen: the new receipt names them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from jpf_desk.domain.consent import ConsentMethod
from jpf_desk.domain.disclosure_items import DisclosurePurpose
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import stored_label
from jpf_desk.domain.messages import render_error
from jpf_desk.services.consent.capture import MinorDecision, withdraw_consent
from jpf_desk.services.consent.policy import SERVICE, current_policy
from jpf_desk.services.consent.queries import current_consents
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.customers import records as customers
from jpf_desk.services.desk import Desk
from jpf_desk.ui.consent.dialog import ERROR_STYLE, method_labels
from jpf_desk.ui.consent.printing import open_receipt_preview
from jpf_desk.ui.customers import choices
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_consent_withdraw import Ui_ConsentWithdrawDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.widgets import name_buttons


class WithdrawDialog(QDialog):
    withdrawn = Signal(object)  # the new Receipt

    def __init__(self, desk: Desk, customer_id: str, parent: QWidget | None = None,
                 *, preview: bool = True) -> None:
        super().__init__(parent)
        self.desk, self.customer_id, self.show_preview = desk, customer_id, preview
        self.receipt: Receipt | None = None
        self.preview: QDialog | None = None
        self.ui = Ui_ConsentWithdrawDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        ui = self.ui
        fit_window(self, 620, 480)
        name_buttons(ui.buttons, self.tr("Rút lại và in phiếu mới"))
        policy = current_policy()
        self.purpose_boxes: dict[str, QCheckBox] = {}
        self.partner_boxes: dict[tuple[str, str], QCheckBox] = {}
        self.effects: dict[QCheckBox, str] = {}
        for state in current_consents(desk, customer_id):
            if not state.active:
                continue
            if state.partner_id is None:
                purpose = policy.purpose(state.purpose)
                box = QCheckBox(purpose.wording("vi"), self)
                box.setObjectName(f"withdraw_{state.purpose}")
                self.purpose_boxes[state.purpose] = box
                self.effects[box] = purpose.if_withdrawn.get("vi", "")
            else:
                what = stored_label(DisclosurePurpose, state.purpose, current_lang())
                box = QCheckBox(self.tr("Chia sẻ với %1 (%2)").replace("%1", state.partner_name)
                                .replace("%2", what), self)
                self.partner_boxes[(state.partner_id, state.purpose)] = box
                self.effects[box] = self.tr("JPF sẽ không gửi dữ liệu của bạn cho %1 nữa.") \
                    .replace("%1", state.partner_name)
            box.toggled.connect(self._update_effects)
            ui.purposesLayout.addWidget(box)
        for method, text in method_labels().items():
            if method not in (ConsentMethod.PAPER, ConsentMethod.HANDOVER):
                ui.method.addItem(text, method.value)
        view = customers.get_customer(desk, customer_id)
        self.minor = view.is_minor
        relationships = choices.relationships()
        for g in view.guardians:
            ui.guardian.addItem(f"{g.full_name} ({relationships.get(g.relationship, '')})", g.id)
        ui.guardian.setVisible(self.minor)
        ui.guardianLabel.setVisible(self.minor)
        ui.generalError.setStyleSheet(ERROR_STYLE)
        ui.generalError.hide()
        self._update_effects()
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

    def _update_effects(self) -> None:
        # Sharing with partners is part of the service: withdrawing "service" stops
        # every partner consent too, and the boxes say so before anything is saved.
        service = self.purpose_boxes.get(SERVICE)
        stops_all = service is not None and service.isChecked()
        for box in self.partner_boxes.values():
            if stops_all and box.isEnabled():
                box.setProperty("chosen", box.isChecked())  # the person's own tick
                box.setEnabled(False)  # before the tick: toggled comes back here
                box.setChecked(True)
            elif not stops_all and not box.isEnabled():
                box.setEnabled(True)
                box.setChecked(bool(box.property("chosen")))
        lines = [f"• {text}" for box, text in self.effects.items() if box.isChecked()]
        self.ui.effects.setText("\n".join(lines) or self.tr(
            "Chọn một mục đích ở trên để xem điều gì sẽ thay đổi."))

    def save(self) -> None:
        purposes = [code for code, box in self.purpose_boxes.items() if box.isChecked()]
        partners = [key for key, box in self.partner_boxes.items() if box.isChecked()]
        try:
            receipt = withdraw_consent(
                self.desk, self.customer_id, purposes, partners=partners,
                method=ConsentMethod(self.ui.method.currentData()),
                decided_by=MinorDecision(self.ui.guardian.currentData()) if self.minor else None)
        except DomainError as err:
            self.ui.generalError.setText(render_error(err, current_lang()))
            self.ui.generalError.show()
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it
            show_error(self, exc)
            return
        self.receipt = receipt
        self.withdrawn.emit(receipt)
        if self.show_preview:
            open_receipt_preview(self.parentWidget(), self.desk, receipt, copy=False,
                                 on_open=self._preview_opened)
        self.accept()

    def _preview_opened(self, dialog: QDialog) -> None:
        self.preview = dialog
