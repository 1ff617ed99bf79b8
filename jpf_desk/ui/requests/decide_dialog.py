"""A manager (not the one who filed it) approves or rejects an update request."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from jpf_desk.domain.errors import DomainError, NotAllowed
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.staff import Action
from jpf_desk.services.customers.input import IntakeInvalid
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights import update_decision
from jpf_desk.services.rights.recipients import partners_holding, partners_that_received
from jpf_desk.services.rights.update_fields import field_words
from jpf_desk.services.rights.views import RequestView
from jpf_desk.services.staff import permissions
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_request_decide import Ui_RequestDecideDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window, wrap_cells
from jpf_desk.ui.widgets import plain_text, setup_ui


class DecideDialog(QDialog):
    decided = Signal(str)

    def __init__(self, desk: Desk, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.request = desk, request
        self.ui = ui = Ui_RequestDecideDialog()
        setup_ui(ui, self)
        plain_text(ui.summary)
        fit_window(self, 620, 420)
        ui.error.setStyleSheet("color: #b00020;")
        ui.summary.setText(self.tr("Yêu cầu %s của %s") % (request.number, request.customer_name))
        ui.fields.setColumnCount(3)
        ui.fields.setHorizontalHeaderLabels([self.tr("Thông tin"), self.tr("Giá trị cũ"),
                                             self.tr("Giá trị mới")])
        ui.fields.setRowCount(len(request.fields))
        for row, f in enumerate(request.fields):
            for col, text in enumerate((field_words(f.field, current_lang()), f.old_value or "",
                                        f.new_value or "")):
                ui.fields.setItem(row, col, QTableWidgetItem(text))
        ui.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap_cells(ui.fields)  # old and new addresses in full
        holders = partners_holding(partners_that_received(desk, request.customer_id),
                                   [f.field for f in request.fields])
        ui.partners.setText(
            self.tr("Đối tác đã nhận giá trị cũ (sẽ tạo việc cần báo lại): %s")
            % ", ".join(p.partner_name for p, _ in holders) if holders
            else self.tr("Không đối tác nào đã nhận các thông tin này."))
        ui.approveButton.clicked.connect(self.approve)
        ui.rejectButton.clicked.connect(self.reject_request)
        try:  # a manager decides: others see the request and why they may not decide
            permissions.check_desk(desk, Action.APPROVE_CORRECTION)
        except NotAllowed as refused:
            ui.approveButton.hide()
            ui.rejectButton.hide()
            ui.error.setText(render_error(refused, current_lang()))
        ui.cancelButton.clicked.connect(self.reject)

    def _run(self, action: str) -> None:
        self.ui.error.clear()
        try:
            if action == "approve":
                update_decision.approve_update(self.desk, self.request.id)
            else:
                update_decision.reject_update(self.desk, self.request.id,
                                              self.ui.reason.toPlainText())
        except DomainError as err:
            self.ui.error.setText(render_error(err, current_lang()))
            return
        except IntakeInvalid as invalid:
            self.ui.error.setText("\n".join(render_error(e, current_lang())
                                            for e in invalid.errors))
            return
        except Exception as exc:  # noqa: BLE001 - store failures shown in words
            show_error(self, exc)
            return
        self.decided.emit(self.request.id)
        self.accept()

    def approve(self) -> None:
        self._run("approve")

    def reject_request(self) -> None:
        self._run("reject")
