"""The classes section: classes with their seats, and who is enrolled in the chosen one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.domain.money import format_vnd
from jpf_desk.domain.search_key import search_key
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.courses import catalogue, enrolments
from jpf_desk.services.courses.catalogue import ClassView
from jpf_desk.services.courses.enrolments import EnrolmentView
from jpf_desk.services.desk import Desk
from jpf_desk.ui.enrolments.panel import EnrolmentPanel
from jpf_desk.ui.generated.ui_class_list import Ui_ClassListView
from jpf_desk.ui.widgets import setup_ui


class ClassListView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.classes: list[ClassView] = []
        self.shown: list[ClassView] = []
        self.ui = Ui_ClassListView()
        setup_ui(self.ui, self)
        self.panel = EnrolmentPanel(desk, self._load_enrolments, self.ui.panelHost,
                                    by_class=True)
        self.ui.panelLayout.addWidget(self.panel)
        self.ui.splitter.setSizes([300, 300])
        self.ui.classes.itemSelectionChanged.connect(self._class_chosen)
        self.ui.searchBox.textChanged.connect(lambda _t: self._show())
        self.ui.openOnly.toggled.connect(lambda _on: self.refresh())
        self.ui.newCourse.clicked.connect(self.new_course)
        self.ui.newClass.clicked.connect(self.new_class)
        self.refresh()

    def refresh(self) -> None:
        open_on = today_vn() if self.ui.openOnly.isChecked() else None
        self.classes = catalogue.list_classes(self.desk, open_on=open_on)
        self._show()

    def _show(self) -> None:
        selected = self.selected_class()
        words = search_key(self.ui.searchBox.text()).split()
        self.shown = [k for k in self.classes if all(
            w in search_key(f"{k.code} {k.course_name} {k.teacher} {k.room}") for w in words)]
        table = self.ui.classes
        headers = [self.tr("Khóa học"), self.tr("Mã lớp"), self.tr("Bắt đầu"),
                   self.tr("Kết thúc"), self.tr("Giáo viên"), self.tr("Lịch học"),
                   self.tr("Chỗ đã có"), self.tr("Danh sách chờ"), self.tr("Học phí")]
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.shown))
        for r, k in enumerate(self.shown):
            values = (k.course_name, k.code, format_date(k.start_date), format_date(k.end_date),
                      k.teacher, k.schedule, f"{k.seats_taken}/{k.capacity}",
                      str(k.waitlisted) if k.waitlisted else "", format_vnd(k.fee_vnd))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c in (6, 7, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.blockSignals(False)
        ids = [k.id for k in self.shown]
        if selected is not None and selected.id in ids:
            table.selectRow(ids.index(selected.id))
        elif ids:
            table.selectRow(0)
        self._class_chosen()

    def selected_class(self) -> ClassView | None:
        row = self.ui.classes.currentRow()
        if not self.ui.classes.selectedItems() or not 0 <= row < len(self.shown):
            return None
        return self.shown[row]

    def select_class(self, class_id: str) -> None:
        self.ui.classes.selectRow([k.id for k in self.shown].index(class_id))

    def _load_enrolments(self) -> list[EnrolmentView]:
        k = self.selected_class() if hasattr(self, "panel") else None
        return enrolments.enrolments_of_class(self.desk, k.id) if k else []

    def _class_chosen(self) -> None:
        k = self.selected_class()
        self.panel.class_id = k.id if k else None
        self.panel.ui.title.setText(
            self.tr("<b>%s</b> – %s: %d/%d chỗ, %d người chờ")
            % (escape(k.code), escape(k.course_name), k.seats_taken, k.capacity, k.waitlisted) if k else "")
        self.panel.reload()

    def on_changes(self, changes: Changes) -> None:
        """Seat and waitlist counts follow enrolments; the panel reloads on its own."""
        if changes.touches(Kind.CLASSES, Kind.ENROLMENTS):
            self._enrolments_changed()

    def _enrolments_changed(self) -> None:
        notice = self.panel.ui.notice.text()
        self.refresh()
        self.panel.ui.notice.setText(notice)

    def focus_search(self) -> None:
        self.ui.searchBox.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchBox.selectAll()

    def new_course(self) -> QDialog:
        from jpf_desk.ui.classes.course_dialog import CourseFormDialog

        dialog = CourseFormDialog(self.desk, self)
        dialog.open()
        return dialog

    def new_class(self) -> QDialog:
        from jpf_desk.ui.classes.class_dialog import ClassFormDialog

        dialog = ClassFormDialog(self.desk, self)
        dialog.created.connect(self._class_created)
        dialog.open()
        return dialog

    def _class_created(self, class_id: str) -> None:
        self.refresh()
        self.select_class(class_id)
