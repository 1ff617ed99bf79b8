"""One dossier: its stage and history, programme choices, checklist and data sharing."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jpf_desk.domain.dates import format_datetime
from jpf_desk.domain.disclosure_items import field_label, split_items
from jpf_desk.domain.dossier_stages import Stage, needs_documents_complete, next_stage
from jpf_desk.domain.dossiers import ProgrammeAnswer
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.money import format_vnd
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers import workflow
from jpf_desk.services.dossiers.documents import checklist_summaries
from jpf_desk.services.dossiers.programmes import (
    ProgrammeInput,
    add_programme,
    programmes_of,
    set_answer,
)
from jpf_desk.services.private_files import write_private
from jpf_desk.services.sharing.disclosures import disclosures_of_dossier
from jpf_desk.services.sharing.partner_requests import (
    PartnerRequestView,
    requests_of_dossier,
)
from jpf_desk.services.sharing.recipients_report import (
    disclosure_report_data,
    disclosure_report_given,
    disclosure_report_pdf,
)
from jpf_desk.ui.dossiers.documents_tab import DocumentsTab
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_dossier_dialog import Ui_DossierDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.tasks import run_task
from jpf_desk.ui.widgets import fill_in, name_buttons, setup_ui, show_date

ID_ROLE = Qt.ItemDataRole.UserRole


def fill_table(table: QTableWidget, rows: list[list[str]], ids: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if ids is not None:
                cell.setData(ID_ROLE, ids[r])
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()


class DossierDialog(QDialog):
    def __init__(self, desk: Desk, dossier_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.dossier_id = desk, dossier_id
        self.ui = Ui_DossierDialog()
        setup_ui(self.ui, self)
        fit_window(self, 1100, 640)
        name_buttons(self.ui.buttons)
        self.ui.buttons.rejected.connect(self.reject)
        for table in (self.ui.stageHistory, self.ui.programmeTable, self.ui.docTable,
                      self.ui.disclosureTable, self.ui.requestTable):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.ui.stageError.setStyleSheet("color: #b00020;")
        self.ui.programmeError.setStyleSheet("color: #b00020;")
        self.ui.docError.setStyleSheet("color: #b00020;")
        for answer in ProgrammeAnswer:
            self.ui.answer.addItem(label(answer, current_lang()), answer.value)
        # Enter acts on the row being typed (stage note, programme), never twice: no button
        # of this dialog may become the default one and catch the same key press.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.ui.moveStage.clicked.connect(self.move_stage)
        self.ui.stageNote.returnPressed.connect(self.move_stage)
        self.ui.addProgramme.clicked.connect(self.add_programme)
        for field in (self.ui.school, self.ui.city, self.ui.programme, self.ui.programmeLevel):
            field.returnPressed.connect(self.add_programme)
        self.ui.programmeTable.cellDoubleClicked.connect(self._change_answer)
        self.ui.sendToPartner.clicked.connect(self.send_to_partner)
        self.ui.printReport.clicked.connect(self.print_report)
        self.ui.logRequest.clicked.connect(self.log_request)
        self.ui.answerRequest.clicked.connect(self.answer_request)
        self.request_dialog: QDialog | None = None
        self.documents = DocumentsTab(desk, dossier_id, self.ui, self)
        # Replaced in tests; by default asks where to save the report.
        self.choose_report_path: Callable[[], str] = self._ask_report_path
        self.open_report_after_saving = True
        self.last_report: Path | None = None
        self.send_dialog: QDialog | None = None
        self.requests: list[PartnerRequestView] = []
        self.refresh()

    # -- header and stages -----------------------------------------------------------
    def refresh(self) -> None:
        view = workflow.get_dossier(self.desk, self.dossier_id)
        self.view = view
        late = (self.tr(" · <b style='color:#b00020'>trễ %1 ngày</b>")
                .replace("%1", str(view.days_late)) if view.late else "")
        budget = f" · {format_vnd(view.budget_vnd)}" if view.budget_vnd else ""
        self.ui.header.setText(fill_in(
            self.tr("<b>%1</b> · nhập học %2 · %3%4<br>Tư vấn viên: %5 · Giai đoạn: <b>%6</b> "
                    "(từ %7)%8"),
            escape(view.customer_name), escape(view.intake_label), escape(view.level_sought),
            budget, escape(view.consultant_name), escape(label(view.stage, current_lang())),
            show_date(view.stage_since), late))
        self.setWindowTitle(self.tr("Hồ sơ du học – %1").replace("%1", view.customer_name))
        combo = self.ui.newStage
        combo.clear()
        for stage in Stage:
            if stage != view.stage:
                combo.addItem(label(stage, current_lang()), stage.value)
        suggested = next_stage(view.stage)
        if suggested is not None:
            combo.setCurrentIndex(combo.findData(suggested.value))
        history = workflow.stage_history(self.desk, self.dossier_id)
        fill_table(self.ui.stageHistory, [
            [show_date(h.changed_on), label(h.from_stage, current_lang()) if h.from_stage else "",
             label(h.to_stage, current_lang()), h.consultant_name, h.note]
            for h in reversed(history)])
        self._refresh_programmes()
        self.refresh_sharing()

    def missing_documents_accepted(self, stage: Stage) -> bool:
        """Asked before a move past document collection with required documents missing
        (No is the default, so a stray Enter in the note moves nothing)."""
        if not needs_documents_complete(stage):
            return True
        summary = checklist_summaries(self.desk, [self.dossier_id]).get(self.dossier_id)
        missing = summary.missing_required if summary else 0
        if missing == 0:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Còn thiếu giấy tờ"),
                          self.tr("Còn %n giấy tờ bắt buộc chưa có. Vẫn chuyển giai đoạn?",
                                  "", missing),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("missingDocumentsQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def move_stage(self) -> None:
        self.ui.stageError.clear()
        stage = Stage(self.ui.newStage.currentData())
        if not self.missing_documents_accepted(stage):
            return
        try:
            workflow.change_stage(self.desk, self.dossier_id, stage, self.ui.stageNote.text())
        except DomainError as err:
            self.ui.stageError.setText(render_error(err, current_lang()))
            return
        self.ui.stageNote.clear()
        self.refresh()

    # -- programmes ------------------------------------------------------------------
    def _refresh_programmes(self) -> None:
        rows = programmes_of(self.desk, self.dossier_id)
        fill_table(self.ui.programmeTable, [
            [str(p.rank), p.school, p.city, p.programme, p.level, show_date(p.applied_on),
             label(p.answer, current_lang())] for p in rows], [p.id for p in rows])

    def add_programme(self) -> None:
        self.ui.programmeError.clear()
        answer = ProgrammeAnswer(self.ui.answer.currentData())
        try:
            add_programme(self.desk, self.dossier_id, ProgrammeInput(
                self.ui.school.text(), self.ui.city.text(), self.ui.programme.text(),
                self.ui.programmeLevel.text(), None, answer))
        except DomainError as err:
            self.ui.programmeError.setText(render_error(err, current_lang()))
            self.ui.school.setFocus()
            return
        for field in (self.ui.school, self.ui.city, self.ui.programme, self.ui.programmeLevel):
            field.clear()
        self._refresh_programmes()

    def _change_answer(self, row: int, _col: int) -> None:
        cell = self.ui.programmeTable.item(row, 0)
        labels = [label(a, current_lang()) for a in ProgrammeAnswer]
        text, ok = QInputDialog.getItem(self, self.tr("Kết quả"), self.tr("Trả lời của trường:"),
                                        labels, 0, False)
        if ok and cell is not None:
            set_answer(self.desk, cell.data(ID_ROLE), list(ProgrammeAnswer)[labels.index(text)])
            self._refresh_programmes()

    # -- sharing ---------------------------------------------------------------------
    def refresh_sharing(self) -> None:
        sent = disclosures_of_dossier(self.desk, self.dossier_id)
        no = self.tr("Không")
        fill_table(self.ui.disclosureTable, [
            [format_datetime(d.sent_at), f"{d.partner_name} ({d.partner_country})",
             label(d.purpose, current_lang()), ", ".join(
                 [field_label(f, current_lang()) for f in split_items(d.items)[0]]
                 + list(d.document_labels)),
             label(d.channel, current_lang()), d.sent_by_name,
             self.tr("Có") if d.cross_border else no] for d in sent], [d.id for d in sent])
        self.requests = requests_of_dossier(self.desk, self.dossier_id)
        fill_table(self.ui.requestTable, [
            [show_date(r.asked_on), r.partner_name, ", ".join(r.requested_labels),
             ", ".join(r.outside_scope_labels), label(r.outcome, current_lang()), r.answer]
            for r in self.requests], [r.id for r in self.requests])

    def _open_request(self, existing: PartnerRequestView | None) -> None:
        from jpf_desk.ui.dossiers.request_dialog import PartnerRequestDialog

        dialog = PartnerRequestDialog(self.desk, self.dossier_id, self, existing)
        dialog.accepted.connect(self.refresh_sharing)
        self.request_dialog = dialog
        dialog.open()

    def log_request(self) -> None:
        self._open_request(None)

    def answer_request(self) -> None:
        row = self.ui.requestTable.currentRow()
        if 0 <= row < len(self.requests):
            self._open_request(self.requests[row])

    def send_to_partner(self) -> None:
        from jpf_desk.ui.dossiers.send_dialog import SendDialog

        previous = self.send_dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()
        dialog = SendDialog(self.desk, self.dossier_id, self)
        dialog.sent.connect(self._sent)
        self.send_dialog = dialog
        dialog.open()

    def _sent(self, _disclosure_id: str) -> None:
        self.refresh_sharing()
        self.documents.refresh()  # the checklist shows whom each document went to

    def _ask_report_path(self) -> str:
        name = f"ai-da-nhan-du-lieu-{self.view.customer_id[:8]}.pdf"
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"),
                                               str(Path.home() / name), "PDF (*.pdf)")
        return path

    def print_report(self) -> None:
        """Build the customer's report off the GUI thread and save it where asked."""
        path = self.choose_report_path()
        if not path:
            return
        target = Path(path)
        data = disclosure_report_data(self.desk, self.view.customer_id,  # the store, here
                                      lang=current_lang())

        def work(_ctx: object) -> Path:  # rendering only: the worker never opens the store
            write_private(target, disclosure_report_pdf(data))
            return target

        def done(saved: Path) -> None:
            disclosure_report_given(self.desk, self.view.customer_id)
            self.last_report = saved
            self.ui.sharingStatus.setText(self.tr("Đã lưu báo cáo: %1").replace("%1", str(saved)))
            if self.open_report_after_saving:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved)))

        def failed(exc: BaseException) -> None:
            show_error(self, exc)

        run_task(self, self.tr("Đang tạo báo cáo…"), work, done, failed)
