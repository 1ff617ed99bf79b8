"""Sync with head office from the window, and settle conflicts side by side.

The sync runs on a worker (ui.tasks.run_task) so the desk stays usable; the view shows
the last sync time, what waits to be sent and, on failure, a sentence that says what
to do. A conflict shows both versions field by field; a person keeps one of them.
Pulled rows not applied (parked or quarantined) are listed by table, id and reason,
never their values; a desk restored from an older copy says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from jpf_desk.domain.dates import format_datetime
from jpf_desk.domain.labels import label as enum_label
from jpf_desk.domain.messages import render
from jpf_desk.domain.numbers import group_thousands
from jpf_desk.domain.staff import Action
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.courses.enrolments import overbooked_classes
from jpf_desk.services.desk import Desk
from jpf_desk.services.head_office.conflicts import (
    ConflictView,
    FieldPair,
    Keep,
    list_conflicts,
    resolve_conflict,
)
from jpf_desk.services.head_office.sync import (
    SyncStatus,
    set_aside_rows,
    sync_now,
    sync_status,
)
from jpf_desk.services.staff import permissions
from jpf_desk.sync.client import SyncReport
from jpf_desk.ui.clock_warning import ClockWarning
from jpf_desk.ui.errors import known_message
from jpf_desk.ui.generated.ui_sync_view import Ui_SyncView
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.sync.connect_dialog import SyncConnectDialog
from jpf_desk.ui.sync.labels import field_label, table_label, tls_mode_label
from jpf_desk.ui.tasks import TaskContext, TaskHandle, run_task

DIFFERS = QColor("#fff3cd")


class SyncView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SyncView()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.task: TaskHandle[SyncReport] | None = None
        # Tests pause a sync at a known step through this (see jpf_desk.sync.client).
        self.sync_hook: Callable[[str], None] | None = None
        self._conflicts: list[ConflictView] = []
        self.ui.syncButton.clicked.connect(self.start_sync)
        self.ui.cancelButton.clicked.connect(self.cancel_sync)
        self.ui.connectButton.clicked.connect(self.open_connect_dialog)
        # Where the rows go is a manager's choice: others are told to ask one.
        self.may_connect = permissions.allowed(desk, Action.CONNECT_HEAD_OFFICE)
        self.ui.connectButton.setVisible(self.may_connect)
        self.ui.conflictList.currentRowChanged.connect(self._show_conflict)
        self.ui.keepLocalButton.clicked.connect(lambda: self.resolve(Keep.LOCAL))
        self.ui.keepRemoteButton.clicked.connect(lambda: self.resolve(Keep.HEAD_OFFICE))
        self.ui.setAsideTable.horizontalHeader().setStretchLastSection(True)
        self.ui.setAsideTable.verticalHeader().setVisible(False)
        self.ui.compareTable.horizontalHeader().setStretchLastSection(True)
        self.ui.compareTable.verticalHeader().setVisible(False)
        # Beside both values of a field in conflict: who made each, and when.
        self.ui.compareTable.setColumnCount(5)
        for column, code in ((3, "sync.conflict_who_here"), (4, "sync.conflict_who_there")):
            self.ui.compareTable.setHorizontalHeaderItem(
                column, QTableWidgetItem(render(code, {}, current_lang())))
        # A field in conflict can be chosen on its own: select its row, then keep a side.
        self.ui.compareTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ui.compareTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictNote = QLabel(self)
        self.conflictNote.setTextFormat(Qt.TextFormat.PlainText)  # staff names: never markup
        self.conflictNote.setWordWrap(True)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.conflictSplitter) + 1,
                                    self.conflictNote)
        self.clock_warning = ClockWarning(self)  # this desk's clock, measured at each sync
        self.ui.layout.insertWidget(0, self.clock_warning)
        self._field_rows: list[str | None] = []  # per compare row: the field, if in conflict
        QShortcut(QKeySequence("F9"), self, self.start_sync)
        self.refresh()

    # -- state ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None

    def refresh(self) -> None:
        st = sync_status(self.desk)
        self.ui.connectionLabel.setText(
            f"{st.user} @ {st.host} — {tls_mode_label(st.sslmode)}" if st.configured
            else self.tr("Chưa kết nối: bấm \"Kết nối…\" để nhập thông tin máy chủ.")
            if self.may_connect
            else self.tr("Chưa kết nối: quản lý cần nhập thông tin máy chủ trụ sở chính."))
        if st.configured and st.insecure:  # asked for with --insecure: say it in red
            self.ui.connectionLabel.setText(
                self.ui.connectionLabel.text() + " — "
                + render("sync.insecure_in_use", {}, current_lang()))
        self.ui.connectionLabel.setStyleSheet(
            "color: #b00020;" if st.configured and st.insecure else "")
        self.ui.lastSyncLabel.setText(
            format_datetime(st.last_sync_at) if st.last_sync_at else self.tr("Chưa bao giờ"))
        self.ui.pendingLabel.setText(self.tr("%1 thay đổi chưa gửi").replace(
            "%1", group_thousands(st.pending_changes)))
        if st.last_error and not self.running and not self.ui.messageLabel.text():
            self._say(known_message(_code_error(st.last_error)) or st.last_error, error=True)
        self.clock_warning.show_clock(st.clock)
        self._load_conflicts()
        self._load_set_aside(st)

    def _load_set_aside(self, st: SyncStatus) -> None:
        rows = set_aside_rows(self.desk) if st.parked or st.quarantined else []
        table = self.ui.setAsideTable
        self.ui.setAsideCaption.setText(
            self.tr("Bản ghi nhận về chưa áp dụng: %1 đang chờ, %2 không hợp lệ").replace(
                "%1", str(st.parked)).replace("%2", str(st.quarantined)))
        table.setRowCount(len(rows))
        for widget in (table, self.ui.setAsideCaption):  # only when there is something
            widget.setVisible(bool(rows))
        lang = current_lang()
        for r, row in enumerate(rows):
            state = self.tr("Không hợp lệ") if row.quarantined else self.tr("Đang chờ")
            reason = enum_label(row.reason, lang) + (f" ({row.detail})" if row.detail else "")
            for col, text in enumerate((state, table_label(row.table_name), row.row_id,
                                        reason)):
                table.setItem(r, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def focus_search(self) -> None:
        """Ctrl+F: the list of rows to settle, the one thing in this section to go through."""
        self.ui.conflictList.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_changes(self, changes: Changes) -> None:
        """Every local change waits in the outbox: the pending count follows it."""
        if changes.touches(Kind.OUTBOX, Kind.SYNC):
            self.refresh()

    def _say(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(
            "color: #b00020;" if error else "color: #8a5a00;" if warning else "")
        self.ui.messageLabel.setText(text)

    def connect_dialog(self) -> SyncConnectDialog:
        return SyncConnectDialog(self.desk, self)

    def open_connect_dialog(self) -> None:
        if self.connect_dialog().exec() == SyncConnectDialog.DialogCode.Accepted:
            self._say(self.tr("Đã lưu thông tin kết nối."))
            self.refresh()

    # -- sync -------------------------------------------------------------------------
    def start_sync(self) -> None:
        if self.running:
            return
        desk, hook = self.desk, self.sync_hook
        steps = {"pull": self.tr("Đang nhận thay đổi từ văn phòng trung tâm…"),
                 "push": self.tr("Đang gửi thay đổi của máy này…")}

        def work(ctx: TaskContext) -> SyncReport:
            def progress(done: int, total: int, step: str) -> None:
                ctx.progress(done, total, steps.get(step, step))

            return sync_now(desk, progress=progress, check_cancelled=ctx.check_cancelled,
                            hook=hook)

        self._say(self.tr("Đang đồng bộ…"))
        self.ui.syncButton.setEnabled(False)
        self.ui.cancelButton.setEnabled(True)
        self.ui.progress.setVisible(True)
        self.ui.progress.setRange(0, 0)
        self.task = run_task(self, self.tr("Đồng bộ"), work, self._done, self._failed)
        self.task.signals.progress.connect(self._progress)
        self.task.cancelled.connect(self._cancelled)

    def cancel_sync(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._say(self.tr("Đang dừng…"))

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.ui.progress.setRange(0, max(total, 0))
        self.ui.progress.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self.task = None
        self.ui.syncButton.setEnabled(True)
        self.ui.cancelButton.setEnabled(False)
        self.ui.progress.setVisible(False)

    def _done(self, report: SyncReport) -> None:
        self._finish()
        text = self.tr("Đã đồng bộ: gửi %1, nhận %2.").replace(
            "%1", str(report.pushed)).replace("%2", str(report.pulled))
        if report.conflicts:
            text += " " + self.tr("Có %1 xung đột cần xử lý bên dưới.").replace(
                "%1", str(report.conflicts))
        settled = report.settled
        if settled.matched or settled.rekeyed or settled.offered:
            # Head office is the one writer of shared data (catalogue…): say what became
            # of the shared rows made or changed here.
            text += " " + render("sync.settled", {
                "matched": settled.matched, "rekeyed": settled.rekeyed,
                "offered": settled.offered}, current_lang())
        if report.refused:
            text += " " + self.tr(
                "Văn phòng trung tâm từ chối %1 bản ghi (không thuộc cơ sở này, là dữ liệu "
                "dùng chung, hoặc quá lớn): chúng chỉ được giữ ở máy này và không gửi cho "
                "các máy khác.").replace("%1", str(report.refused))
        if report.restored:
            text += " " + render("sync.restored", {}, current_lang())
        for old, new in report.renumbered:
            text += " " + render("sync.receipt_renumbered", {"old": old, "new": new},
                                 current_lang())
        if report.parked or report.quarantined:
            text += " " + self.tr(
                "%1 bản ghi nhận về đang chờ, %2 bản ghi không hợp lệ được để riêng "
                "(xem danh sách bên dưới).").replace("%1", str(report.parked)).replace(
                "%2", str(report.quarantined))
        over = overbooked_classes(self.desk)
        for o in over:
            text += " " + render("enrolment.overbooked", {
                "code": o.code, "taken": o.seats_taken, "capacity": o.capacity}, current_lang())
        self._say(text, warning=bool(report.refused or over or report.parked
                                     or report.quarantined or report.restored
                                     or report.renumbered))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self._say(known_message(exc) or self.tr(
            "Đồng bộ không thành công. Không mất dữ liệu; hãy thử lại sau."), error=True)
        self.refresh()

    def _cancelled(self) -> None:
        self._finish()
        self._say(self.tr("Đã dừng đồng bộ. Phần đã gửi được giữ; lần sau sẽ tiếp tục."))
        self.refresh()

    # -- conflicts --------------------------------------------------------------------
    def _load_conflicts(self) -> None:
        keep = self.ui.conflictList.currentRow()
        self._conflicts = list_conflicts(self.desk)
        self.ui.conflictList.clear()
        for c in self._conflicts:
            names = {p.name: p for p in c.fields}
            who = names["full_name"].local or names["full_name"].remote \
                if "full_name" in names else c.row_id[:8]
            item = QListWidgetItem(f"{table_label(c.table_name)}: {who}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.ui.conflictList.addItem(item)
        if self._conflicts:
            self.ui.conflictList.setCurrentRow(min(max(keep, 0), len(self._conflicts) - 1))
        else:
            self._show_conflict(-1)

    def _show_conflict(self, row: int) -> None:
        """Fields in conflict first, marked; then the rest of the record as it stands."""
        table = self.ui.compareTable
        chosen = self._conflicts[row] if 0 <= row < len(self._conflicts) else None
        self.ui.keepLocalButton.setEnabled(chosen is not None and not chosen.erased)
        self.ui.keepRemoteButton.setEnabled(chosen is not None)
        self.conflictNote.setText(_note(chosen) if chosen is not None else "")
        self.conflictNote.setVisible(chosen is not None)
        if chosen is None:
            table.setRowCount(0)
            self._field_rows = []
            return
        fields = sorted(chosen.fields, key=lambda p: not p.in_conflict)
        rows: list[tuple[tuple[str, ...], bool, str | None]] = [
            ((field_label(p.name), p.local, p.remote, *_who_when(p)), p.in_conflict,
             p.name if p.in_conflict else None) for p in fields]
        if chosen.local_deleted or chosen.remote_deleted:
            gone = self.tr("(đã xóa)")
            rows.insert(0, ((self.tr("Trạng thái bản ghi"),
                             gone if chosen.local_deleted else "",
                             gone if chosen.remote_deleted else "", "", ""), True, None))
        table.setRowCount(len(rows))
        self._field_rows = [r[2] for r in rows]
        bold = QFont()
        bold.setBold(True)
        for r, (texts, marked, _name) in enumerate(rows):
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if marked:
                    item.setBackground(DIFFERS)
                    item.setFont(bold)
                table.setItem(r, col, item)
        table.clearSelection()
        table.resizeColumnsToContents()

    def selected_field(self) -> str | None:
        """The field in conflict whose row is selected (None: every field in conflict)."""
        row = self.ui.compareTable.currentRow()
        selected = self.ui.compareTable.selectionModel().hasSelection()
        return self._field_rows[row] if selected and 0 <= row < len(self._field_rows) else None

    def current_conflict(self) -> ConflictView | None:
        row = self.ui.conflictList.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def resolve(self, keep: Keep) -> None:
        chosen = self.current_conflict()
        if chosen is None:
            return
        try:
            resolve_conflict(self.desk, chosen.id, keep, self.selected_field())
        except Exception as exc:
            message = known_message(exc)
            if message is None:
                raise
            self._say(message, error=True)
        else:
            self._say(self.tr("Đã giữ bản ở máy này; bản này sẽ được gửi ở lần đồng bộ tới.")
                      if keep is Keep.LOCAL
                      else self.tr("Đã lấy bản của văn phòng trung tâm."))
        self.refresh()


def _who_when(pair: FieldPair) -> tuple[str, str]:
    """Who made each side's value of a field in conflict, and when ("" elsewhere)."""
    if not pair.in_conflict:
        return "", ""
    return (f"{pair.local_by_name or '?'}, "
            f"{format_datetime(pair.local_at) if pair.local_at else '?'}",
            f"{pair.remote_by_name or '?'}, "
            f"{format_datetime(pair.remote_at) if pair.remote_at else '?'}")


def _note(conflict: ConflictView) -> str:
    """Who made each side of the first field in conflict and when, or that the other
    side is an erasure."""
    lang = current_lang()
    if conflict.erased:
        return render("sync.conflict_erased_note", {}, lang)
    first = next((p for p in conflict.fields if p.in_conflict), None)
    if first is None:
        return ""
    return render("sync.conflict_sides", {
        "local_by": first.local_by_name or "?",
        "local_at": format_datetime(first.local_at) if first.local_at else "?",
        "remote_by": first.remote_by_name or "?",
        "remote_at": format_datetime(first.remote_at) if first.remote_at else "?"}, lang)


def _code_error(code: str) -> Any:
    from jpf_desk.sync.errors import SyncFailed

    return SyncFailed(code)
