"""The board: a consultant's dossiers grouped by stage, late ones marked in red.

Filters (consultant, intake, late only) re-query the service; a dossier opens with a
double-click or Enter on its row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from jpf_desk.domain.dates import format_date, today_vn
from jpf_desk.domain.dossier_stages import Stage, stage_number
from jpf_desk.domain.labels import label
from jpf_desk.domain.money import format_vnd
from jpf_desk.services import setup
from jpf_desk.services.changes import Changes, Kind
from jpf_desk.services.desk import Desk
from jpf_desk.services.dossiers.documents import ChecklistSummary, checklist_summaries
from jpf_desk.services.dossiers.workflow import BoardFilter, DossierView, board, intakes_in_use
from jpf_desk.services.sharing.transfers import filing_reminders
from jpf_desk.ui.generated.ui_dossier_board import Ui_DossierBoard
from jpf_desk.ui.language import current_lang
from jpf_desk.ui.widgets import setup_ui, show_date

LATE_BACKGROUND = QColor("#fde2e1")
LATE_TEXT = QColor("#b00020")
DOSSIER_ROLE = Qt.ItemDataRole.UserRole


class DossierBoard(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.last_dialog: QDialog | None = None  # the dialog opened last (tests look at it)
        self.ui = Ui_DossierBoard()
        setup_ui(self.ui, self)
        # Every column as wide as its words (a budget, what is missing): a narrow window
        # scrolls sideways rather than cutting them with "…".
        header = self.ui.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fill_filters()
        self.ui.consultant.currentIndexChanged.connect(self.refresh)
        self.ui.intake.currentIndexChanged.connect(self.refresh)
        self.ui.lateOnly.toggled.connect(self.refresh)
        self.ui.showFinished.toggled.connect(self.refresh)
        self.ui.tree.itemActivated.connect(self._activated)
        self.ui.newDossier.clicked.connect(self.new_dossier)
        self.ui.partners.clicked.connect(self.open_partners)
        self.ui.documentKinds.clicked.connect(self.open_document_kinds)
        self.refresh()

    # -- filters ---------------------------------------------------------------
    def _fill_filters(self) -> None:
        combo = self.ui.consultant
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), None)
        for staff in setup.list_staff(self.desk):
            combo.addItem(staff.full_name, staff.id)
        # A consultant starts on their own dossiers; anyone else (or a consultant with none
        # yet) on everybody's.
        mine = combo.findData(self.desk.actor.staff_id)
        own = mine >= 0 and board(self.desk, BoardFilter(consultant_id=self.desk.actor.staff_id))
        combo.setCurrentIndex(mine if own else 0)
        combo.blockSignals(False)
        self._fill_intakes()

    def _fill_intakes(self) -> None:
        combo = self.ui.intake
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), None)
        for season, year in intakes_in_use(self.desk):
            month = "09" if season == "september" else "02"
            combo.addItem(f"{month}/{year}", f"{season}:{year}")
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def focus_search(self) -> None:
        """Ctrl+F: the board's first filter (whose dossiers), as the others follow by Tab."""
        self.ui.consultant.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_filter(self) -> BoardFilter:
        intake = self.ui.intake.currentData()
        season, _sep, year = intake.partition(":") if intake else ("", "", "")
        return BoardFilter(
            consultant_id=self.ui.consultant.currentData(),
            intake_season=season or None,
            intake_year=int(year) if year else None,
            late_only=self.ui.lateOnly.isChecked(),
            include_finished=self.ui.showFinished.isChecked(),
        )

    # -- content ---------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.DOSSIERS, Kind.DOCUMENTS, Kind.DOCUMENT_KINDS, Kind.CUSTOMERS,
                           Kind.STAFF, Kind.DISCLOSURES):
            self.refresh()

    def refresh(self) -> None:
        views = board(self.desk, self.current_filter())
        summaries = checklist_summaries(self.desk, [v.id for v in views])
        tree = self.ui.tree
        tree.clear()
        groups: dict[Stage, list[DossierView]] = {}
        for view in views:
            groups.setdefault(view.stage, []).append(view)
        bold = QFont()
        bold.setBold(True)
        for stage in sorted(groups, key=lambda st: (-max(m.days_late for m in groups[st]),
                                                    list(Stage).index(st))):
            # Lateness first (the stages holding the latest dossiers on top, the latest
            # dossier first in each), the stage order only between equals.
            members = sorted(groups[stage], key=lambda m: -m.days_late)
            number = stage_number(stage)
            title = f"{number}. " if number else ""
            late = sum(1 for m in members if m.late)
            head = QTreeWidgetItem([f"{title}{label(stage, current_lang())} ({len(members)})"])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if late:
                head.setText(5, self.tr("%1 trễ").replace("%1", str(late)))
                head.setForeground(5, QBrush(LATE_TEXT))
            tree.addTopLevelItem(head)
            for view in members:
                head.addChild(self._row(view, summaries.get(view.id)))
            head.setExpanded(True)
        late_total = sum(1 for v in views if v.late)
        status = (self.tr("%1 hồ sơ, %2 trễ hạn")
                  .replace("%1", str(len(views))).replace("%2", str(late_total)))
        today = today_vn()
        for due in filing_reminders(self.desk):  # LAW.md: 60 days after the first transfer
            status += self.tr(" · Nộp hồ sơ đánh giá tác động chuyển dữ liệu sang %1 "
                              "chậm nhất ngày %2 (còn %3 ngày)") \
                .replace("%1", due.country).replace("%2", format_date(due.file_by)) \
                .replace("%3", str(due.days_left(today)))
        self.ui.status.setText(status)
        first = self.first_dossier_item()
        if first is not None:
            tree.setCurrentItem(first)

    def _row(self, view: DossierView, summary: ChecklistSummary | None) -> QTreeWidgetItem:
        docs = ""
        if summary is not None:
            parts = [self.tr("thiếu %1").replace("%1", str(summary.missing_required))
                     if summary.missing_required else self.tr("đủ giấy tờ bắt buộc")]
            if summary.expiring or summary.expired:
                parts.append(self.tr("%1 sắp/đã hết hạn")
                             .replace("%1", str(summary.expiring + summary.expired)))
            docs = ", ".join(parts)
        level = view.level_sought
        if view.budget_vnd:
            level = f"{level} · {format_vnd(view.budget_vnd)}"
        late = self.tr("%1 ngày").replace("%1", str(view.days_late)) if view.late else ""
        item = QTreeWidgetItem([view.customer_name, view.consultant_name, view.intake_label,
                                level, show_date(view.stage_since), late, docs])
        item.setData(0, DOSSIER_ROLE, view.id)
        if view.late:
            for col in range(item.columnCount()):
                item.setBackground(col, QBrush(LATE_BACKGROUND))
            item.setForeground(5, QBrush(LATE_TEXT))
        return item

    def dossier_items(self) -> list[QTreeWidgetItem]:
        tree = self.ui.tree
        heads = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        children = [h.child(j) for h in heads if h is not None for j in range(h.childCount())]
        return [c for c in children if c is not None]

    def shown(self) -> list[tuple[str, str, str]]:
        """(dossier id, customer name, lateness text) of each row shown, top to bottom.

        Plain values: tree items die with the next refresh, their wrappers must not be kept.
        """
        return [(i.data(0, DOSSIER_ROLE), i.text(0), i.text(5)) for i in self.dossier_items()]

    def select_dossier(self, dossier_id: str) -> None:
        for item in self.dossier_items():
            if item.data(0, DOSSIER_ROLE) == dossier_id:
                self.ui.tree.setCurrentItem(item)

    def first_dossier_item(self) -> QTreeWidgetItem | None:
        items = self.dossier_items()
        return items[0] if items else None

    # -- actions ---------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        dossier_id = item.data(0, DOSSIER_ROLE)
        if dossier_id:
            self.open_dossier(dossier_id)

    def open_dossier(self, dossier_id: str) -> None:
        from jpf_desk.ui.dossiers.dossier_dialog import DossierDialog

        dialog = DossierDialog(self.desk, dossier_id, self)
        dialog.finished.connect(self._dialog_finished)
        self._keep(dialog)
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        self.refresh()

    def _keep(self, dialog: QDialog) -> None:
        """One dialog at a time: the previous, closed one is released."""
        previous = self.last_dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()
        self.last_dialog = dialog

    def new_dossier(self) -> None:
        from jpf_desk.ui.dossiers.new_dossier import NewDossierDialog

        dialog = NewDossierDialog(self.desk, parent=self)
        dialog.created.connect(self._created)
        self._keep(dialog)
        dialog.open()

    def _created(self, dossier_id: str) -> None:
        self._fill_intakes()
        self.refresh()
        self.open_dossier(dossier_id)

    def open_partners(self) -> None:
        from jpf_desk.ui.dossiers.partners_dialog import PartnersDialog

        dialog = PartnersDialog(self.desk, self)
        self._keep(dialog)
        dialog.open()

    def open_document_kinds(self) -> None:
        from jpf_desk.ui.dossiers.kinds_dialog import DocumentKindsDialog

        dialog = DocumentKindsDialog(self.desk, self)
        self._keep(dialog)
        dialog.open()
