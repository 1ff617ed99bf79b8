"""A manager keeps the holiday calendar and the request periods up to date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QSpinBox, QTableWidgetItem, QWidget

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.request_deadlines import DueOnDayOff, Period, RequestKind
from jpf_desk.domain.working_days import DayCount, HolidayKind
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights import holidays
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_request_calendar import Ui_RequestCalendarDialog
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.requests import labels
from jpf_desk.ui.requests.labels import by_code
from jpf_desk.ui.screen_fit import fit_window
from jpf_desk.ui.shared_data import lock_shared_editing
from jpf_desk.ui.widgets import from_qdate, name_buttons, setup_ui, show_date, to_qdate


class CalendarDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = ui = Ui_RequestCalendarDialog()
        setup_ui(ui, self)
        fit_window(self, 720, 560)
        name_buttons(ui.buttons)
        ui.error.setStyleSheet("color: #b00020;")
        self.kind_names = by_code(HolidayKind)
        for code, text in self.kind_names.items():
            ui.kind.addItem(text, code)
        ui.year.setValue(today_vn().year + 1)
        ui.day.setDate(to_qdate(today_vn()))
        ui.year.valueChanged.connect(lambda _y: self.load_holidays())
        ui.holidays.currentCellChanged.connect(lambda *_: self._pick())
        ui.saveHoliday.clicked.connect(self.save_holiday)
        ui.confirmHoliday.clicked.connect(self.confirm_selected)
        ui.removeHoliday.clicked.connect(self.remove_selected)
        ui.savePeriods.clicked.connect(self.save_periods)
        ui.buttons.rejected.connect(self.reject)
        self.load_holidays()
        self.load_periods()
        self.read_only = lock_shared_editing(
            desk, (ui.saveHoliday, ui.confirmHoliday, ui.removeHoliday, ui.savePeriods), ui.error)

    # -- holidays ---------------------------------------------------------------------
    def load_holidays(self) -> None:
        rows = holidays.list_holidays(self.desk, self.ui.year.value())
        table = self.ui.holidays
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Tên"), self.tr("Loại"),
                                         self.tr("Đã xác nhận")])
        table.setRowCount(len(rows))
        for r, h in enumerate(rows):
            texts = (show_date(h.day), h.name, self.kind_names.get(h.kind, h.kind),
                     self.tr("có") if h.confirmed else self.tr("CHƯA"))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, h.day.isoformat())
                item.setToolTip(h.note)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.rows = rows
        warnings = holidays.calendar_warnings(self.desk, today_vn())
        self.ui.warnings.setText("\n".join(render_error(w, current_lang()) for w in warnings))

    def _selected(self) -> int:
        row = self.ui.holidays.currentRow()
        return row if 0 <= row < len(self.rows) else -1

    def _pick(self) -> None:
        row = self._selected()
        if row < 0:
            return
        h = self.rows[row]
        self.ui.day.setDate(to_qdate(h.day))
        self.ui.name.setText(h.name)
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(h.kind))
        self.ui.confirmed.setChecked(h.confirmed)

    def _act(self, action: object) -> None:
        self.ui.error.clear()
        try:
            if callable(action):
                action()
        except DomainError as err:
            self.ui.error.setText(render_error(err, current_lang()))
            return
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self, exc)
            return
        self.load_holidays()

    def save_holiday(self) -> None:
        self._act(lambda: holidays.save_holiday(
            self.desk, from_qdate(self.ui.day.date()), self.ui.name.text(),
            kind=HolidayKind(self.ui.kind.currentData()),
            confirmed=self.ui.confirmed.isChecked()))

    def confirm_selected(self) -> None:
        row = self._selected()
        if row >= 0:
            self._act(lambda: holidays.confirm_holiday(self.desk, self.rows[row].day))

    def remove_selected(self) -> None:
        row = self._selected()
        if row >= 0:
            self._act(lambda: holidays.remove_holiday(self.desk, self.rows[row].day))

    # -- periods ----------------------------------------------------------------------
    def load_periods(self) -> None:
        table = self.ui.periods
        found = holidays.periods(self.desk)
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels([self.tr("Loại yêu cầu"), self.tr("Số ngày"),
                                         self.tr("Khi có đối tác"), self.tr("Gia hạn tối đa"),
                                         self.tr("Cách tính"),
                                         self.tr("Hạn rơi vào ngày nghỉ")])
        table.setRowCount(len(found))
        for r, (kind, period) in enumerate(found.items()):
            item = QTableWidgetItem(labels.kinds().get(kind.value, kind.value))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, 0, item)
            for c, value in ((1, period.days), (2, period.with_partners_days),
                             (3, period.max_extension_days)):
                spin = QSpinBox()
                spin.setRange(0, 120)
                spin.setValue(value)
                table.setCellWidget(r, c, spin)
            rule = QComboBox()
            for count in (DayCount.CALENDAR, DayCount.WORKING):
                rule.addItem(label(count, current_lang()), count.value)
            rule.setCurrentIndex(rule.findData(period.count.value))
            table.setCellWidget(r, 4, rule)
            day_off = QComboBox()
            for choice in DueOnDayOff:
                day_off.addItem(label(choice, current_lang()), choice.value)
            day_off.setCurrentIndex(day_off.findData(period.day_off.value))
            table.setCellWidget(r, 5, day_off)
        table.resizeColumnsToContents()

    def period_row(self, kind: RequestKind) -> int:
        for r in range(self.ui.periods.rowCount()):
            item = self.ui.periods.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == kind.value:
                return r
        raise LookupError(kind.value)

    def save_periods(self) -> None:
        table = self.ui.periods
        current = holidays.periods(self.desk)

        def save_all() -> None:
            for kind, old in current.items():
                r = self.period_row(kind)
                spins = [table.cellWidget(r, c) for c in (1, 2, 3)]
                rule, day_off = table.cellWidget(r, 4), table.cellWidget(r, 5)
                values = [s.value() for s in spins if isinstance(s, QSpinBox)]
                assert len(values) == 3 and isinstance(rule, QComboBox)
                assert isinstance(day_off, QComboBox)
                days, partners, extension = values
                new = Period(days, partners, extension, DayCount(rule.currentData()),
                             old.confirmed, DueOnDayOff(day_off.currentData()))
                if new != old:
                    holidays.set_period(self.desk, kind, new)

        self._act(save_all)
