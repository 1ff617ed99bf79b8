"""Logging a partner's request for missing data, and the answer JPF gave.

While the request is typed, the dialog says which requested items lie outside the
scope agreed with that partner, so the answer stays within it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from jpf_desk.domain.disclosure_items import (
    DisclosureField,
    DisclosurePurpose,
    PartnerRequestOutcome,
    doc_item,
    field_item,
)
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.document_kinds import list_kinds
from jpf_desk.services.sharing.partner_requests import (
    PartnerRequestView,
    answer_request,
    log_request,
)
from jpf_desk.services.sharing.partners import PartnerView, list_partners
from jpf_desk.ui.generated.ui_dossier_request import Ui_PartnerRequestDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import check_list_items, checked_list_items, name_buttons, setup_ui

ITEM_ROLE = Qt.ItemDataRole.UserRole


class PartnerRequestDialog(QDialog):
    """New request (with or without an answer yet) or, given `existing`, its answer only."""

    def __init__(self, desk: Desk, dossier_id: str, parent: QWidget | None = None,
                 existing: PartnerRequestView | None = None) -> None:
        super().__init__(parent)
        self.desk, self.dossier_id, self.existing = desk, dossier_id, existing
        self.saved: PartnerRequestView | None = None
        self.ui = Ui_PartnerRequestDialog()
        setup_ui(self.ui, self)
        name_buttons(self.ui.buttons)
        self.ui.error.setStyleSheet("color: #b00020;")
        self.partners: list[PartnerView] = list_partners(desk)
        for p in self.partners:
            self.ui.partner.addItem(f"{p.name} ({p.country})", p.id)
        for purpose in DisclosurePurpose:
            self.ui.purpose.addItem(label(purpose, current_lang()), purpose.value)
        for outcome in PartnerRequestOutcome:
            self.ui.outcome.addItem(label(outcome, current_lang()), outcome.value)
        for field in DisclosureField:
            self._add_item(field_item(field), label(field, current_lang()))
        for kind in list_kinds(desk):
            self._add_item(doc_item(kind.code), kind.name)
        self.ui.partner.currentIndexChanged.connect(self._update_scope_info)
        self.ui.purpose.currentIndexChanged.connect(self._update_scope_info)
        self.ui.items.itemChanged.connect(self._update_scope_info)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        if existing is not None:
            self._show_existing(existing)
        self._update_scope_info()

    def _add_item(self, key: str, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(ITEM_ROLE, key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.ui.items.addItem(item)

    def _show_existing(self, req: PartnerRequestView) -> None:
        self.ui.partner.setCurrentIndex(self.ui.partner.findData(req.partner_id))
        self.ui.purpose.setCurrentIndex(self.ui.purpose.findData(req.purpose.value))
        self.check_items(list(req.requested_items))
        self.ui.requestNote.setText(req.request_note)
        self.ui.requestGroup.setEnabled(False)
        self.ui.answer.setFocus()

    def check_items(self, keys: list[str]) -> None:
        check_list_items(self.ui.items, keys)

    def chosen_items(self) -> tuple[str, ...]:
        return checked_list_items(self.ui.items)

    def _update_scope_info(self, *_args: object) -> None:
        partner = next((p for p in self.partners if p.id == self.ui.partner.currentData()), None)
        if partner is None:
            return
        agreed = partner.scope.get(DisclosurePurpose(self.ui.purpose.currentData()), frozenset())
        outside = [self.ui.items.item(r).text() for r in range(self.ui.items.count())
                   if self.ui.items.item(r).checkState() == Qt.CheckState.Checked
                   and self.ui.items.item(r).data(ITEM_ROLE) not in agreed]
        self.ui.scopeInfo.setText(
            self.tr("Ngoài phạm vi thỏa thuận (không được gửi): %1").replace("%1", ", ".join(outside))
            if outside else "")

    def accept(self) -> None:
        self.ui.error.clear()
        outcome = PartnerRequestOutcome(self.ui.outcome.currentData())
        answer = self.ui.answer.text()
        try:
            if self.existing is None:
                saved = log_request(self.desk, self.dossier_id, self.ui.partner.currentData(),
                                    DisclosurePurpose(self.ui.purpose.currentData()),
                                    self.chosen_items(),
                                    self.ui.requestNote.text())
                if outcome is not PartnerRequestOutcome.PENDING or answer.strip():
                    saved = answer_request(self.desk, saved.id, outcome, answer)
            else:
                saved = answer_request(self.desk, self.existing.id, outcome, answer)
        except DomainError as err:
            self.ui.error.setText(render_error(err, current_lang()))
            return
        self.saved = saved
        super().accept()
