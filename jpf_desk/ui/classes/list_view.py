"""The classes section: today's classes with their rooms, classes with their seats, who
is enrolled in the chosen one, and its attendance sheet to print."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.domain.money import format_vnd
from jpf_desk.domain.search_key import search_key
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.courses import catalogue, class_lists, enrolments
from jpf_desk.services.courses.catalogue import ClassView
from jpf_desk.services.courses.enrolments import EnrolmentView
from jpf_desk.services.desk import Desk
from jpf_desk.ui.enrolments.documents import open_class_list
from jpf_desk.ui.enrolments.panel import EnrolmentPanel
from jpf_desk.ui.generated.ui_class_list import Ui_ClassListView
from jpf_desk.ui.shared_data import lock_shared_editing
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
        self.print_list = QPushButton(self.tr("In danh sách lớp"), self)
        self.print_list.setObjectName("printClassList")
        self.print_list.setToolTip(self.tr("Danh sách học viên của lớp đang chọn, có cột "
                                           "điểm danh cho từng buổi"))
        self.print_list.clicked.connect(lambda: self.print_class_list())
        self.ui.top.addWidget(self.print_list)
        self.today_title = QLabel(self)
        self.today_title.setObjectName("todayTitle")
        self.today = QTableWidget(self)
        self.today.setObjectName("todayClasses")
        self.today.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.today.setMaximumHeight(130)
        self.today.verticalHeader().hide()
        at = self.ui.layout.indexOf(self.ui.splitter)
        self.ui.layout.insertWidget(at, self.today_title)
        self.ui.layout.insertWidget(at + 1, self.today)
        lock_shared_editing(desk, (self.ui.newCourse,))  # classes stay the centre's own
        self.refresh()

    def show_today(self) -> None:
        """Where a receptionist looks when a student asks "which room?"."""
        classes = class_lists.todays_classes(self.desk)
        self.today_title.setText(self.tr("Lớp học hôm nay (%s): %d lớp")
                                 % (format_date(today_vn()), len(classes)))
        headers = [self.tr("Phòng"), self.tr("Lịch học"), self.tr("Mã lớp"), self.tr("Khóa học"),
                   self.tr("Giáo viên"), self.tr("Sĩ số")]
        self.today.clear()
        self.today.setColumnCount(len(headers))
        self.today.setHorizontalHeaderLabels(headers)
        self.today.setRowCount(len(classes))
        for r, k in enumerate(classes):
            values = (k.room, k.schedule, k.code, k.course_name, k.teacher, str(k.seats_taken))
            for c, text in enumerate(values):
                self.today.setItem(r, c, QTableWidgetItem(text))
        self.today.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.today.horizontalHeader().setStretchLastSection(True)

    def print_class_list(self) -> object:
        k = self.selected_class()
        return open_class_list(self, self.desk, k.id) if k is not None else None

    def refresh(self) -> None:
        open_on = today_vn() if self.ui.openOnly.isChecked() else None
        self.classes = catalogue.list_classes(self.desk, open_on=open_on)
        self._show()
        self.show_today()

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
        if hasattr(self, "print_list"):
            self.print_list.setEnabled(k is not None)

    def on_changes(self, changes: Changes) -> None:
        """Seat and waitlist counts follow enrolments; the panel reloads on its own."""
        if changes.touches(Kind.CLASSES, Kind.ENROLMENTS):
            self._enrolments_changed()
        if changes.touches(Kind.SYNC):  # a first sync makes the catalogue head office's
            lock_shared_editing(self.desk, (self.ui.newCourse,))

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
