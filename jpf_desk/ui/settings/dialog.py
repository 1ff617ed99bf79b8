"""One settings dialog for the manager: centre details, printing, head office, desk.

Saved together (services/settings/desk_settings.py: all or nothing) and applied at
once where the window can: the idle lock re-reads its minutes, messages switch language
(views opened afterwards, and the next start from its sign-in dialog), the next receipt
prints the new centre details, the next print uses the chosen printer and paper, the next
daily backup goes to the chosen folder.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jpf_desk.domain.controller import ControllerDetails, ControllerField
from jpf_desk.domain.desk_settings import PaperSize, SettingKey, setting_label
from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.labels import label
from jpf_desk.domain.messages import LANGUAGES, render_error
from jpf_desk.services.desk import Desk
from jpf_desk.services.settings.desk_settings import (
    DeskSettingsInput,
    DeskSettingsView,
    HeadOfficeLink,
    load,
    save,
)
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.language import current_lang, set_lang
from jpf_desk.ui.widgets import name_buttons

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "fr": "Français", "en": "English"}  # each in itself


class SettingsDialog(QDialog):
    """Opened only for a manager (the main window checks; `load` refuses anyone else)."""

    saved = Signal(object)  # the DeskSettingsView just saved

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Cài đặt của quầy"))
        current = load(desk)
        lang = current_lang()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._centre_tab(current, lang), self.tr("Cơ sở"))
        self.tabs.addTab(self._printing_tab(current, lang), self.tr("In"))
        self.tabs.addTab(self._head_office_tab(current.head_office), self.tr("Trụ sở chính"))
        self.tabs.addTab(self._desk_tab(current, lang), self.tr("Quầy"))
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 460)  # well inside 1366x768

    # -- tabs -------------------------------------------------------------------
    def _centre_tab(self, current: DeskSettingsView, lang: str) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        hint = QLabel(self.tr("In trên phiếu đồng ý mới (phiếu đã in giữ thông tin cũ)."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.centre_edits: dict[ControllerField, QLineEdit] = {}
        for field in ControllerField:
            edit = QLineEdit(getattr(current.values.centre, field.value))
            edit.setObjectName(f"centre_{field.value}")
            form.addRow(label(field, lang), edit)
            self.centre_edits[field] = edit
        return tab

    def _printing_tab(self, current: DeskSettingsView, lang: str) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        self.printer.addItem(self.tr("Máy in mặc định của hệ thống"), "")
        names = list(QPrinterInfo.availablePrinterNames())
        if current.values.printer and current.values.printer not in names:
            names.append(current.values.printer)  # unplugged now: kept, not lost
        for name in names:
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(current.values.printer)))
        form.addRow(setting_label(SettingKey.PRINTER, lang), self.printer)
        self.paper = QComboBox()
        self.paper.setObjectName("paperSize")
        for size in PaperSize:
            self.paper.addItem(label(size, lang), size.value)
        self.paper.setCurrentIndex(self.paper.findData(current.values.paper_size.value))
        form.addRow(setting_label(SettingKey.PAPER_SIZE, lang), self.paper)
        return tab

    def _head_office_tab(self, link: HeadOfficeLink) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.head_office = QLabel()
        self.head_office.setObjectName("headOfficeSummary")
        self.head_office.setTextFormat(Qt.TextFormat.PlainText)
        self.head_office.setWordWrap(True)
        self._show_link(link)
        layout.addWidget(self.head_office)
        connect = QPushButton(self.tr("Thiết lập kết nối…"))
        connect.setObjectName("connectHeadOffice")
        connect.clicked.connect(self.open_connect)
        layout.addWidget(connect, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return tab

    def _show_link(self, link: HeadOfficeLink) -> None:
        if not link.configured:
            self.head_office.setText(self.tr("Máy này chưa kết nối với trụ sở chính."))
            return
        synced = (link.last_sync_at.astimezone().strftime("%d/%m/%Y %H:%M")
                  if link.last_sync_at else self.tr("chưa bao giờ"))
        self.head_office.setText(
            self.tr("Máy chủ: %1 – cơ sở dữ liệu: %2 – tài khoản: %3\nĐồng bộ lần cuối: %4")
            .replace("%1", link.host).replace("%2", link.dbname).replace("%3", link.user)
            .replace("%4", synced))

    def _desk_tab(self, current: DeskSettingsView, lang: str) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(current.values.language))
        form.addRow(setting_label(SettingKey.LANGUAGE, lang), self.language)
        note = QLabel(self.tr("Thông báo và nhãn đổi ngôn ngữ ngay; lần mở chương trình sau "
                              "cả cửa sổ dùng ngôn ngữ này từ màn hình đăng nhập."))
        note.setWordWrap(True)
        form.addRow(note)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setValue(current.values.idle_lock_minutes)
        form.addRow(setting_label(SettingKey.IDLE_LOCK_MINUTES, lang), self.idle_minutes)
        row = QHBoxLayout()
        self.backup_folder = QLineEdit(current.values.backup_folder or "")
        self.backup_folder.setObjectName("backupFolder")
        self.backup_folder.setPlaceholderText(self.tr("(chưa chọn)"))
        browse = QPushButton(self.tr("Chọn…"))
        browse.setObjectName("browseBackupFolder")
        browse.clicked.connect(self.browse_backup_folder)
        row.addWidget(self.backup_folder, 1)
        row.addWidget(browse)
        form.addRow(setting_label(SettingKey.BACKUP_FOLDER, lang), row)
        return tab

    # -- actions ----------------------------------------------------------------
    def open_connect(self) -> QDialog:
        from jpf_desk.ui.sync.connect_dialog import SyncConnectDialog

        dialog = SyncConnectDialog(self.desk, self)
        dialog.finished.connect(lambda _code: self._show_link(load(self.desk).head_office))
        dialog.open()
        return dialog

    def browse_backup_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Thư mục sao lưu hằng ngày"),
                             self.backup_folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.backup_folder.setText)
        dialog.open()
        self._folder_dialog = dialog
        return dialog

    def values(self) -> DeskSettingsInput:
        centre = ControllerDetails(**{f.value: e.text() for f, e in self.centre_edits.items()})
        folder = self.backup_folder.text().strip()
        return DeskSettingsInput(
            centre=centre, printer=str(self.printer.currentData()),
            paper_size=PaperSize(self.paper.currentData()),
            language=str(self.language.currentData()),
            idle_lock_minutes=self.idle_minutes.value(),
            backup_folder=folder or None,
        )

    def accept(self) -> None:
        try:
            saved = save(self.desk, self.values())
        except DomainError as err:
            self.error.setText(render_error(err, current_lang()))
            return
        except Exception as exc:  # noqa: BLE001 - a store failure: say it, keep the typing
            show_error(self, exc)
            return
        set_lang(saved.values.language)  # messages and labels from now on
        self.saved.emit(saved)
        super().accept()
