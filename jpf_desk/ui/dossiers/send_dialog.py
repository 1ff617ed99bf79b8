"""Send to partner: pick partner, purpose and items; the service says yes or why not.

A refusal (no active consent, item outside the agreed scope, no legal basis for a
transfer abroad) is shown in the dialog in words, with everything chosen kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from jpf_desk.domain.disclosure_items import (
    DisclosureChannel,
    DisclosureField,
    DisclosurePurpose,
    LegalBasis,
    doc_item,
    field_item,
)
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers import documents
from jpf_desk.services.dossiers.workflow import get_dossier
from jpf_desk.services.sharing.disclosures import DisclosureView, SendRequest
from jpf_desk.services.sharing.package import send_to_partner
from jpf_desk.services.sharing.partners import PartnerView, list_partners
from jpf_desk.ui.errors import known_message, show_error
from jpf_desk.ui.generated.ui_dossier_send import Ui_DossierSendDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.tasks import run_task
from jpf_desk.ui.widgets import check_list_items, checked_list_items, name_buttons, setup_ui

ITEM_ROLE = Qt.ItemDataRole.UserRole
OUTSIDE = QColor("#777777")


def default_folder() -> Path:
    return Path.home() / "JPF-goi-gui-doi-tac"


class SendDialog(QDialog):
    """Emits `sent(disclosure_id)` when the package is written and the send recorded."""

    sent = Signal(str)

    def __init__(self, desk: Desk, dossier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.dossier_id = desk, dossier_id
        self.result_view: DisclosureView | None = None
        self.ui = Ui_DossierSendDialog()
        setup_ui(self.ui, self)
        fit_window(self, 620, 560)
        name_buttons(self.ui.buttons, self.tr("Tạo gói và gửi"))
        self.ui.refusal.setStyleSheet("color: #b00020;")
        self.ui.refusal.setWordWrap(True)
        self.partners: list[PartnerView] = list_partners(desk)
        for p in self.partners:
            self.ui.partner.addItem(f"{p.name} ({p.country})", p.id)
        for purpose in DisclosurePurpose:
            self.ui.purpose.addItem(label(purpose, current_lang()), purpose.value)
        for channel in DisclosureChannel:
            self.ui.channel.addItem(label(channel, current_lang()), channel.value)
        self.ui.basis.addItem(self.tr("— chọn căn cứ —"), None)
        for basis in LegalBasis:
            self.ui.basis.addItem(label(basis, current_lang()), basis.value)
        self.ui.folder.setText(str(default_folder()))
        self.choose_folder: Callable[[], str] = self._ask_folder
        self.ui.browse.clicked.connect(self._browse)
        self.ui.partner.currentIndexChanged.connect(self._partner_changed)
        self.ui.purpose.currentIndexChanged.connect(self._mark_scope)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.giveConsent.clicked.connect(self.give_consent)
        self.consent_dialog: QDialog | None = None
        self.consent_preview = True  # tests turn the receipt preview off
        self._fill_items()
        self._partner_changed()

    def _fill_items(self) -> None:
        for field in DisclosureField:
            self._add_item(field_item(field), label(field, current_lang()))
        for doc in documents.checklist(self.desk, self.dossier_id):
            suffix = ("" if doc.file_here else self.tr(" (tệp ở máy khác)") if doc.has_file
                      else self.tr(" (chưa có tệp)"))
            self._add_item(doc_item(doc.kind_code), doc.kind_name + suffix)

    def _add_item(self, key: str, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(ITEM_ROLE, key)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.ui.items.addItem(item)

    def partner(self) -> PartnerView | None:
        pid = self.ui.partner.currentData()
        return next((p for p in self.partners if p.id == pid), None)

    def _partner_changed(self) -> None:
        partner = self.partner()
        abroad = bool(partner and partner.cross_border)
        self.ui.basis.setEnabled(abroad)
        if partner is not None and partner.scope:
            first = next(iter(sorted(partner.scope, key=list(DisclosurePurpose).index)))
            self.ui.purpose.setCurrentIndex(self.ui.purpose.findData(first.value))
        self._mark_scope()

    def _mark_scope(self) -> None:
        """Grey out (but keep selectable) what the agreement does not cover."""
        partner = self.partner()
        purpose = DisclosurePurpose(self.ui.purpose.currentData())
        agreed = partner.scope.get(purpose, frozenset()) if partner else frozenset()
        for row in range(self.ui.items.count()):
            item = self.ui.items.item(row)
            inside = item.data(ITEM_ROLE) in agreed
            item.setForeground(QBrush(QColor("black") if inside else OUTSIDE))
            item.setToolTip("" if inside else self.tr("Ngoài phạm vi thỏa thuận với đối tác"))

    def check_items(self, keys: list[str]) -> None:
        check_list_items(self.ui.items, keys)

    def chosen_items(self) -> tuple[str, ...]:
        return checked_list_items(self.ui.items)

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Thư mục lưu gói"),
                                                self.ui.folder.text())

    def _browse(self) -> None:
        folder = self.choose_folder()
        if folder:
            self.ui.folder.setText(folder)

    def request(self) -> SendRequest:
        basis = self.ui.basis.currentData() if self.ui.basis.isEnabled() else None
        return SendRequest(self.dossier_id, self.ui.partner.currentData(),
                           DisclosurePurpose(self.ui.purpose.currentData()), self.chosen_items(),
                           DisclosureChannel(self.ui.channel.currentData()),
                           LegalBasis(basis) if basis else None, self.ui.note.text())

    def give_consent(self) -> None:
        """The customer agrees now (at the desk, on paper or by phone): record it."""
        from jpf_desk.ui.dossiers.partner_consent import PartnerConsentDialog

        partner = self.partner()
        if partner is None:
            return
        dossier = get_dossier(self.desk, self.dossier_id)
        dialog = PartnerConsentDialog(self.desk, dossier.customer_id, dossier.customer_name,
                                      partner, DisclosurePurpose(self.ui.purpose.currentData()),
                                      self,
                                      preview=self.consent_preview)
        dialog.recorded.connect(self._consent_recorded)
        self.consent_dialog = dialog
        dialog.open()

    def _consent_recorded(self, _receipt: object) -> None:
        self.ui.giveConsent.hide()
        self.ui.refusal.setText(self.tr("Đã ghi nhận đồng ý. Bấm “Tạo gói và gửi” để gửi."))

    def accept(self) -> None:
        self.ui.refusal.clear()
        self.ui.giveConsent.hide()
        if self.ui.partner.currentData() is None:
            self.ui.refusal.setText(self.tr("Chưa có đối tác nào: hãy thêm đối tác trước."))
            return
        req, folder = self.request(), Path(self.ui.folder.text()).expanduser()
        self.ui.buttons.setEnabled(False)
        run_task(self, self.tr("Đang tạo gói gửi đối tác…"),
                 lambda _ctx: send_to_partner(self.desk, req, folder, lang=current_lang()),
                 self._done, self._failed)

    def _done(self, view: DisclosureView) -> None:
        self.ui.buttons.setEnabled(True)
        self.result_view = view
        self.sent.emit(view.id)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        if isinstance(exc, DomainError):
            self.ui.refusal.setText(render_error(exc, current_lang()))
            self.ui.giveConsent.setVisible(exc.code == "disclosure.no_consent")
            return
        message = known_message(exc)
        if message is not None:
            self.ui.refusal.setText(message)
            return
        show_error(self, exc)
