"""The import window: choose a file, check the guessed columns on its first rows, try,
then import; reading and importing run off the GUI thread with progress and cancel.

Built in code rather than from a forms/*.ui file because its middle is a table whose
columns (and their column-choice boxes) exist only once a file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jpf_desk.domain.import_columns import ImportField
from jpf_desk.domain.import_modes import ImportMode
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.services.desk import Desk
from jpf_desk.services.imports.customers import (
    ImportPreview,
    ImportReport,
    import_customers,
    preview_file,
)
from jpf_desk.services.imports.files import save_refused_rows, save_template
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.tasks import TaskContext, TaskHandle, run_task
from jpf_desk.ui.widgets import name_buttons

SPREADSHEETS = "*.xlsx *.csv"


class ImportDialog(QDialog):
    """Customers from a spreadsheet; `report` holds the outcome of the last run."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Nhập khách hàng từ bảng tính"))
        fit_window(self, 960, 600)  # fits 1366×768 with the taskbar
        self._build()

    def _build(self) -> None:
        lang = current_lang()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Chọn tệp .xlsx hoặc .csv…"))
        self.choose_button = QPushButton(self.tr("Chọn &tệp…"))
        self.template_button = QPushButton(self.tr("Tải tệp &mẫu…"))
        for w in (self.file_edit, self.choose_button, self.template_button):
            row.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr(
            "Kiểm tra cột của từng trường (hàng đầu) trên các dòng đầu tiên của tệp.")))
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.modes = QButtonGroup(self)
        for mode in ImportMode:
            button = QRadioButton(label(mode, lang))
            button.setObjectName(f"mode_{mode.value}")
            button.setChecked(mode is ImportMode.ALL_OR_NOTHING)
            self.modes.addButton(button)
            layout.addWidget(button)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons)
        self.check_button = QPushButton(self.tr("&Kiểm tra (chưa ghi)"))
        self.import_button = QPushButton(self.tr("&Nhập"))
        self.refused_button = QPushButton(self.tr("Lưu các dòng bị &từ chối…"))
        for b in (self.check_button, self.import_button, self.refused_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
            b.setEnabled(False)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        self.check_button.clicked.connect(lambda: self.run(apply=False))
        self.import_button.clicked.connect(lambda: self.run(apply=True))
        self.refused_button.clicked.connect(self.save_refused)

    # -- file and mapping -----------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bảng tính"), "",
                                              SPREADSHEETS)
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> TaskHandle[ImportPreview]:
        """Read the file's header and first rows (off the GUI thread) into the table."""
        self.path, self.preview, self.report = path, None, None
        self.file_edit.setText(str(path))
        self.result_label.clear()
        self._enable(False)
        return run_task(self, self.tr("Đang đọc tệp…"), lambda _ctx: preview_file(path),
                        self._show_preview, self._failed)

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        lang = current_lang()
        columns = len(preview.headers)
        self.table.clear()
        self.table.setColumnCount(columns)
        self.table.setRowCount(1 + len(preview.sample))
        self.table.setHorizontalHeaderLabels(list(preview.headers))
        by_column = {c: f for f, c in preview.mapping.items()}
        for column in range(columns):
            box = QComboBox()
            box.addItem(self.tr("— bỏ qua —"), "")
            for f in ImportField:
                box.addItem(label(f, lang), f.value)
            chosen = by_column.get(column)
            box.setCurrentIndex(box.findData(chosen.value) if chosen else 0)
            self.table.setCellWidget(0, column, box)
            for r, cells in enumerate(preview.sample, start=1):
                # Customer text is plain text in an item, never read as markup.
                self.table.setItem(r, column, QTableWidgetItem(cells[column]))
        self.table.resizeColumnsToContents()
        self.result_label.setText(self.tr("%n dòng dữ liệu.", "", preview.total_rows))
        self._enable(True)

    def mapping(self) -> dict[ImportField, int]:
        """The column chosen for each field (the last column wins a field chosen twice)."""
        chosen: dict[ImportField, int] = {}
        for column in range(self.table.columnCount()):
            box = self.table.cellWidget(0, column)
            if isinstance(box, QComboBox) and box.currentData():
                chosen[ImportField(box.currentData())] = column
        return chosen

    def set_column(self, column: int, field: ImportField | None) -> None:
        box = self.table.cellWidget(0, column)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(field.value) if field else 0)

    def mode(self) -> ImportMode:
        checked = self.modes.checkedButton()
        if checked is None:
            return ImportMode.ALL_OR_NOTHING
        return ImportMode(checked.objectName().removeprefix("mode_"))

    # -- running ----------------------------------------------------------------------
    def run(self, *, apply: bool) -> TaskHandle[ImportReport] | None:
        if self.path is None:
            return None
        path, mapping, mode, desk = self.path, self.mapping(), self.mode(), self.desk
        text = self.tr("Đang nhập…") if apply else self.tr("Đang kiểm tra…")

        finished: list[ImportReport] = []

        def work(ctx: TaskContext) -> ImportReport:
            report = import_customers(
                desk, path, mapping=mapping, apply=apply, mode=mode,
                progress=lambda done, total: ctx.progress(done, total, text),
                check=ctx.check_cancelled)
            finished.append(report)
            return report

        self._enable(False)
        handle = run_task(self, text, work, self._show_report, self._failed)
        # Cancel pressed after the commit: the rows are in, say so rather than "cancelled".
        handle.cancelled.connect(
            lambda: self._show_report(finished[0]) if finished else self._cancelled())
        return handle

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        lines = [self.tr("%1 dòng: %2 hợp lệ, %3 bị từ chối (%4 số di động 11 số cũ đã được "
                         "chuyển sang đầu số mới).").replace(
            "%1", str(report.total_rows)).replace("%2", str(report.good_rows)).replace(
            "%3", str(len(report.refused))).replace("%4", str(report.converted_phones))]
        lang = current_lang()
        for r in report.refused[:5]:
            reasons = "; ".join(render_error(e, lang) for e in r.errors)
            lines.append(self.tr("Dòng %1: %2").replace("%1", str(r.row_number))
                         .replace("%2", reasons))
        if len(report.refused) > 5:
            lines.append(self.tr("… (lưu các dòng bị từ chối để xem tất cả)"))
        if report.applied:
            lines.append(self.tr(
                "Đã nhập %n khách hàng. Họ chưa có sự đồng ý: hãy hỏi khi họ đến "
                "(danh sách \"Cần xin đồng ý\").", "", len(report.customer_ids)))
            if report.enrolment_ids:
                lines.append(self.tr("Đã ghi danh %n chỗ vào lớp (chờ xác nhận).", "",
                                     len(report.enrolment_ids)))
        elif report.refused and self.mode() is ImportMode.ALL_OR_NOTHING:
            lines.append(self.tr("Chưa ghi gì: sửa các dòng bị từ chối, hoặc chọn chỉ nhập "
                                 "các dòng hợp lệ."))
        else:
            lines.append(self.tr("Chưa ghi gì."))
        self.result_label.setText("\n".join(lines))
        self._enable(True)
        self.refused_button.setEnabled(bool(report.refused))

    def _cancelled(self) -> None:
        self.result_label.setText(self.tr("Đã hủy: không có gì được ghi."))
        self._enable(True)

    def _failed(self, exc: BaseException) -> None:
        self._enable(self.preview is not None)
        show_error(self, exc)

    def _enable(self, on: bool) -> None:
        for b in (self.check_button, self.import_button):
            b.setEnabled(on and self.path is not None)
        self.refused_button.setEnabled(on and bool(self.report and self.report.refused))

    # -- files handed out ---------------------------------------------------------------
    def save_refused(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu các dòng bị từ chối"),
                                              "tu-choi.xlsx", "*.xlsx")
        report = self.report
        if name and report is not None:
            self._save(lambda: save_refused_rows(report, Path(name), current_lang()))

    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp mẫu"), "mau-nhap.xlsx",
                                              "*.xlsx")
        if name:
            self._save(lambda: save_template(Path(name), current_lang()))

    def _save(self, write: Callable[[], None]) -> None:
        try:
            write()
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self, exc)
