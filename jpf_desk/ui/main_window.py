"""The main window: sections on the left, the chosen one on the right, who/where below."""

from __future__ import annotations

import threading
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QWidget,
)

from jpf_desk.domain.staff import Action
from jpf_desk.services import setup
from jpf_desk.services.changes import Changes
from jpf_desk.services.desk import Desk
from jpf_desk.services.staff import permissions
from jpf_desk.ui import navigation
from jpf_desk.ui.idle_lock import IdleLock
from jpf_desk.ui.screen_fit import CurrentPageStack, ElidedLabel, fit_window
from jpf_desk.ui.sign_in_dialog import ChangePasswordDialog
from jpf_desk.ui.staff_dialog import SwitchStaffDialog
from jpf_desk.ui.tasks import wait_for_all


@runtime_checkable
class ShowsData(Protocol):
    """A view or dialog showing stored data: reloads what `changes` touches, nothing else."""

    def on_changes(self, changes: Changes) -> None: ...


def open_views(root: QWidget) -> list[ShowsData]:
    """Widgets under `root` that show data and sit in an open window.

    Found by walking the widget tree rather than by registration, so a dialog a view
    opens is reached without anyone remembering to register it; a closed dialog that
    has not been deleted yet is skipped (its window is hidden).
    """
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, ShowsData) and w.window().isVisible()]


