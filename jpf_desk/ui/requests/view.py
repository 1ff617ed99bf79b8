"""The request queue: soonest due first, the selected request's story, and its actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from jpf_desk.domain.dates import today_vn
from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.messages import render_error
from jpf_desk.domain.request_deadlines import RequestKind
from jpf_desk.domain.requests import RequestStatus
from jpf_desk.domain.staff import Action
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.consent.policy import purpose_wording
from jpf_desk.services.desk import Desk
from jpf_desk.services.rights import documents, erasure, holidays, requests, update_decision
from jpf_desk.services.rights import restriction as rights_restrict
from jpf_desk.services.rights.erasure import TombstoneView
from jpf_desk.services.rights.restriction import RestrictionView
from jpf_desk.services.rights.views import (
    OPEN_STATUSES,
    RequestView,
)
from jpf_desk.services.staff import permissions
from jpf_desk.ui.consent.preview import PdfPreviewDialog
from jpf_desk.ui.errors import show_error
from jpf_desk.ui.generated.ui_request_queue import Ui_RequestQueue
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.requests.calendar_dialog import CalendarDialog
from jpf_desk.ui.requests.decide_dialog import DecideDialog
from jpf_desk.ui.requests.details import details_html
from jpf_desk.ui.requests.new_request import NewRequestDialog
from jpf_desk.ui.requests.queue_model import RequestQueueModel
from jpf_desk.ui.requests.reason_dialog import ReasonDialog
from jpf_desk.ui.tasks import TaskContext, run_task
from jpf_desk.ui.widgets import setup_ui


class RequestsView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = ui = Ui_RequestQueue()
        setup_ui(ui, self)
        self.model = RequestQueueModel()
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # every column as wide as its text: a narrow window scrolls sideways, cuts nothing
        ui.table.verticalHeader().hide()
        ui.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        ui.openOnly.toggled.connect(lambda _c: self.refresh())
        ui.newButton.clicked.connect(self.new_request)
        ui.acknowledgeButton.clicked.connect(lambda: self._step(requests.acknowledge))
        ui.startButton.clicked.connect(lambda: self._step(requests.start))
        ui.handleButton.clicked.connect(self.handle)
        ui.extendButton.clicked.connect(self.extend)
        ui.refuseButton.clicked.connect(self.refuse)
        ui.slipButton.clicked.connect(self.print_slip)
        ui.calendarButton.clicked.connect(self.edit_calendar)
        ui.followUpButton.clicked.connect(self.finish_follow_ups)
        ui.liftButton.clicked.connect(self.ask_lift)
        ui.table.doubleClicked.connect(lambda _i: self.handle())
        self.export_dir: Path | None = None  # where reports go; asked for when None
        self.on_staff_changed()
        self.refresh()

    def on_staff_changed(self) -> None:
        """What the person now at the desk may do (the services refuse the rest anyway)."""
        self.may_lift = rights_restrict.may_lift(self.desk)
        self.ui.liftButton.setToolTip("" if self.may_lift else
                                      self.tr("Chỉ quản lý mới được bỏ hạn chế xử lý."))
        self.ui.calendarButton.setVisible(permissions.allowed(self.desk, Action.EDIT_CALENDAR))

    # -- the queue ------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(requests.list_requests(self.desk,
                                                   open_only=self.ui.openOnly.isChecked()))
        warnings = holidays.calendar_warnings(self.desk, today_vn())
        self.ui.calendarWarning.setText("\n".join(render_error(w, current_lang())
                                                  for w in warnings))
        self.ui.calendarWarning.setVisible(bool(warnings))
        row = self.model.row_of(selected) if selected else -1
        self.ui.table.selectRow(row if row >= 0 else 0)
        self.show_selected()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.REQUESTS, Kind.CALENDAR, Kind.CUSTOMERS):
            self.refresh()

    def select(self, request_id: str) -> None:
        self.ui.table.selectRow(self.model.row_of(request_id))

    def selected_id(self) -> str | None:
        index = self.ui.table.selectionModel().currentIndex() if self.ui.table.model() else None
        if index is None or not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].id

    def selected(self) -> RequestView | None:
        rid = self.selected_id()
        return requests.get_request(self.desk, rid) if rid else None

    def show_selected(self) -> None:
        r = self.selected()
        self.ui.details.setHtml(details_html(r) if r else "")
        is_open = r is not None and RequestStatus(r.status) in OPEN_STATUSES
        self.ui.acknowledgeButton.setEnabled(is_open and r is not None
                                             and r.status == RequestStatus.RECEIVED.value)
        self.ui.startButton.setEnabled(is_open and r is not None
                                       and r.status == RequestStatus.ACKNOWLEDGED.value)
        for button in (self.ui.handleButton, self.ui.refuseButton):
            button.setEnabled(is_open)
        # No extension once the answer date has passed (the service refuses it too).
        self.ui.extendButton.setEnabled(is_open and r is not None and not r.extension_days
                                        and r.answer_due >= today_vn())
        self.ui.slipButton.setEnabled(r is not None)
        self.ui.followUpButton.setEnabled(
            r is not None and any(t.status == "open" for t in r.follow_ups))
        self.ui.liftButton.setEnabled(self.may_lift and bool(self.active_restrictions(r)))

    def _changed(self, request_id: str | None = None) -> None:
        self.refresh()  # at once: the status bar follows through the main window
        if request_id:
            self.select(request_id)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _step(self, action: object) -> None:
        rid = self.selected_id()
        if rid is None or not callable(action):
            return
        try:
            action(self.desk, rid)
        except Exception as exc:  # noqa: BLE001 - shown in words
            show_error(self, exc)
            return
        self._changed(rid)

    # -- dialogs --------------------------------------------------------------------
    def new_request(self, customer_id: str | None = None) -> NewRequestDialog:
        dialog = NewRequestDialog(self.desk, self, customer_id)
        dialog.saved.connect(self._changed)
        dialog.open()
        return dialog

    def edit_calendar(self) -> CalendarDialog:
        dialog = CalendarDialog(self.desk, self)
        dialog.open()
        return dialog

    def _reason(self, title: str, prompt: str, max_days: int | None = None) -> ReasonDialog:
        dialog = ReasonDialog(title, prompt, self, max_days=max_days)
        dialog.open()
        return dialog

    def extend(self) -> ReasonDialog | None:
        r = self.selected()
        if r is None:
            return None
        period = holidays.periods(self.desk)[RequestKind(r.kind)]
        dialog = self._reason(self.tr("Gia hạn yêu cầu %s") % r.number,
                              self.tr("Chỉ được gia hạn một lần. Lý do sẽ được gửi cho khách "
                                      "hàng bằng văn bản."), max_days=period.max_extension_days)
        dialog.accepted.connect(lambda: self._step(
            lambda desk, rid: requests.extend(desk, rid, dialog.days, dialog.reason)))
        return dialog

    def finish_follow_ups(self) -> ReasonDialog | None:
        """The partners holding an old value were told of the correction."""
        r = self.selected()
        if r is None:
            return None
        open_tasks = [t for t in r.follow_ups if t.status == "open"]
        dialog = self._reason(
            self.tr("Đã báo đối tác"),
            self.tr("Đã báo cho: %s. Ghi cách báo (email, ngày, người nhận):")
            % ", ".join(t.partner_name for t in open_tasks))

        def finish() -> None:
            try:
                for task in open_tasks:
                    update_decision.finish_follow_up(self.desk, task.id, dialog.reason)
            except Exception as exc:  # noqa: BLE001 - shown in words
                show_error(self, exc)
            self._changed(r.id)

        dialog.accepted.connect(finish)
        return dialog

    def refuse(self) -> ReasonDialog | None:
        r = self.selected()
        if r is None:
            return None
        dialog = self._reason(self.tr("Từ chối yêu cầu %s") % r.number,
                              self.tr("Lý do từ chối (được gửi cho khách hàng bằng văn bản):"))
        dialog.accepted.connect(lambda: self._step(
            lambda desk, rid: requests.refuse(desk, rid, dialog.reason, today_vn())))
        return dialog

    def active_restrictions(self, r: RequestView | None) -> list[RestrictionView]:
        """The restriction or objection this request put in place, while still in force."""
        if r is None or r.kind not in (RequestKind.RESTRICT.value, RequestKind.OBJECT.value):
            return []
        return [x for x in rights_restrict.restrictions_of(self.desk, r.customer_id)
                if x.active and x.request_id == r.id]

    def ask_lift(self) -> QMessageBox | None:
        """A manager lifts the restriction after confirming which purposes resume."""
        r = self.selected()
        flags = self.active_restrictions(r)
        if r is None or not flags:
            return None
        purposes = ", ".join(purpose_wording(p, current_lang())
                             for x in flags for p in x.purposes)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Bỏ hạn chế xử lý"),
            self.tr("Bỏ hạn chế của yêu cầu %s cho %s?\nDữ liệu sẽ lại được xử lý cho: %s.")
            % (r.number, r.customer_name, purposes),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmLift")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Bỏ hạn chế"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Không"))

        def lift(button: object) -> None:
            if button is not box.button(QMessageBox.StandardButton.Yes):
                return
            try:
                for x in flags:
                    rights_restrict.lift(self.desk, x.id)
            except Exception as exc:  # noqa: BLE001 - shown in words
                show_error(self, exc)
            self._changed(r.id)

        box.buttonClicked.connect(lift)
        box.open()
        return box

    # -- carrying a request out -----------------------------------------------------------
    def handle(self) -> object:
        r = self.selected()
        if r is None or RequestStatus(r.status) not in OPEN_STATUSES:
            return None
        kind = RequestKind(r.kind)
        if kind is RequestKind.UPDATE:
            decide = DecideDialog(self.desk, r, self)
            decide.decided.connect(self._changed)
            decide.open()
            return decide
        if kind is RequestKind.DELETE:
            return self.ask_erasure(r) if self._may(Action.ERASE) else None
        if kind is RequestKind.ACCESS:
            if self._may(Action.ACCESS_REPORT):
                self.export_access_report(r)
            return None
        self._step(lambda desk, rid: rights_restrict.handle_rights_request(desk, rid, today_vn()))
        return None

    def _may(self, action: Action) -> bool:
        """Said before asking anything (a reason, a folder) of someone who may not."""
        try:
            permissions.check_desk(self.desk, action)
        except NotAllowed as refused:
            show_error(self, refused)
            return False
        return True

    def ask_erasure(self, r: RequestView) -> ReasonDialog:
        dialog = self._reason(
            self.tr("Xoá dữ liệu của %s") % r.customer_name,
            self.tr("Họ tên, điện thoại, giấy tờ, địa chỉ và lịch sử thay đổi sẽ bị xoá vĩnh "
                    "viễn. Chứng từ thanh toán và bằng chứng đồng ý được giữ lại theo luật. "
                    "Lý do xoá:"))
        dialog.accepted.connect(lambda: self.erase(r, dialog.reason))
        return dialog

    def erase(self, r: RequestView, reason: str) -> None:
        def work(_ctx: TaskContext) -> TombstoneView:
            return erasure.erase_customer(self.desk, r.customer_id, reason, request_id=r.id,
                                          told_on=today_vn())

        def done(tomb: TombstoneView) -> None:
            self.last_tombstone = tomb
            self._changed(r.id)
            kept = "\n".join(f"• {k.what}: {k.reason}" for k in tomb.kept)
            text = self.tr("Dữ liệu cá nhân đã được xoá. Giữ lại:\n%s") % kept
            if tomb.backups_holding:
                text += "\n\n" + self.tr(
                    "Lưu ý: %d bản sao lưu cũ của kho dữ liệu (thư mục backups) vẫn còn dữ "
                    "liệu này.") % tomb.backups_holding
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Đã xoá dữ liệu"), text,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("erasureDone")
            box.open()

        run_task(self, self.tr("Đang xoá dữ liệu…"), work, done,
                 self._failed)

    def _folder(self) -> Path | None:
        if self.export_dir is not None:
            return self.export_dir
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Lưu báo cáo vào thư mục"))
        return Path(chosen) if chosen else None

    def export_access_report(self, r: RequestView) -> None:
        folder = self._folder()
        if folder is None:
            return
        pdf, data = documents.access_report_paths(folder, r.number)
        lang = current_lang()

        def work(_ctx: TaskContext) -> Path:
            return documents.answer_access_request(self.desk, r.id, pdf, data, lang=lang).pdf

        def done(pdf: Path) -> None:
            self.last_export = pdf
            self._changed(r.id)

        run_task(self, self.tr("Đang lập báo cáo…"), work, done, self._failed)

    def print_slip(self) -> None:
        """The acknowledgement slip in the shared PDF preview (print, save as PDF)."""
        r = self.selected()
        if r is None:
            return
        slip = documents.request_slip(self.desk, r.id, lang=current_lang())  # the store, here

        def done(pdf: bytes) -> None:
            preview = PdfPreviewDialog(pdf, self.tr("Phiếu tiếp nhận %s") % r.number,
                                       f"{r.number}-phieu-tiep-nhan.pdf", self)
            self.last_preview = preview
            preview.open()

        run_task(self, self.tr("Đang in phiếu…"), lambda _ctx: documents.slip_pdf(slip), done,
                 self._failed)
