"""The partner registry: who the partners are and what was agreed to send them, per purpose."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from jpf_desk.domain.disclosure_items import (
    DisclosureField,
    DisclosurePurpose,
    PartnerKind,
    doc_item,
    field_item,
)
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.document_kinds import list_kinds
from jpf_desk.services.sharing.partners import (
    PartnerInput,
    PartnerView,
    list_partners,
    save_partner,
    set_scope,
)
from jpf_desk.ui.generated.ui_dossier_partners import Ui_PartnersDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.shared_data import lock_shared_editing
from jpf_desk.ui.widgets import name_buttons, setup_ui

ID_ROLE = Qt.ItemDataRole.UserRole


class PartnersDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_PartnersDialog()
        setup_ui(self.ui, self)
        fit_window(self, 900, 600)
        name_buttons(self.ui.buttons)
        self.ui.partnerError.setStyleSheet("color: #b00020;")
        self.partners: list[PartnerView] = []
        self.current_id: str | None = None
        for kind in PartnerKind:
            self.ui.kind.addItem(label(kind, current_lang()), kind.value)
        for purpose in DisclosurePurpose:
            self.ui.scopePurpose.addItem(label(purpose, current_lang()), purpose.value)
        for field in DisclosureField:
            self._add_scope_item(field_item(field), self.tr("Thông tin: %1").replace(
                "%1", label(field, current_lang())))
        for doc_kind in list_kinds(desk):
            self._add_scope_item(doc_item(doc_kind.code),
                                 self.tr("Giấy tờ: %1").replace("%1", doc_kind.name))
        self.ui.partnerList.currentRowChanged.connect(self._show_partner)
        self.ui.scopePurpose.currentIndexChanged.connect(self._show_scope)
        self.ui.newPartner.clicked.connect(self.new_partner)
        self.ui.savePartner.clicked.connect(self.save)
        self.ui.saveScope.clicked.connect(self.save_scope)
        self.ui.buttons.rejected.connect(self.reject)
        self.reload()
        self.read_only = lock_shared_editing(
            desk, (self.ui.newPartner, self.ui.savePartner, self.ui.saveScope),
            self.ui.partnerError)

    def _add_scope_item(self, key: str, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(ID_ROLE, key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.ui.scopeItems.addItem(item)

    def reload(self, select_id: str | None = None) -> None:
        self.partners = list_partners(self.desk, include_inactive=True)
        self.ui.partnerList.blockSignals(True)
        self.ui.partnerList.clear()
        for p in self.partners:
            item = QListWidgetItem(f"{p.name} ({p.country})")
            item.setData(ID_ROLE, p.id)
            self.ui.partnerList.addItem(item)
        self.ui.partnerList.blockSignals(False)
        ids = [p.id for p in self.partners]
        target = select_id or (ids[0] if ids else None)
        if target in ids:
            self.ui.partnerList.setCurrentRow(ids.index(target))
            self._show_partner(ids.index(target))
        else:
            self.new_partner()

    def _show_partner(self, row: int) -> None:
        if not 0 <= row < len(self.partners):
            return
        p = self.partners[row]
        self.current_id = p.id
        self.ui.name.setText(p.name)
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(p.kind.value))
        self.ui.country.setText(p.country)
        self.ui.contact.setText(p.contact)
        self.ui.active.setChecked(p.active)
        self.ui.partnerError.clear()
        self._show_scope()

    def _show_scope(self) -> None:
        partner = next((p for p in self.partners if p.id == self.current_id), None)
        purpose = DisclosurePurpose(self.ui.scopePurpose.currentData())
        agreed = partner.scope.get(purpose, frozenset()) if partner else frozenset()
        for row in range(self.ui.scopeItems.count()):
            item = self.ui.scopeItems.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in agreed
                               else Qt.CheckState.Unchecked)
        self.ui.scopeItems.setEnabled(partner is not None)
        self.ui.saveScope.setEnabled(partner is not None)

    def new_partner(self) -> None:
        self.current_id = None
        self.ui.partnerList.clearSelection()
        for field in (self.ui.name, self.ui.country, self.ui.contact):
            field.clear()
        self.ui.active.setChecked(True)
        self._show_scope()
        self.ui.name.setFocus()

    def save(self) -> None:
        self.ui.partnerError.clear()
        data = PartnerInput(self.ui.name.text(), PartnerKind(self.ui.kind.currentData()),
                            self.ui.country.text(), self.ui.contact.text(),
                            self.ui.active.isChecked())
        try:
            view = save_partner(self.desk, data, self.current_id)
        except DomainError as err:
            self.ui.partnerError.setText(render_error(err, current_lang()))
            return
        self.reload(view.id)

    def save_scope(self) -> None:
        if self.current_id is None:
            return
        items = [self.ui.scopeItems.item(r).data(ID_ROLE)
                 for r in range(self.ui.scopeItems.count())
                 if self.ui.scopeItems.item(r).checkState() == Qt.CheckState.Checked]
        purpose = DisclosurePurpose(self.ui.scopePurpose.currentData())
        set_scope(self.desk, self.current_id, purpose, items)
        self.reload(self.current_id)
        self.ui.scopePurpose.setCurrentIndex(self.ui.scopePurpose.findData(purpose.value))
        self.ui.scopeStatus.setText(self.tr("Đã lưu phạm vi cho «%1».")
                                    .replace("%1", label(purpose, current_lang())))

    def set_scope_checks(self, keys: list[str]) -> None:
        for row in range(self.ui.scopeItems.count()):
            item = self.ui.scopeItems.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in keys
                               else Qt.CheckState.Unchecked)
