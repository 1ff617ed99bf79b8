"""The customer's Consents tab: current choices, receipts, and the actions on them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from jpf_desk.domain.consent import ConsentAction, ReceiptStatus
from jpf_desk.domain.dates import format_datetime
from jpf_desk.domain.disclosure_items import DisclosurePurpose
from jpf_desk.domain.labels import label, stored_label
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.consent.handover import handover_due_for
from jpf_desk.services.consent.policy import current_policy
from jpf_desk.services.consent.queries import current_consents, get_receipt, list_receipts
from jpf_desk.services.consent.views import ReceiptSummary
from jpf_desk.services.desk import Desk
from jpf_desk.ui.consent.dialog import ERROR_STYLE, ConsentDialog
from jpf_desk.ui.consent.printing import open_paper_form_preview, open_receipt_preview
from jpf_desk.ui.consent.withdraw import WithdrawDialog
from jpf_desk.ui.customers.detail import fill_table
from jpf_desk.ui.generated.ui_consent_panel import Ui_ConsentPanel
from jpf_desk.ui.language import current_lang


class ConsentPanel(QWidget):
    def __init__(self, desk: Desk, customer_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.customer_id = desk, customer_id
        self.ui = Ui_ConsentPanel()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        ui = self.ui
        self.preview: QDialog | None = None
        self.rows: list[ReceiptSummary] = []
        ui.captureButton.clicked.connect(self.capture)
        ui.withdrawButton.clicked.connect(self.withdraw)
        ui.reprintButton.clicked.connect(self.reprint)
        ui.paperFormButton.clicked.connect(self.paper_form)
        self.handover_notice = QLabel(self)
        self.handover_notice.setObjectName("handoverNotice")
        self.handover_notice.setWordWrap(True)
        self.handover_notice.setStyleSheet(ERROR_STYLE)
        ui.layout.insertWidget(0, self.handover_notice)
        # No receipt at all (imported customers, mostly): the desk asks at this visit.
        self.collect_notice = QLabel(self)
        self.collect_notice.setObjectName("collectNotice")
        self.collect_notice.setWordWrap(True)
        self.collect_notice.setStyleSheet(ERROR_STYLE)
        ui.layout.insertWidget(0, self.collect_notice)
        self.reload()

    def _labels(self) -> tuple[dict[str, str], dict[str, str]]:
        lang = current_lang()
        states = {a.value: label(a, lang) for a in ConsentAction}
        statuses = {s.value: label(s, lang) for s in ReceiptStatus}
        return states, statuses

    def reload(self) -> None:
        policy = current_policy()
        states, statuses = self._labels()
        current = current_consents(self.desk, self.customer_id)

        lang = current_lang()

        def purpose_name(purpose: str, partner: str) -> str:
            if partner:  # the purpose agreed with that partner
                return f"{partner}: {stored_label(DisclosurePurpose, purpose, lang)}"
            try:
                return policy.purpose(purpose).wording(lang)
            except KeyError:
                return purpose

        fill_table(self.ui.current, [self.tr("Mục đích"), self.tr("Lựa chọn"), self.tr("Từ")],
                   [(purpose_name(s.purpose, s.partner_name), states.get(s.state, s.state),
                     format_datetime(s.since)) for s in current])
        self.rows = list_receipts(self.desk, self.customer_id)
        fill_table(self.ui.receipts,
                   [self.tr("Mã phiếu"), self.tr("Thời điểm"), self.tr("Trạng thái")],
                   [(r.short_code, format_datetime(r.consented_at),
                     statuses.get(r.status, r.status)) for r in self.rows])
        if self.rows:
            self.ui.receipts.selectRow(0)
        self.ui.withdrawButton.setEnabled(any(s.active for s in current))
        due = handover_due_for(self.desk, self.customer_id)
        self.handover_notice.setText(self.tr(
            "Khách hàng đã đủ 16 tuổi: sự đồng ý của người giám hộ không còn thay cho họ. "
            "Hãy hỏi chính khách hàng và ghi nhận lựa chọn của họ (chuyển giao đồng ý)."
        ) if due else "")
        self.handover_notice.setVisible(due)
        self.ui.reprintButton.setEnabled(bool(self.rows))
        self.collect_notice.setText("" if self.rows else self.tr(
            "Chưa có sự đồng ý nào của khách hàng này (ví dụ: nhập từ bảng tính). "
            "Hãy hỏi khách hàng và ghi nhận lựa chọn của họ."))
        self.collect_notice.setVisible(not self.rows)

    def on_changes(self, changes: Changes) -> None:
        if changes.touches_customer(self.customer_id) or changes.touches(Kind.PARTNERS):
            self.reload()

    def _done(self) -> None:
        self.reload()

    def capture(self) -> ConsentDialog:
        dialog = ConsentDialog(self.desk, self.customer_id, self)
        dialog.recorded.connect(lambda _r: self._done())
        dialog.open()
        return dialog

    def withdraw(self) -> WithdrawDialog:
        dialog = WithdrawDialog(self.desk, self.customer_id, self)
        dialog.withdrawn.connect(lambda _r: self._done())
        dialog.open()
        return dialog

    def reprint(self) -> None:
        row = self.ui.receipts.currentRow()
        if not 0 <= row < len(self.rows):
            return
        receipt = get_receipt(self.desk, self.rows[row].id)
        open_receipt_preview(self, self.desk, receipt, copy=True, on_open=self._opened)

    def paper_form(self) -> None:
        open_paper_form_preview(self, self.desk, on_open=self._opened)

    def _opened(self, dialog: QDialog) -> None:
        self.preview = dialog
