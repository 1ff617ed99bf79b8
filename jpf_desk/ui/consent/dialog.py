"""The consent dialog: the policy text, one unticked box per purpose, minors, the method.

Opened right after a new customer is saved (intake) and from the customer's Consents
tab. On success it records a receipt and opens its print preview (rendered off the
GUI thread).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from jpf_desk.domain.consent import ConsentAction, ConsentMethod
from jpf_desk.domain.dates import parse_date, today_vn
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.people import child_must_consent
from jpf_desk.services.consent.capture import ConsentInput, capture_consent
from jpf_desk.services.consent.handover import handover_due_for
from jpf_desk.services.consent.policy import current_policy
from jpf_desk.services.consent.queries import current_consents
from jpf_desk.services.consent.views import Receipt
from jpf_desk.services.customers import records as customers
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.clock import desk_clock
from jpf_desk.ui.clock_warning import ClockWarning
from jpf_desk.ui.consent.printing import open_receipt_preview
from jpf_desk.ui.customers import choices
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_consent_dialog import Ui_ConsentDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.widgets import name_buttons

ERROR_STYLE = "color: #b00020;"


def method_labels() -> dict[ConsentMethod, str]:
    lang = current_lang()
    return {m: label(m, lang) for m in ConsentMethod}


class ConsentDialog(QDialog):
    recorded = Signal(object)  # the new Receipt

    def __init__(self, desk: Desk, customer_id: str, parent: QWidget | None = None,
                 *, preview: bool = True) -> None:
        super().__init__(parent)
        self.desk, self.customer_id, self.show_preview = desk, customer_id, preview
        self.customer = customers.get_customer(desk, customer_id)
        self.policy = current_policy()
        self.receipt: Receipt | None = None
        self.preview: QDialog | None = None
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        ui = self.ui
        fit_window(self, 780, 700)  # fits a 1366×768 desk screen
        self.setWindowTitle(self.tr("Đồng ý xử lý dữ liệu – %1").replace(
            "%1", self.customer.full_name))
        name_buttons(ui.buttons, self.tr("Ghi nhận và in phiếu"))
        ui.policyText.setPlainText(self.policy.text)
        ui.policyVersion.setText(self.tr("Chính sách %1 – SHA-256 %2")
                                 .replace("%1", self.policy.version)
                                 .replace("%2", self.policy.sha256))
        self.boxes: dict[str, QCheckBox] = {}
        self.why: dict[str, QLabel] = {}
        self._add_purposes()
        self.sensitive_boxes: dict[str, QCheckBox] = {}
        for kind, texts in self.policy.sensitive_kinds.items():
            box = QCheckBox(texts.get("vi", kind), self)
            box.setObjectName(f"sensitive_{kind}")
            ui.sensitiveLayout.addWidget(box)
            self.sensitive_boxes[kind] = box
        self._setup_minor()
        for method, text in method_labels().items():
            ui.method.addItem(text, method.value)
        if handover_due_for(desk, customer_id):  # 16 now: the person's own choices
            ui.method.setCurrentIndex(ui.method.findData(ConsentMethod.HANDOVER.value))
        ui.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        # not translated: each language in its own name, as language choosers show them
        for code, name in (("vi", "Tiếng Việt"), ("fr", "Français"), ("en", "English")):
            ui.language.addItem(name, code)
        # the receipt in the interface's language unless the customer asks for another
        ui.language.setCurrentIndex(max(0, ui.language.findData(current_lang())))
        ui.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        for error_label in (ui.minorError, ui.signedOnError, ui.generalError):
            error_label.setStyleSheet(ERROR_STYLE)
            error_label.hide()
        # A desk whose clock is off says so before the receipt is made (clock_skew.py).
        self.clock_warning = ClockWarning(self, receipt=True)
        self.clock_warning.show_clock(desk_clock(desk))
        ui.layout.insertWidget(0, self.clock_warning)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)

    def _add_purposes(self) -> None:
        given = {s.purpose for s in current_consents(self.desk, self.customer_id)
                 if s.partner_id is None and s.state == ConsentAction.GIVEN}
        layout = self.ui.purposesLayout
        for purpose in self.policy.purposes:
            suffix = self.tr(" (cần để ghi danh)") if purpose.required else self.tr(
                " (không bắt buộc)")
            box = QCheckBox(purpose.wording("vi") + suffix, self)
            box.setObjectName(f"purpose_{purpose.code}")
            box.setChecked(False)  # never pre-ticked, even when changing a consent
            if purpose.code in given:
                box.setToolTip(self.tr("Hiện đang đồng ý"))
            layout.addWidget(box)
            self.boxes[purpose.code] = box
            if purpose.required:
                why = QLabel(purpose.why_required.get("vi", ""), self)
                why.setWordWrap(True)
                why.setIndent(24)
                layout.addWidget(why)
                self.why[purpose.code] = why

    def _language_changed(self) -> None:
        """The purposes in the receipt's language, so the customer ticks what they read;
        the Vietnamese policy text stays the reference."""
        lang = self.ui.language.currentData() or "vi"
        for purpose in self.policy.purposes:
            suffix = self.tr(" (cần để ghi danh)") if purpose.required else self.tr(
                " (không bắt buộc)")
            self.boxes[purpose.code].setText(purpose.wording(lang) + suffix)
            if purpose.code in self.why:
                self.why[purpose.code].setText(purpose.why_required.get(lang)
                                               or purpose.why_required.get("vi", ""))
        for kind, box in self.sensitive_boxes.items():
            texts = self.policy.sensitive_kinds[kind]
            box.setText(texts.get(lang) or texts.get("vi", kind))
        self.ui.languageNote.setText("" if lang == "vi" else self.tr(
            "Văn bản chính sách tiếng Việt (SHA-256 ở trên) là bản gốc; bản dịch để tham khảo."))

    def _setup_minor(self) -> None:
        ui, view = self.ui, self.customer
        ui.minorGroup.setVisible(view.is_minor)
        relationships = choices.relationships()
        for g in view.guardians:
            ui.guardian.addItem(f"{g.full_name} ({relationships.get(g.relationship, '')})", g.id)
        self.child_needed = bool(view.birth_date and
                                 child_must_consent(view.birth_date, today_vn()))
        ui.childConsent.setVisible(self.child_needed)

    def _method_changed(self) -> None:
        paper = self.ui.method.currentData() == ConsentMethod.PAPER.value
        self.ui.signedOn.setEnabled(paper)
        self.ui.signedOnLabel.setEnabled(paper)

    def read_input(self) -> ConsentInput:
        ui = self.ui
        method = ConsentMethod(ui.method.currentData())
        signed_on = None
        if method is ConsentMethod.PAPER and ui.signedOn.text().strip():
            try:
                signed_on = parse_date(ui.signedOn.text())
            except DomainError as err:
                raise DomainError(err.code, field="signed_on") from None
        minor = self.customer.is_minor
        return ConsentInput(
            given=frozenset(code for code, box in self.boxes.items() if box.isChecked()),
            method=method, signed_on=signed_on, language=ui.language.currentData() or "vi",
            guardian_id=ui.guardian.currentData() if minor else None,
            guardian_consented=minor and ui.guardianConsent.isChecked(),
            child_consented=ui.childConsent.isChecked() if minor and self.child_needed else None,
            sensitive_kinds=tuple(k for k, box in self.sensitive_boxes.items() if box.isChecked()),
        )

    def show_problem(self, err: DomainError) -> None:
        ui = self.ui
        for error_label in (ui.minorError, ui.signedOnError, ui.generalError):
            error_label.hide()
        target = {"guardian": ui.minorError, "child": ui.minorError,
                  "signed_on": ui.signedOnError}.get(err.field or "", ui.generalError)
        target.setText(render_error(err, current_lang()))
        target.show()

    def refusal_of_everything_confirmed(self) -> bool:
        """A receipt cannot be taken back, and Enter is the dialog's default: with nothing
        ticked, ask first, with "No" as the answer Enter gives."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Từ chối tất cả?"),
                          self.tr("Khách hàng từ chối tất cả các mục đích?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("refuseEverythingQuestion")
        box.setInformativeText(self.tr(
            "Chưa đánh dấu mục đích nào. Phiếu sẽ ghi là khách hàng từ chối mọi mục đích "
            "và không thể sửa lại."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        try:
            choice = self.read_input()
            if not choice.given and not self.refusal_of_everything_confirmed():
                return
            receipt = capture_consent(self.desk, self.customer_id, choice)
        except DomainError as err:
            self.show_problem(err)
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it, keep the choices
            show_error(self, exc)
            return
        self.receipt = receipt
        self.recorded.emit(receipt)
        if self.show_preview:
            open_receipt_preview(self.parentWidget(), self.desk, receipt, copy=False,
                                 on_open=self._preview_opened)
        self.accept()

    def _preview_opened(self, dialog: QDialog) -> None:
        self.preview = dialog

    @property
    def ok_button(self) -> QWidget:
        button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button


def open_consent_after_intake(desk: Desk, customer_id: str,
                              parent: QWidget | None) -> ConsentDialog:
    """Called by the customer form once a new customer is saved: consent comes next."""
    dialog = ConsentDialog(desk, customer_id, parent)
    dialog.open()
    return dialog
