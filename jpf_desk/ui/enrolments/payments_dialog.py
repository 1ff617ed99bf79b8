"""Payments of one enrolment: the instalments so far, the balance, a new payment.

A payment recorded here opens its receipt (the original) in the print preview; the
receipt of any instalment can be printed again (marked as a copy)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.money import format_vnd, parse_vnd
from jpf_desk.domain.payments import PaymentMethod
from jpf_desk.services.courses import payments
from jpf_desk.services.courses.enrolments import EnrolmentView
from jpf_desk.services.courses.payments import Balance, PaymentView
from jpf_desk.services.desk import Desk
from jpf_desk.ui.enrolments.documents import open_payment_receipt
from jpf_desk.ui.enrolments.labels import methods
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.field_errors import FieldErrors
from jpf_desk.ui.generated.ui_payments import Ui_PaymentsDialog
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.widgets import from_qdate, name_buttons, setup_ui, to_qdate


class PaymentsDialog(QDialog):
    paid = Signal()

    def __init__(self, desk: Desk, enrolment: EnrolmentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.enrolment = desk, enrolment
        self.ui = Ui_PaymentsDialog()
        setup_ui(self.ui, self)
        fit_window(self, 640, 520)
        name_buttons(self.ui.buttons)
        self.ui.title.setText(f"<b>{escape(enrolment.customer_name)}</b> – "
                              f"{escape(enrolment.class_code)} ({escape(enrolment.course_name)})")
        for value, text in methods().items():
            self.ui.method.addItem(text, value)
        self.ui.paidOn.setDate(to_qdate(today_vn()))
        self.ui.paidOn.setMaximumDate(to_qdate(today_vn()))
        self.ui.paidOn.setMinimumDate(QDate(2000, 1, 1))
        self.ui.title.setTextFormat(Qt.TextFormat.RichText)  # escaped above
        self.rows: list[PaymentView] = []
        self.receipt_task: object | None = None  # the receipt being prepared
        self.preview: QDialog | None = None  # the newest receipt shown
        self.printReceipt = QPushButton(self.tr("In biên lai"), self)
        self.printReceipt.setObjectName("printReceipt")
        self.printReceipt.setToolTip(self.tr("In lại biên lai của lần thu đang chọn "
                                             "(in lần sau ghi BẢN SAO)"))
        self.printReceipt.setAutoDefault(False)
        self.printReceipt.clicked.connect(self.print_selected_receipt)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.printReceipt)
        self.ui.layout.insertLayout(self.ui.layout.indexOf(self.ui.instalments) + 1, row)
        self.ui.instalments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ui.instalments.itemSelectionChanged.connect(self._update_print)
        self.errors = FieldErrors({"amount": self.ui.amountError}, self.ui.amountError)
        # Enter in the amount presses this default button. It used to be wired to the
        # box's returnPressed too: Enter then recorded the payment, and the dialog's
        # default button recorded again from the cleared box, "Số tiền không hợp lệ".
        self.ui.recordButton.setDefault(True)
        self.ui.recordButton.clicked.connect(self.record)
        self.ui.buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        rows, balance = payments.payments_of(self.desk, self.enrolment.id)
        self.rows, self.balance = rows, balance
        methods_text = methods()
        table = self.ui.instalments
        headers = [self.tr("Lần"), self.tr("Ngày"), self.tr("Số tiền"), self.tr("Hình thức"),
                   self.tr("Tham chiếu"), self.tr("Số biên lai")]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            values = (str(p.instalment_no), format_date(p.paid_on), format_vnd(p.amount_vnd),
                      methods_text.get(p.method, p.method), p.reference,
                      p.receipt_number or "")
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._show_balance(balance)
        self._update_print()

    def _update_print(self) -> None:
        self.printReceipt.setEnabled(bool(self.ui.instalments.selectedItems()))

    def print_selected_receipt(self) -> None:
        row = self.ui.instalments.currentRow()
        if self.ui.instalments.selectedItems() and 0 <= row < len(self.rows):
            self.receipt_task = open_payment_receipt(self, self.desk, self.rows[row].id,
                                                     self._previewed)

    def _previewed(self, dialog: QDialog) -> None:
        self.preview = dialog

    def _show_balance(self, balance: Balance) -> None:
        self.ui.balance.setStyleSheet("font-weight: bold;")
        self.ui.balance.setText(
            self.tr("Học phí: %s – Đã trả: %s – Còn nợ: %s")
            % (format_vnd(balance.fee_vnd), format_vnd(balance.paid_vnd),
               format_vnd(balance.due_vnd)))
        self.ui.newGroup.setEnabled(balance.due_vnd > 0)

    def record(self) -> None:
        self.errors.clear()
        try:
            amount = parse_vnd(self.ui.amount.text())
            paid, _balance = payments.record_payment(
                self.desk, self.enrolment.id, amount, PaymentMethod(self.ui.method.currentData()),
                paid_on=from_qdate(self.ui.paidOn.date()), reference=self.ui.reference.text())
        except DomainError as err:
            self.errors.show([err])
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it, keep the form
            show_error(self, exc)
            return
        self.ui.amount.clear()
        self.ui.reference.clear()
        self.reload()
        self.paid.emit()
        self.receipt_task = open_payment_receipt(self, self.desk, paid.id, self._previewed)