class ChangeFeed(QObject):
    """Carries the store's Changes to the GUI thread and hands them to every open view.

    Commits may happen on a worker thread (ui/tasks.py); the signal is queued, so views
    always reload on the GUI thread, after the code that made the change has returned.
    Changes arriving before the queue is drained are merged into one delivery.
    """

    arrived = Signal()

    def __init__(self, desk: Desk, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = desk.subscribe(self._collect)
        self.destroyed.connect(lambda _obj=None, stop=self._unsubscribe: stop())

    def close(self) -> None:
        self._unsubscribe()

    def _collect(self, changes: Changes) -> None:  # any thread
        with self._lock:
            first = self._pending is None
            self._pending = changes if self._pending is None else self._pending.union(changes)
        if first:
            self.arrived.emit()

    def _deliver(self) -> None:
        with self._lock:
            changes, self._pending = self._pending, None
        if changes is None:
            return
        for view in open_views(self.root):
            view.on_changes(changes)


class SectionList(QListWidget):
    """The sidebar. Typed letters never jump to a section (a name typed while the sidebar
    had the focus moved the desk to another section); arrows, a click or Ctrl+1…9 choose."""

    def keyboardSearch(self, search: str) -> None:
        del search


class MainWindow(QMainWindow):
    """Views share one Desk object: switching staff changes who acts in every view."""

    staff_changed = Signal()

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.idle = IdleLock(desk.store, lambda: self.desk.actor.staff_id, self.apply_desk,
                             setup.idle_lock_minutes(desk.store), self)
        self.setWindowTitle("JPF Desk")
        fit_window(self, 1180, 720)
        self.nav = SectionList()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; }"
                               "QListWidget#navigation::item { padding: 7px 6px; }")
        self.stack = CurrentPageStack()  # a wide section visited once must not widen the window
        self.views: dict[str, QWidget] = {}
        self.changes = ChangeFeed(desk, self)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        navigation.load_sections()
        for section in navigation.sections():
            item = QListWidgetItem(QCoreApplication.translate("navigation", section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        self._build_status_bar()
        self._build_menu()
        self._hide_what_is_not_allowed()
        if self.nav.count():
            self.nav.setCurrentRow(0)
        self._focused_at_start = False

    def showEvent(self, event: QShowEvent) -> None:
        """Typing starts in the first section's search box, not in the sidebar."""
        super().showEvent(event)
        if not self._focused_at_start:
            self._focused_at_start = True
            self.focus_search()

    # -- sections ---------------------------------------------------------------
    def section_keys(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def show_section(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.section_keys().index(key))
        return self.views[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        view = self.views.get(key)
        if view is None:
            section = next(s for s in navigation.sections() if s.key == key)
            view = section.factory(self.desk, self.stack)
            self.views[key] = view
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)

    def current_view(self) -> QWidget | None:
        return self.stack.currentWidget()

    def go_to_section(self, row: int) -> None:
        """Ctrl+1…9: that section, ready to type in its search box or filter."""
        self.nav.setCurrentRow(row)
        self.focus_search()

    def focus_search(self) -> None:
        """Ctrl+F: the current view's own `focus_search`, else its "searchBox", else its
        first text box or drop-down (the filter of a section without a search box)."""
        view = self.current_view()
        if view is None:
            return
        if hasattr(view, "focus_search"):
            view.focus_search()
            return
        box = view.findChild(QLineEdit, "searchBox")
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()
            return
        first = next((w for w in view.findChildren(QWidget)
                      if isinstance(w, (QLineEdit, QComboBox)) and w.isVisibleTo(view)
                      and w.isEnabled()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_customer(self) -> QWidget | None:
        """Ctrl+N from any section: the customers section and an empty intake form."""
        view = self.show_section("customers")
        make = getattr(view, "new_customer", None)
        return make() if callable(make) else None

    # -- status bar and menu ------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.centre_label = QLabel()
        self.staff_label = QLabel()
        self.path_label = ElidedLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.centre_label, self.staff_label, self.path_label):
            self.statusBar().addPermanentWidget(label)
        self.status_widgets = [make(self.desk, self) for make in navigation.status_widgets()]
        for widget in self.status_widgets:
            self.statusBar().addWidget(widget)
        self.update_status()

    def update_status(self) -> None:
        ident = setup.identity(self.desk.store)
        me = next((s for s in setup.list_staff(self.desk) if s.id == self.desk.actor.staff_id),
                  None)
        self.current_role = me.role if me else ""
        self.centre_label.setText(self.tr("Cơ sở: %s") % (ident.centre_name if ident else "?"))
        self.staff_label.setText(self.tr("Nhân viên: %s") % (me.full_name if me else "?"))
        self.path_label.setText(self.tr("Kho dữ liệu: %s") % self.desk.store.path)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Quầy"))
        switch = QAction(self.tr("Đổi &nhân viên tại quầy…"), self)
        switch.setObjectName("switchStaffAction")
        switch.setShortcut(QKeySequence("Ctrl+Shift+U"))
        switch.triggered.connect(self.switch_staff)
        menu.addAction(switch)
        lock = QAction(self.tr("&Khóa màn hình"), self)
        lock.setObjectName("lockAction")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.idle.lock)
        menu.addAction(lock)
        change = QAction(self.tr("Đổi &mật khẩu của tôi…"), self)
        change.setObjectName("changePasswordAction")
        change.triggered.connect(self.change_password)
        menu.addAction(change)
        details = QAction(self.tr("Thông tin liên hệ in trên &phiếu đồng ý…"), self)
        details.setObjectName("controllerDetailsAction")
        details.triggered.connect(self.open_controller_details)
        menu.addAction(details)
        duties = QAction(self.tr("Việc cần làm về &dữ liệu cá nhân…"), self)
        duties.setObjectName("dataDutiesAction")
        duties.triggered.connect(self.open_data_duties)
        menu.addAction(duties)
        backup = QAction(self.tr("Thư mục &sao lưu hằng ngày…"), self)
        backup.setObjectName("backupFolderAction")
        backup.triggered.connect(self.choose_backup_folder)
        menu.addAction(backup)
        settings = QAction(self.tr("&Cài đặt của quầy…"), self)
        settings.setObjectName("deskSettingsAction")
        settings.triggered.connect(self.open_settings)
        menu.addAction(settings)
        menu.addSeparator()
        imports = QAction(self.tr("&Nhập khách hàng từ bảng tính…"), self)
        imports.setObjectName("importAction")
        imports.triggered.connect(self.open_import)
        menu.addAction(imports)
        to_collect = QAction(self.tr("Khách cần xin &đồng ý…"), self)
        to_collect.setObjectName("consentToCollectAction")
        to_collect.triggered.connect(self.open_consent_to_collect)
        menu.addAction(to_collect)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        find = QAction(self.tr("Tìm kiếm"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        self.find_action = find
        new = QAction(self.tr("Khách hàng mới"), self)
        new.setObjectName("newCustomerAction")
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        new.triggered.connect(self.new_customer)
        self.addAction(new)
        for row in range(min(self.nav.count(), 9)):  # Ctrl+1…9: the sections in order
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            go.triggered.connect(lambda _checked=False, r=row: self.go_to_section(r))
            self.addAction(go)

    def open_controller_details(self) -> QDialog:
        from jpf_desk.ui.consent.controller_dialog import ControllerDetailsDialog

        dialog = ControllerDetailsDialog(self.desk, self)
        dialog.open()
        return dialog

    def open_settings(self) -> QDialog | None:
        """Managers only (the menu entry is hidden for others; the service refuses too)."""
        from jpf_desk.ui.settings.dialog import SettingsDialog

        if not permissions.allowed(self.desk, Action.EDIT_DESK_SETTINGS):
            return None
        dialog = SettingsDialog(self.desk, self)
        dialog.saved.connect(lambda saved: self.idle.set_minutes(saved.values.idle_lock_minutes))
        dialog.open()
        return dialog

    def open_data_duties(self) -> QDialog:
        from jpf_desk.ui.consent.duties import DataDutiesDialog

        dialog = DataDutiesDialog(self.desk, self)
        dialog.open()
        return dialog

    def open_import(self) -> QDialog:
        from jpf_desk.ui.imports.dialog import ImportDialog

        dialog = ImportDialog(self.desk, self)
        dialog.open()
        return dialog

    def open_consent_to_collect(self) -> QDialog:
        from jpf_desk.ui.imports.to_collect import ConsentToCollectDialog

        dialog = ConsentToCollectDialog(self.desk, self)
        dialog.open()
        return dialog

    def choose_backup_folder(self) -> None:
        """The status bar's backup label owns the choice (ui/backup_status.py)."""
        label = self.findChild(QWidget, "backupStatus")
        chooser = getattr(label, "choose_folder", None)
        if chooser is not None:
            chooser()

    def switch_staff_dialog(self) -> SwitchStaffDialog:
        return SwitchStaffDialog(self.desk, self)

    def switch_staff(self) -> None:
        dialog = self.switch_staff_dialog()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.idle.set_minutes(setup.idle_lock_minutes(self.desk.store))  # a manager may have changed it
        if accepted and dialog.signed_in is not None:
            self.apply_desk(dialog.signed_in)

    def change_password(self) -> None:
        ChangePasswordDialog(self.desk, self).exec()

    def apply_desk(self, signed_in: Desk) -> None:
        """Make every view act as the person who just signed in (views share one Desk)."""
        self.desk.actor = signed_in.actor
        self.update_status()
        self._hide_what_is_not_allowed()
        for widget in self.findChildren(QObject):  # open views, their dialogs and tabs
            follow = getattr(widget, "on_staff_changed", None)
            if callable(follow):
                follow()
        self.staff_changed.emit()

    def _hide_what_is_not_allowed(self) -> None:
        """Sections a role may not use are not listed (the services refuse them anyway)."""
        for row, key in enumerate(self.section_keys()):
            section = next(s for s in navigation.sections() if s.key == key)
            hidden = section.needs is not None and not permissions.allowed(self.desk,
                                                                           section.needs)
            self.nav.item(row).setHidden(hidden)
            if hidden and self.nav.currentRow() == row:
                self.nav.setCurrentRow(0)
        action = self.findChild(QAction, "importAction")
        if action is not None:
            action.setVisible(permissions.allowed(self.desk, Action.IMPORT_CUSTOMERS))
        settings = self.findChild(QAction, "deskSettingsAction")
        if settings is not None:
            settings.setVisible(permissions.allowed(self.desk, Action.EDIT_DESK_SETTINGS))

    def shut_down(self) -> None:
        self.idle.stop()
        wait_for_all()
        self.changes.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shut_down()
        super().closeEvent(event)
