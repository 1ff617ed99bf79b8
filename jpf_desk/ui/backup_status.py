"""The status bar's "last backup" label, and the daily backup run at start-up.

The label says when the last backup in the chosen folder was made, or plainly that
there is no backup folder yet: a desk without backups should be visible, not silent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from jpf_desk.domain.errors import DomainError
from jpf_desk.domain.messages import render_error
from jpf_desk.services import daily_backup
from jpf_desk.services.backups import BackupInfo
from jpf_desk.services.desk import Desk
from jpf_desk.ui.errors import known_message
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.navigation import register_status_widget
from jpf_desk.ui.tasks import TaskContext, run_task

translate = QCoreApplication.translate


class BackupStatusLabel(QLabel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self.desk = desk
        self.refresh()
        self.start_daily()

    def refresh(self, failure: str = "") -> None:
        current = daily_backup.plan(self.desk)
        if current.folder is None:
            text = translate("backup", "Chưa chọn thư mục sao lưu")
        elif current.last_at is None:
            text = translate("backup", "Chưa có bản sao lưu")
        else:
            text = translate("backup", "Sao lưu gần nhất: %s") % current.last_at.astimezone().strftime(
                "%d/%m/%Y %H:%M")
        self.setText(text + (f" – {failure}" if failure else ""))

    def choose_folder(self, folder: str | None = None) -> None:
        """Ask for the folder (a USB disk, a shared drive), keep it, back up now if due."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, translate("backup", "Thư mục sao lưu hằng ngày"))
        if not folder:
            return
        try:
            daily_backup.choose_folder(self.desk, Path(folder))
        except DomainError as exc:
            self.refresh(render_error(exc, current_lang()))
            return
        self.refresh()
        self.start_daily()

    def start_daily(self) -> None:
        def work(_ctx: TaskContext) -> BackupInfo | None:
            return daily_backup.run_if_due(self.desk)

        def failed(exc: BaseException) -> None:
            message = known_message(exc)
            if message is None:
                raise exc
            self.refresh(message)

        run_task(self, translate("backup", "Sao lưu hằng ngày"), work, lambda _made: self.refresh(), failed)


register_status_widget("backup", BackupStatusLabel)
